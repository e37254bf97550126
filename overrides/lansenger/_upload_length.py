"""An upload sends exactly the length it announced, or fails with `FileChangedError`.

httpx announces a multipart upload's Content-Length from the file's size when it builds the request, and reads the
file only as it sends. Whatever writes to the file meanwhile makes the two disagree, and then the HTTP layer fails
with its own protocol error (h11's `LocalProtocolError`, untyped) or the gateway stores a cut file. So the body of
every streamed request that announced its length is counted on the way out and stopped as soon as it disagrees.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
from lansenger_api.request_meta import request_meta

from ._errors import FileChangedError

__all__ = ["LengthCheckedStream", "check_length"]


class LengthCheckedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A request body that raises `FileChangedError` when it yields more or fewer bytes than it announced.

    Each iteration counts afresh, so a replayed request (a retry, a refreshed token) is checked again as a whole.
    """

    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, declared: int, operation: str) -> None:
        self.inner = inner
        self._declared = declared
        self._operation = operation

    def __iter__(self) -> Iterator[bytes]:
        if not isinstance(self.inner, httpx.SyncByteStream):  # httpx's own check sees this wrapper, not the body
            raise RuntimeError("Attempted to send an async request with a sync Client instance.")
        sent = 0
        for chunk in self.inner:
            sent = self._counted(sent, chunk)
            yield chunk
        self._check_complete(sent)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if not isinstance(self.inner, httpx.AsyncByteStream):
            raise RuntimeError("Attempted to send a sync request with an AsyncClient instance.")
        sent = 0
        async for chunk in self.inner:
            sent = self._counted(sent, chunk)
            yield chunk
        self._check_complete(sent)

    def _counted(self, sent: int, chunk: bytes) -> int:
        """The bytes sent once `chunk` goes too; a chunk that would pass the declared length means the file grew."""
        if sent + len(chunk) > self._declared:
            raise self._changed(sent, grew=True)
        return sent + len(chunk)

    def _check_complete(self, sent: int) -> None:
        if sent != self._declared:
            raise self._changed(sent, grew=False)

    def close(self) -> None:
        if isinstance(self.inner, httpx.SyncByteStream):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncByteStream):
            await self.inner.aclose()

    def _changed(self, sent: int, *, grew: bool) -> FileChangedError:
        how = "grew" if grew else f"shrank (only {sent} bytes were read)"
        return FileChangedError(
            f"{self._operation}: the file {how} while it was being uploaded: the request announced "
            f"{self._declared} bytes when it was built; the upload was abandoned",
            declared=self._declared,
            sent=sent,
            grew=grew,
        )


def check_length(request: httpx.Request) -> None:
    """Have a streamed body that announced its length (an upload) checked as it is sent; a body httpx holds in
    memory cannot change, and one sent chunked announced nothing."""
    stream = request.stream
    if isinstance(stream, (httpx.ByteStream, LengthCheckedStream)):
        return
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit():
        return
    meta = request_meta(request.extensions)
    request.stream = LengthCheckedStream(stream, int(declared), meta.operation if meta else "upload")
