# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `media` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from io import BytesIO
from typing import Any, cast

import httpx

from ...client import apaginate, next_offset, next_page, paginate
from ...models.app_media_type import AppMediaType, check_app_media_type
from ...models.core_media_type import CoreMediaType, check_core_media_type
from ...models.media_upload import MediaUpload
from ...models.uploaded_media import UploadedMedia
from ...types import UNSET, File, FileTypes, Unset
from . import fetch_media as _fetch_media
from . import upload_app_media as _upload_app_media
from . import upload_media as _upload_media


class MediaResource:
    """Operations tagged `media` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def fetch_media(
        self,
        media_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> bytes:
        """Download a file's bytes.

        Answers the bytes on success and a JSON envelope on failure; the SDK streams the bytes and raises on
        an envelope.

        GET /v1/medias/{media_id}/fetch
        """
        return _fetch_media.sync(
            media_id=media_id,
            client=self._http,
            user_token=user_token,
        )

    def stream_fetch_media(
        self,
        media_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> AbstractContextManager[httpx.Response]:
        """Like `fetch_media`, but yields the open response to read its bytes in chunks."""
        return _fetch_media.stream(
            media_id=media_id,
            client=self._http,
            user_token=user_token,
        )

    def upload_app_media(
        self,
        *,
        media: File,
        type_: AppMediaType,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        context: str | Unset = UNSET,
    ) -> UploadedMedia:
        """Upload a file as the app or bot (image 10 MB, other types 20 MB, self-built apps).

        POST /v1/app/medias/create
        """
        return _upload_app_media.sync(
            client=self._http,
            body=MediaUpload(
                media=media,
            ),
            type_=type_,
            width=width,
            height=height,
            duration=duration,
            context=context,
        )

    def upload_media(
        self,
        *,
        media: File,
        type_: CoreMediaType,
        user_token: str | Unset = UNSET,
    ) -> UploadedMedia:
        """Upload a file (core upload, 1 MB limit).

        POST /v1/medias/create
        """
        return _upload_media.sync(
            client=self._http,
            body=MediaUpload(
                media=media,
            ),
            type_=type_,
            user_token=user_token,
        )


class AsyncMediaResource:
    """Operations tagged `media` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def fetch_media(
        self,
        media_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> bytes:
        """Download a file's bytes.

        Answers the bytes on success and a JSON envelope on failure; the SDK streams the bytes and raises on
        an envelope.

        GET /v1/medias/{media_id}/fetch
        """
        return await _fetch_media.asyncio(
            media_id=media_id,
            client=self._http,
            user_token=user_token,
        )

    def stream_fetch_media(
        self,
        media_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Like `fetch_media`, but yields the open response to read its bytes in chunks."""
        return _fetch_media.astream(
            media_id=media_id,
            client=self._http,
            user_token=user_token,
        )

    async def upload_app_media(
        self,
        *,
        media: File,
        type_: AppMediaType,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        context: str | Unset = UNSET,
    ) -> UploadedMedia:
        """Upload a file as the app or bot (image 10 MB, other types 20 MB, self-built apps).

        POST /v1/app/medias/create
        """
        return await _upload_app_media.asyncio(
            client=self._http,
            body=MediaUpload(
                media=media,
            ),
            type_=type_,
            width=width,
            height=height,
            duration=duration,
            context=context,
        )

    async def upload_media(
        self,
        *,
        media: File,
        type_: CoreMediaType,
        user_token: str | Unset = UNSET,
    ) -> UploadedMedia:
        """Upload a file (core upload, 1 MB limit).

        POST /v1/medias/create
        """
        return await _upload_media.asyncio(
            client=self._http,
            body=MediaUpload(
                media=media,
            ),
            type_=type_,
            user_token=user_token,
        )


__all__ = ["AsyncMediaResource", "MediaResource"]
