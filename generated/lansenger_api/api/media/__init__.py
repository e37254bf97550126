# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `media` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from functools import cached_property
from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import evolve

from ...client import apaginate, next_offset, next_page, paged, paginate, with_extra
from ...errors import TABLE
from ...lazy import Deferred
from ...options import TimeoutOption
from ...raw import aevents_method, araw_method, astreamed_method, events_method, raw_method, streamed_method
from ...types import UNSET, File, FileTypes, Unset

if TYPE_CHECKING:
    from ...models.app_media_type import AppMediaType, check_app_media_type
    from ...models.core_media_type import CoreMediaType, check_core_media_type
    from ...models.media_path import MediaPath
    from ...models.media_upload import MediaUpload
    from ...models.uploaded_media import UploadedMedia
    from . import fetch_media as _fetch_media
    from . import fetch_media_path as _fetch_media_path
    from . import fetch_shared_media as _fetch_shared_media
    from . import put_presigned_object as _put_presigned_object
    from . import upload_app_media as _upload_app_media
    from . import upload_app_media_v2 as _upload_app_media_v2
    from . import upload_media as _upload_media
else:
    MediaUpload = Deferred(__name__, "...models.media_upload", "MediaUpload")
    _fetch_media = Deferred(__name__, ".fetch_media")
    _fetch_media_path = Deferred(__name__, ".fetch_media_path")
    _fetch_shared_media = Deferred(__name__, ".fetch_shared_media")
    _put_presigned_object = Deferred(__name__, ".put_presigned_object")
    _upload_app_media = Deferred(__name__, ".upload_app_media")
    _upload_app_media_v2 = Deferred(__name__, ".upload_app_media_v2")
    _upload_media = Deferred(__name__, ".upload_media")


