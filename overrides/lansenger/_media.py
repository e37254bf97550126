"""Media upload and download, streamed both ways so a large file never sits whole in memory.

Downloads work by media id (`download`) and by the share id of a shared file (`download_shared`); both
write atomically to a path, or into an open binary file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import BinaryIO, cast

import anyio
import httpx
from lansenger_api.api.media import AsyncMediaResource, MediaResource
from lansenger_api.models.app_media_type import AppMediaType
from lansenger_api.models.uploaded_media import UploadedMedia
from lansenger_api.types import File

from ._files import FileSource, UploadSource, atomic_destination, destination, upload_source
from ._media_kinds import app_media_type, content_type
from ._message_bodies import optional

_CHUNK = 64 * 1024


def _prepare(
    file: FileSource, filename: str | None, media_type: AppMediaType | None
) -> tuple[UploadSource, AppMediaType]:
    source = upload_source(file, filename)
    return source, media_type or app_media_type(source.filename)


def _part(source: UploadSource, handle: BinaryIO) -> File:
    return File(payload=handle, file_name=source.filename, mime_type=content_type(source.filename))


class Media(MediaResource):
    """Media operations, plus `upload` and `download` that work with files on disk."""

    def upload(
        self,
        file: FileSource,
        *,
        filename: str | None = None,
        media_type: AppMediaType | None = None,
        width: int | None = None,
        height: int | None = None,
        duration: int | None = None,
        user_token: str | None = None,
    ) -> UploadedMedia:
        """Upload a file as the app, or with `user_token` on behalf of that user (app upload v2).

        Its type (image, video, audio, file) comes from the extension unless given. The file is streamed from
        disk in chunks. An open binary file works too, with `filename`.
        """
        source, kind = _prepare(file, filename, media_type)
        w, h, d = optional(width), optional(height), optional(duration)
        with source.open() as handle:
            part = _part(source, handle)
            if user_token is not None:
                return self.upload_app_media_v2(
                    media=part, type_=kind, user_token=user_token, width=w, height=h, duration=d
                )
            return self.upload_app_media(media=part, type_=kind, width=w, height=h, duration=d)

    def download(self, media_id: str, to: str | os.PathLike[str] | BinaryIO, *, user_token: str | None = None) -> int:
        """Stream a file to `to` (a path, written atomically, or an open binary file); returns the bytes written."""
        return _save(self.stream_fetch_media, media_id, to, user_token)

    def download_shared(
        self, share_id: str, to: str | os.PathLike[str] | BinaryIO, *, user_token: str | None = None
    ) -> int:
        """Stream a shared file (by its share id) to `to`, as `download` does; returns the bytes written."""
        return _save(self.stream_fetch_shared_media, share_id, to, user_token)


def _save(
    open_stream: Callable[..., AbstractContextManager[httpx.Response]],
    key: str,
    to: str | os.PathLike[str] | BinaryIO,
    user_token: str | None,
) -> int:
    """The target is checked before the request; a path is only replaced once every byte arrived."""
    target = destination(to) if isinstance(to, (str, os.PathLike)) else None
    with open_stream(key, user_token=optional(user_token)) as response:
        if target is None:
            return _copy(response.iter_bytes(_CHUNK), cast(BinaryIO, to))
        with atomic_destination(target) as handle:
            return _copy(response.iter_bytes(_CHUNK), handle)


def _copy(chunks: Iterator[bytes], handle: BinaryIO) -> int:
    written = 0
    for chunk in chunks:
        handle.write(chunk)
        written += len(chunk)
    return written


class AsyncMedia(AsyncMediaResource):
    """The async twin of `Media`."""

    async def upload(
        self,
        file: FileSource,
        *,
        filename: str | None = None,
        media_type: AppMediaType | None = None,
        width: int | None = None,
        height: int | None = None,
        duration: int | None = None,
        user_token: str | None = None,
    ) -> UploadedMedia:
        """See `Media.upload`."""
        source, kind = _prepare(file, filename, media_type)
        w, h, d = optional(width), optional(height), optional(duration)
        with source.open() as handle:
            part = _part(source, handle)
            if user_token is not None:
                return await self.upload_app_media_v2(
                    media=part, type_=kind, user_token=user_token, width=w, height=h, duration=d
                )
            return await self.upload_app_media(media=part, type_=kind, width=w, height=h, duration=d)

    async def download(
        self, media_id: str, to: str | os.PathLike[str] | BinaryIO, *, user_token: str | None = None
    ) -> int:
        """See `Media.download`; disk writes run in a worker thread so the event loop is never blocked."""
        return await _asave(self.stream_fetch_media, media_id, to, user_token)

    async def download_shared(
        self, share_id: str, to: str | os.PathLike[str] | BinaryIO, *, user_token: str | None = None
    ) -> int:
        """See `Media.download_shared`."""
        return await _asave(self.stream_fetch_shared_media, share_id, to, user_token)


async def _asave(
    open_stream: Callable[..., AbstractAsyncContextManager[httpx.Response]],
    key: str,
    to: str | os.PathLike[str] | BinaryIO,
    user_token: str | None,
) -> int:
    target = destination(to) if isinstance(to, (str, os.PathLike)) else None
    async with open_stream(key, user_token=optional(user_token)) as response:
        if target is None:
            return await _acopy(response, cast(BinaryIO, to))
        with atomic_destination(target) as handle:
            return await _acopy(response, handle)


async def _acopy(response: httpx.Response, handle: BinaryIO) -> int:
    writer = anyio.wrap_file(handle)
    written = 0
    async for chunk in response.aiter_bytes(_CHUNK):
        await writer.write(chunk)
        written += len(chunk)
    return written
