"""Stream a file to a presigned object-storage URL the platform handed out (leave and overtime attachments).

The PUT itself is the spec's `put_presigned_object` (the URL checked, no app token, refusals typed and naming only
the host). What stays here is the file: streamed in chunks from a path, an open binary file, bytes or an iterable of
bytes, with a Content-Length whenever the size is known (object stores refuse chunked uploads to presigned URLs),
and stopped when it disagrees with that length. Such a URL is a bearer credential, so the upload goes through a
client of its own (no gateway auth, no retries of a half-sent stream), and while it runs its URL and query are
masked in every record the redacted loggers emit (httpx logs each request line).
"""

from __future__ import annotations

import contextlib
import functools
import os
import ssl
import stat
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TypeAlias, cast

import anyio
import httpx
from lansenger_api.api.media import put_presigned_object
from lansenger_api.errors import TABLE, InvalidArgumentError
from lansenger_api.redaction import conceal
from lansenger_api.servers import presigned_target, store_request_id
from lansenger_api.types import UNSET, Response, Unset

from ._errors import FileChangedError
from ._files import upload_source
from ._url_masking import hiding, secrets_of

__all__ = [
    "UPLOAD_TIMEOUT",
    "AsyncUploadContent",
    "PresignedUpload",
    "UploadContent",
    "aput_presigned",
    "put_presigned",
]

UPLOAD_TIMEOUT = 60.0
"""Seconds: the platform SDK's timeout for these uploads (a whole attachment, not one small JSON call)."""

_CHUNK = 64 * 1024

UploadContent: TypeAlias = bytes | bytearray | memoryview | str | os.PathLike[str] | BinaryIO | Iterable[bytes]
"""What can be uploaded: the bytes themselves, a path (str or PathLike), an open binary file, or byte chunks."""

AsyncUploadContent: TypeAlias = UploadContent | AsyncIterable[bytes]


@dataclass(frozen=True)
class PresignedUpload:
    """What the object store answered to an upload; deliberately without the URL."""

    http_status: int
    bytes_sent: int
    etag: str | None = None
    """The stored object's ETag, when the store sent one (S3-style stores send the MD5 in quotes)."""
    request_id: str | None = None
    """The store's request id header, when it sent one; quote it to its support."""


def _checked_md5(md5: str) -> str:
    if not isinstance(md5, str) or not md5.strip():
        raise InvalidArgumentError("md5 must be the MD5 given to the upload-URL operation")
    if any(character in md5 for character in "\r\n\0"):
        raise InvalidArgumentError("md5 must be a single-line header value")
    return md5.strip()


def _checked_size(size: int | None) -> int | None:
    if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
        raise InvalidArgumentError("size must be a number of bytes (>= 0)")
    return size


def _remaining(handle: BinaryIO) -> int | None:
    """The bytes left to read from an open file when it is a regular file; None for pipes and the like."""
    try:
        status = os.fstat(handle.fileno())
        return max(status.st_size - handle.tell(), 0) if stat.S_ISREG(status.st_mode) else None
    except (AttributeError, OSError, ValueError):
        return None


@dataclass(frozen=True)
class _Source:
    """Where the bytes come from (exactly one field is set); `length` is None when only counting can tell."""

    length: int | None
    data: bytes | None = None
    path: Path | None = None
    handle: BinaryIO | None = None
    chunks: Iterable[bytes] | None = None
    achunks: AsyncIterable[bytes] | None = None


def _source(content: object, *, allow_async: bool) -> _Source:
    if isinstance(content, (bytes, bytearray, memoryview)):
        data = bytes(content)
        return _Source(len(data), data=data)
    if isinstance(content, (str, os.PathLike)):
        path = upload_source(content, None).path
        assert path is not None
        return _Source(path.stat().st_size, path=path)
    if hasattr(content, "read"):
        handle = cast(BinaryIO, content)
        return _Source(_remaining(handle), handle=handle)
    if allow_async and isinstance(content, AsyncIterable):
        return _Source(None, achunks=content)
    if isinstance(content, Iterable) and not isinstance(content, dict):
        return _Source(None, chunks=content)
    raise InvalidArgumentError("content must be bytes, a path, an open binary file or an iterable of bytes")


@dataclass(frozen=True)
class _Plan:
    """One upload, checked before any request; its repr leaves out the URL and its secrets."""

    url: str = field(repr=False)
    secrets: tuple[str, ...] = field(repr=False)
    md5: str
    source: _Source
    length: int | None


def _plan(url: str, content: object, md5: str, size: int | None, *, allow_async: bool) -> _Plan:
    target = presigned_target(url)
    checked_md5 = _checked_md5(md5)
    declared = _checked_size(size)
    source = _source(content, allow_async=allow_async)
    if declared is not None and source.length is not None and declared != source.length:
        raise InvalidArgumentError(f"size is {declared} but the content has {source.length} bytes")
    length = declared if declared is not None else source.length
    return _Plan(target, secrets_of(url, httpx.URL(target)), checked_md5, source, length)


class _Tally:
    """Counts what was sent, and stops a body that disagrees with its declared length before the store sees it.

    The length of a file was its size when the upload began, so there a disagreement means the file changed.
    """

    def __init__(self, length: int | None, *, file: bool = False) -> None:
        self.length = length
        self.file = file
        self.sent = 0

    def add(self, chunk: object) -> bytes:
        if not isinstance(chunk, (bytes, bytearray, memoryview)):
            raise InvalidArgumentError("content chunks must be bytes")
        data = bytes(chunk)
        if self.length is not None and self.sent + len(data) > self.length:
            if self.file:
                raise self._changed(grew=True)
            raise InvalidArgumentError(f"content is longer than its declared {self.length} bytes")
        self.sent += len(data)
        return data

    def finish(self) -> None:
        if self.length is not None and self.sent != self.length:
            if self.file:
                raise self._changed(grew=False)
            raise InvalidArgumentError(f"content ended after {self.sent} of its declared {self.length} bytes")

    def _changed(self, *, grew: bool) -> FileChangedError:
        assert self.length is not None
        how = "grew" if grew else f"shrank (it ended after {self.sent} bytes)"
        return FileChangedError(
            f"the file {how} while it was being uploaded: it had {self.length} bytes when the upload began",
            declared=self.length,
            sent=self.sent,
            grew=grew,
        )