class MediaResource:
    """Operations tagged `media` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> MediaResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return MediaResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> MediaResourceWithStreamingResponse:
        """The downloads, their responses open and read as you go."""
        return MediaResourceWithStreamingResponse(self)

    def fetch_media(
        self,
        media_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
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
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def stream_fetch_media(
        self,
        media_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AbstractContextManager[httpx.Response]:
        """Like `fetch_media`, but yields the open response to read its bytes in chunks."""
        return _fetch_media.stream(
            media_id=media_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_media_path(
        self,
        media_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> MediaPath:
        """A temporary download URL for a file, with its name, type and size.

        The URL (mediaPath) stays valid for one hour and needs no token.

        GET /v1/medias/{media_id}/path/fetch
        """
        return _fetch_media_path.sync(
            media_id=media_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_shared_media(
        self,
        share_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bytes:
        """Download a shared file's bytes by its share id.

        Answers the bytes (with the file's content type) on success and a JSON envelope on failure, e.g.
        errCode 64001 for an unknown share; the SDK streams the bytes and raises on an envelope. Note the
        singular `media` in the path.

        GET /v1/media/share/{share_id}/fetch
        """
        return _fetch_shared_media.sync(
            share_id=share_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def stream_fetch_shared_media(
        self,
        share_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AbstractContextManager[httpx.Response]:
        """Like `fetch_shared_media`, but yields the open response to read its bytes in chunks."""
        return _fetch_shared_media.stream(
            share_id=share_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def put_presigned_object(
        self,
        *,
        url: str,
        body: bytes | Iterable[bytes],
        content_md5: str,
        content_length: int | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """PUT a file's bytes to the presigned object-storage URL an upload-URL operation answered.

        create_leave_upload_url and create_overtime_upload_url answer a presigned URL for a file's name, MD5
        and size; the bytes then go straight to the object store. The URL is the whole target (this path
        only names the operation) and a credential: it must be https, never gets the app token, and errors
        name only its host. Never retried, since the body may be a stream. `upload_leave_attachment` /
        `upload_overtime_attachment` stream a file with its length checked.

        PUT /presigned-upload
        """
        _put_presigned_object.sync(
            client=self._http,
            url=url,
            body=body,
            content_md5=content_md5,
            content_length=content_length,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
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
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UploadedMedia:
        """Upload a file as the app or bot (image 10 MB, other types 20 MB, self-built apps).

        POST /v1/app/medias/create
        """
        return _upload_app_media.sync(
            client=self._http,
            body=with_extra(
                MediaUpload(
                    media,
                ),
                extra_body,
            ),
            type_=type_,
            width=width,
            height=height,
            duration=duration,
            context=context,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def upload_app_media_v2(
        self,
        *,
        media: File,
        type_: AppMediaType,
        user_token: str,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        context: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UploadedMedia:
        """Upload a file as the user of `user_token` (app upload v2; image 10 MB, other types 20 MB).

        Like upload_app_media, but on behalf of a user, whose token is required. type is text (file, video,
        image, audio); the platform refuses a numeric type with errCode 50052.

        POST /v2/app/medias/create
        """
        return _upload_app_media_v2.sync(
            client=self._http,
            body=with_extra(
                MediaUpload(
                    media,
                ),
                extra_body,
            ),
            type_=type_,
            user_token=user_token,
            width=width,
            height=height,
            duration=duration,
            context=context,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def upload_media(
        self,
        *,
        media: File,
        type_: CoreMediaType,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UploadedMedia:
        """Upload a file (core upload, 1 MB limit).

        POST /v1/medias/create
        """
        return _upload_media.sync(
            client=self._http,
            body=with_extra(
                MediaUpload(
                    media,
                ),
                extra_body,
            ),
            type_=type_,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class MediaResourceWithRawResponse:
    """Every operation of `MediaResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: MediaResource) -> None:
        self.fetch_media = raw_method(resource.fetch_media, TABLE)
        self.fetch_media_path = raw_method(resource.fetch_media_path, TABLE)
        self.fetch_shared_media = raw_method(resource.fetch_shared_media, TABLE)
        self.put_presigned_object = raw_method(resource.put_presigned_object, TABLE)
        self.upload_app_media = raw_method(resource.upload_app_media, TABLE)
        self.upload_app_media_v2 = raw_method(resource.upload_app_media_v2, TABLE)
        self.upload_media = raw_method(resource.upload_media, TABLE)


class MediaResourceWithStreamingResponse:
    """The streamed answers of `MediaResource`, named as their operations, with the arguments of
    `stream_<operation>`; leaving the `with` block closes the response however it ends.
    A download gives a `StreamedResponse`, its body read only when asked for.
    """

    def __init__(self, resource: MediaResource) -> None:
        self.fetch_media = streamed_method(resource.stream_fetch_media, TABLE)
        self.fetch_shared_media = streamed_method(resource.stream_fetch_shared_media, TABLE)


class AsyncMediaResource:
    """Operations tagged `media` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncMediaResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncMediaResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncMediaResourceWithStreamingResponse:
        """The downloads, their responses open and read as you go."""
        return AsyncMediaResourceWithStreamingResponse(self)

    async def fetch_media(
        self,
        media_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
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
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def stream_fetch_media(
        self,
        media_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Like `fetch_media`, but yields the open response to read its bytes in chunks."""
        return _fetch_media.astream(
            media_id=media_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_media_path(
        self,
        media_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> MediaPath:
        """A temporary download URL for a file, with its name, type and size.

        The URL (mediaPath) stays valid for one hour and needs no token.

        GET /v1/medias/{media_id}/path/fetch
        """
        return await _fetch_media_path.asyncio(
            media_id=media_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_shared_media(
        self,
        share_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> bytes:
        """Download a shared file's bytes by its share id.

        Answers the bytes (with the file's content type) on success and a JSON envelope on failure, e.g.
        errCode 64001 for an unknown share; the SDK streams the bytes and raises on an envelope. Note the
        singular `media` in the path.

        GET /v1/media/share/{share_id}/fetch
        """
        return await _fetch_shared_media.asyncio(
            share_id=share_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def stream_fetch_shared_media(
        self,
        share_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Like `fetch_shared_media`, but yields the open response to read its bytes in chunks."""
        return _fetch_shared_media.astream(
            share_id=share_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def put_presigned_object(
        self,
        *,
        url: str,
        body: bytes | Iterable[bytes] | AsyncIterable[bytes],
        content_md5: str,
        content_length: int | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """PUT a file's bytes to the presigned object-storage URL an upload-URL operation answered.

        create_leave_upload_url and create_overtime_upload_url answer a presigned URL for a file's name, MD5
        and size; the bytes then go straight to the object store. The URL is the whole target (this path
        only names the operation) and a credential: it must be https, never gets the app token, and errors
        name only its host. Never retried, since the body may be a stream. `upload_leave_attachment` /
        `upload_overtime_attachment` stream a file with its length checked.

        PUT /presigned-upload
        """
        await _put_presigned_object.asyncio(
            client=self._http,
            url=url,
            body=body,
            content_md5=content_md5,
            content_length=content_length,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
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
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UploadedMedia:
        """Upload a file as the app or bot (image 10 MB, other types 20 MB, self-built apps).

        POST /v1/app/medias/create
        """
        return await _upload_app_media.asyncio(
            client=self._http,
            body=with_extra(
                MediaUpload(
                    media,
                ),
                extra_body,
            ),
            type_=type_,
            width=width,
            height=height,
            duration=duration,
            context=context,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def upload_app_media_v2(
        self,
        *,
        media: File,
        type_: AppMediaType,
        user_token: str,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        context: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UploadedMedia:
        """Upload a file as the user of `user_token` (app upload v2; image 10 MB, other types 20 MB).

        Like upload_app_media, but on behalf of a user, whose token is required. type is text (file, video,
        image, audio); the platform refuses a numeric type with errCode 50052.

        POST /v2/app/medias/create
        """
        return await _upload_app_media_v2.asyncio(
            client=self._http,
            body=with_extra(
                MediaUpload(
                    media,
                ),
                extra_body,
            ),
            type_=type_,
            user_token=user_token,
            width=width,
            height=height,
            duration=duration,
            context=context,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def upload_media(
        self,
        *,
        media: File,
        type_: CoreMediaType,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UploadedMedia:
        """Upload a file (core upload, 1 MB limit).

        POST /v1/medias/create
        """
        return await _upload_media.asyncio(
            client=self._http,
            body=with_extra(
                MediaUpload(
                    media,
                ),
                extra_body,
            ),
            type_=type_,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncMediaResourceWithRawResponse:
    """Every operation of `AsyncMediaResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncMediaResource) -> None:
        self.fetch_media = araw_method(resource.fetch_media, TABLE)
        self.fetch_media_path = araw_method(resource.fetch_media_path, TABLE)
        self.fetch_shared_media = araw_method(resource.fetch_shared_media, TABLE)
        self.put_presigned_object = araw_method(resource.put_presigned_object, TABLE)
        self.upload_app_media = araw_method(resource.upload_app_media, TABLE)
        self.upload_app_media_v2 = araw_method(resource.upload_app_media_v2, TABLE)
        self.upload_media = araw_method(resource.upload_media, TABLE)


class AsyncMediaResourceWithStreamingResponse:
    """The streamed answers of `AsyncMediaResource`, named as their operations, with the arguments of
    `astream_<operation>`; leaving the `async with` block closes the response however it ends.
    A download gives a `StreamedResponse`, its body read only when asked for.
    """

    def __init__(self, resource: AsyncMediaResource) -> None:
        self.fetch_media = astreamed_method(resource.stream_fetch_media, TABLE)
        self.fetch_shared_media = astreamed_method(resource.stream_fetch_shared_media, TABLE)


__all__ = ["AsyncMediaResource", "MediaResource"]
