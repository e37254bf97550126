"""Downloads on the wire: the finished file gets the permissions any new file would (private only while partial),
and an error answer is read only up to a cap, however much a server sends."""

from __future__ import annotations

import gzip
import os
import stat
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import respx
from lansenger import (
    AsyncLansenger,
    InternalServerError,
    Lansenger,
    NotFoundError,
    RetryPolicy,
    UnexpectedResponseError,
)
from lansenger_api.client import ERROR_BODY_LIMIT

from tests._envelopes import GATEWAY, TOKEN

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and umask are POSIX")

NO_RETRIES = RetryPolicy(max_retries=0)
CHUNK = 64 * 1024
FLOOD = 1024  # chunks: 64 MiB of error body
ENVELOPE = b'{"errCode": 64001, "errMsg": "media not found"}'
FILE_ROUTE = "/v1/medias/md-1/fetch"
SHARED_ROUTE = "/v1/media/share/sh-1/fetch"


@pytest.fixture
def umask() -> Iterator[int]:
    """A known umask for the test, the process's own restored afterwards."""
    previous = os.umask(0o027)
    try:
        yield 0o027
    finally:
        os.umask(previous)


class Watched(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A file body that records the mode of the partial file beside `target` while it is being written."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.partial_modes: list[int] = []

    def _look(self) -> bytes:
        for partial in self.target.parent.glob(f".{self.target.name}.*.part"):
            self.partial_modes.append(stat.S_IMODE(partial.stat().st_mode))
        return b"x" * 1000

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(3):
            yield self._look()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(3):
            yield self._look()


class Flood(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An error body of `head` and then 64 MiB of padding, counting what the client pulled."""

    def __init__(self, head: bytes, padding: bytes) -> None:
        self.head = head
        self.padding = padding
        self.sent = 0

    def _chunks(self) -> Iterator[bytes]:
        yield self.head
        for _ in range(FLOOD):
            yield self.padding * (CHUNK // len(self.padding))

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks():
            self.sent += len(chunk)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            self.sent += len(chunk)
            yield chunk


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_finished_download_gets_the_mode_of_a_new_file(umask: int, tmp_path: Path) -> None:
    target, shared = tmp_path / "report.pdf", tmp_path / "shared.pdf"
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        body = Watched(target)
        router.get(FILE_ROUTE).respond(stream=body, headers={"content-type": "application/pdf"})
        router.get(SHARED_ROUTE).respond(stream=Watched(shared), headers={"content-type": "application/pdf"})
        assert client.media.download("md-1", to=target) == 3000
        client.media.download_shared("sh-1", to=shared)
    assert body.partial_modes == [0o600] * 3, "private while partial"
    assert _mode(target) == _mode(shared) == 0o666 & ~umask == 0o640


@pytest.mark.parametrize("existing", [0o600, 0o644])
def test_a_download_over_an_existing_file_keeps_its_mode(umask: int, existing: int, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous")
    target.chmod(existing)
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        router.get(FILE_ROUTE).respond(stream=Watched(target), headers={"content-type": "application/pdf"})
        client.media.download("md-1", to=target)
    assert target.read_bytes() == b"x" * 3000 and _mode(target) == existing


@pytest.mark.anyio
async def test_async_a_finished_download_gets_the_mode_of_a_new_file(umask: int, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with respx.mock(base_url=GATEWAY) as router:
            body = Watched(target)
            router.get(FILE_ROUTE).respond(stream=body, headers={"content-type": "application/pdf"})
            await client.media.download("md-1", to=target)
    assert body.partial_modes == [0o600] * 3 and _mode(target) == 0o640


# (status, content type, head, padding, the error it must raise): an envelope followed by endless whitespace is
# still read as that envelope; an endless JSON string is cut, so it is not JSON; a non-200 keeps its status.
FLOODS = [
    (200, "application/json", ENVELOPE, b" ", NotFoundError),
    (200, "application/json", b'{"errCode": 64001, "errMsg": "', b"x", UnexpectedResponseError),
    (500, "text/html", b"<html>", b"<p>oops</p>", InternalServerError),
    (404, "application/json", ENVELOPE, b"\n", NotFoundError),
]


@pytest.mark.parametrize(("status", "content_type", "head", "padding", "error"), FLOODS)
def test_an_endless_error_answer_is_read_only_up_to_the_cap(
    status: int, content_type: str, head: bytes, padding: bytes, error: type[Exception], tmp_path: Path
) -> None:
    flood = Flood(head, padding)
    with (
        respx.mock(base_url=GATEWAY) as router,
        Lansenger(app_token=TOKEN, gateway_url=GATEWAY, retry_policy=NO_RETRIES) as client,
    ):
        router.get(FILE_ROUTE).respond(status, stream=flood, headers={"content-type": content_type})
        with pytest.raises(error):
            client.media.download("md-1", to=tmp_path / "never.bin")
    assert flood.sent <= ERROR_BODY_LIMIT + CHUNK, f"read {flood.sent} bytes of an error answer"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "content_type", "head", "padding", "error"), FLOODS)
async def test_async_an_endless_error_answer_is_read_only_up_to_the_cap(
    status: int, content_type: str, head: bytes, padding: bytes, error: type[Exception], tmp_path: Path
) -> None:
    flood = Flood(head, padding)
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY, retry_policy=NO_RETRIES) as client:
        with respx.mock(base_url=GATEWAY) as router:
            router.get(SHARED_ROUTE).respond(status, stream=flood, headers={"content-type": content_type})
            with pytest.raises(error):
                await client.media.download_shared("sh-1", to=tmp_path / "never.bin")
    assert flood.sent <= ERROR_BODY_LIMIT + CHUNK, f"read {flood.sent} bytes of an error answer"


def test_a_compressed_error_answer_is_read_decompressed(tmp_path: Path) -> None:
    with (
        respx.mock(base_url=GATEWAY) as router,
        Lansenger(app_token=TOKEN, gateway_url=GATEWAY, retry_policy=NO_RETRIES) as client,
    ):
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        router.get(FILE_ROUTE).respond(404, content=gzip.compress(ENVELOPE), headers=headers)
        with pytest.raises(NotFoundError, match="media not found"):
            client.media.download("md-1", to=tmp_path / "never.bin")