def _file_chunks(handle: BinaryIO) -> Iterator[bytes]:
    while chunk := handle.read(_CHUNK):
        yield chunk


def _slices(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), _CHUNK):
        yield bytes(view[start : start + _CHUNK])


def _counted(chunks: Iterable[bytes], tally: _Tally) -> Iterator[bytes]:
    for chunk in chunks:
        yield tally.add(chunk)
    tally.finish()


@contextlib.contextmanager
def _sync_body(source: _Source, tally: _Tally) -> Iterator[Iterator[bytes]]:
    if source.path is not None:
        with source.path.open("rb") as handle:
            yield _counted(_file_chunks(handle), tally)
    elif source.handle is not None:
        yield _counted(_file_chunks(source.handle), tally)
    elif source.data is not None:
        yield _counted(_slices(source.data), tally)
    else:
        yield _counted(source.chunks or (), tally)


async def _afile_chunks(handle: anyio.AsyncFile[bytes]) -> AsyncIterator[bytes]:
    while chunk := await handle.read(_CHUNK):
        yield chunk


async def _lifted(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def _acounted(chunks: AsyncIterable[bytes], tally: _Tally) -> AsyncIterator[bytes]:
    async for chunk in chunks:
        yield tally.add(chunk)
    tally.finish()


@contextlib.asynccontextmanager
async def _async_body(source: _Source, tally: _Tally) -> AsyncIterator[AsyncIterator[bytes]]:
    """File reads run in a worker thread, so the event loop never waits on the disk."""
    if source.path is not None:
        async with await anyio.open_file(source.path, "rb") as handle:
            yield _acounted(_afile_chunks(handle), tally)
    elif source.handle is not None:
        yield _acounted(_afile_chunks(anyio.wrap_file(source.handle)), tally)
    elif source.data is not None:
        yield _acounted(_lifted(_slices(source.data)), tally)
    elif source.achunks is not None:
        yield _acounted(source.achunks, tally)
    else:
        yield _acounted(_lifted(source.chunks or ()), tally)


@functools.cache
def _tls() -> ssl.SSLContext:
    """httpx's default TLS settings, built once: a context costs more than a small upload, and it is shareable."""
    return httpx.create_ssl_context()


def _outcome(answer: Response[None], tally: _Tally) -> PresignedUpload:
    return PresignedUpload(
        http_status=answer.status_code,
        bytes_sent=tally.sent,
        etag=answer.headers.get("etag"),
        request_id=store_request_id(answer.headers, TABLE),
    )


def put_presigned(
    url: str,
    content: UploadContent,
    *,
    md5: str,
    size: int | None = None,
    timeout: float | httpx.Timeout = UPLOAD_TIMEOUT,
    http_client: httpx.Client | None = None,
) -> PresignedUpload:
    """PUT `content` to the presigned `url` with `Content-MD5: md5` and `Content-Type: application/octet-stream`.

    Raises `InvalidArgumentError` before sending for a bad argument (and while sending, for content that disagrees
    with `size`), the typed `APIError` of the HTTP status when the store refuses (403 `PermissionDeniedError` for a
    wrong or expired signature, 5xx `InternalServerError`, ...), and `APIConnectionError` / `APITimeoutError` when
    it cannot be reached. Nothing is retried: a stream cannot be replayed. `http_client` is your own client
    (proxies, TLS, its own timeouts); by default a fresh one with `timeout` is used and closed.
    """
    url = conceal(url)  # a traceback's locals show it masked
    plan = _plan(url, content, md5, size, allow_async=False)
    tally = _Tally(plan.length, file=plan.source.path is not None or plan.source.handle is not None)
    client = httpx.Client(timeout=timeout, verify=_tls()) if http_client is None else http_client
    try:
        with hiding(plan.secrets), _sync_body(plan.source, tally) as body:
            answer = put_presigned_object.sync_detailed(
                client=client, url=plan.url, body=body, content_md5=plan.md5, content_length=_length(plan)
            )
    finally:
        if http_client is None:
            client.close()
    return _outcome(answer, tally)


async def aput_presigned(
    url: str,
    content: AsyncUploadContent,
    *,
    md5: str,
    size: int | None = None,
    timeout: float | httpx.Timeout = UPLOAD_TIMEOUT,
    http_client: httpx.AsyncClient | None = None,
) -> PresignedUpload:
    """The async twin of `put_presigned`; it also takes an async iterable of bytes."""
    url = conceal(url)
    plan = _plan(url, content, md5, size, allow_async=True)
    tally = _Tally(plan.length, file=plan.source.path is not None or plan.source.handle is not None)
    client = httpx.AsyncClient(timeout=timeout, verify=_tls()) if http_client is None else http_client
    try:
        with hiding(plan.secrets):
            async with _async_body(plan.source, tally) as body:
                answer = await put_presigned_object.asyncio_detailed(
                    client=client, url=plan.url, body=body, content_md5=plan.md5, content_length=_length(plan)
                )
    finally:
        if http_client is None:
            await client.aclose()
    return _outcome(answer, tally)


def _length(plan: _Plan) -> int | Unset:
    return UNSET if plan.length is None else plan.length
