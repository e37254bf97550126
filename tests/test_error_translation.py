"""Answers and uploads that used to escape untyped now raise the SDK's documented errors, with the cause kept.

- a body that does not decode as its Content-Encoding says (a broken gzip) and JSON nested too deeply to read
  (`RecursionError`), from the gateway or a proxy: `UnexpectedResponseError`; reads safe to repeat are retried
  first, as a malformed JSON answer is, and a send is never repeated;
- a file that grows or shrinks while it is uploaded (before: h11's `LocalProtocolError`, or a cut file stored):
  `FileChangedError`, before the request body disagrees with the length it announced.
"""

from __future__ import annotations

import inspect
import io
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import respx
from lansenger import (
    AsyncLansenger,
    FileChangedError,
    InternalServerError,
    Lansenger,
    RetryPolicy,
    UnexpectedResponseError,
)
from lansenger.testing import Sandbox

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, ok, token
from tests._exposure import Secrets, exposures

BOT_PATH = "/v1/bot/messages/create"
STAFF_PATH = "/v1/staffs/staff-1/fetch"
MEDIA_PATH = "/v1/medias/md-1/fetch"
UPLOAD_PATH = "/v1/app/medias/create"
TOKEN_PATH = "/v1/apptoken/create"
RETRIES = RetryPolicy(max_retries=2, backoff_base=0.0)
DEPTH = 100_000
STAFF = {"staffId": "staff-1", "name": "Ann"}


class Raw(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body streamed as from a socket (respx reads a `ByteStream` answer itself, and would decode it early)."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self._body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._body


def broken_gzip(content_type: str = "application/json") -> httpx.Response:
    headers = {"content-type": content_type, "content-encoding": "gzip"}
    return httpx.Response(200, headers=headers, stream=Raw(b"this is not gzip"))


def deeply_nested(status: int = 200) -> httpx.Response:
    body = b'{"errCode":0,"data":' + b"[" * DEPTH + b"]" * DEPTH + b"}"
    return httpx.Response(status, headers={"content-type": "application/json"}, stream=Raw(body))


@pytest.fixture
def gateway() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=GATEWAY, assert_all_called=False) as router:
        router.get(TOKEN_PATH).respond(json=token())
        yield router


async def _outcome(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest) -> Callable[[Callable[[Any], Any]], Any]:
    """Run `call(client)` with a sync or an async client (retries without waiting); returns what it returned."""

    def with_client(call: Callable[[Any], Any]) -> Any:
        if request.param == "sync":
            with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=RETRIES) as client:
                return call(client)

        async def main() -> Any:
            async with AsyncLansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=RETRIES) as client:
                return await _outcome(call(client))

        return anyio.run(main)

    return with_client


def _send(client: Any) -> Any:
    return client.messages.send_text("staff-1", "hello")


def _read(client: Any) -> Any:
    return client.staffs.fetch_staff("staff-1")


@pytest.mark.parametrize("answer", [broken_gzip, deeply_nested], ids=["broken-gzip", "deeply-nested"])
def test_a_send_answered_unreadably_is_unexpected_and_never_repeated(
    gateway: respx.MockRouter, run: Any, answer: Callable[[], httpx.Response]
) -> None:
    route = gateway.post(BOT_PATH).mock(side_effect=lambda request: answer())
    with pytest.raises(UnexpectedResponseError) as raised:
        run(_send)
    assert route.call_count == 1
    assert raised.value.operation == "create_bot_message"
    assert raised.value.__cause__ is not None


@pytest.mark.parametrize("answer", [broken_gzip, deeply_nested], ids=["broken-gzip", "deeply-nested"])
def test_a_read_answered_unreadably_is_retried_then_unexpected(
    gateway: respx.MockRouter, run: Any, answer: Callable[[], httpx.Response]
) -> None:
    route = gateway.get(STAFF_PATH).mock(side_effect=lambda request: answer())
    with pytest.raises(UnexpectedResponseError) as raised:
        run(_read)
    assert route.call_count == 1 + RETRIES.max_retries
    assert raised.value.operation == "fetch_staff"


def test_a_read_recovers_once_the_answer_is_readable_again(gateway: respx.MockRouter, run: Any) -> None:
    readable = httpx.Response(200, json=ok(STAFF))
    route = gateway.get(STAFF_PATH).mock(side_effect=[broken_gzip(), deeply_nested(), readable])
    assert run(_read).staff_id == "staff-1"
    assert route.call_count == 3


def test_the_messages_say_what_was_wrong(gateway: respx.MockRouter, run: Any) -> None:
    gateway.post(BOT_PATH).mock(side_effect=[broken_gzip(), deeply_nested()])
    with pytest.raises(UnexpectedResponseError) as gzip:
        run(_send)
    with pytest.raises(UnexpectedResponseError) as nested:
        run(_send)
    assert "does not decode" in str(gzip.value) and isinstance(gzip.value.__cause__, httpx.DecodingError)
    assert "nested too deeply" in str(nested.value) and isinstance(nested.value.__cause__, RecursionError)


def test_an_error_status_with_deeply_nested_json_keeps_its_status(gateway: respx.MockRouter, run: Any) -> None:
    gateway.post(BOT_PATH).mock(side_effect=lambda request: deeply_nested(502))
    with pytest.raises(InternalServerError) as raised:
        run(_send)
    assert raised.value.http_status == 502


def test_a_token_answer_nested_too_deeply_is_unexpected(gateway: respx.MockRouter, run: Any) -> None:
    fetches = gateway.get(TOKEN_PATH).mock(side_effect=lambda request: deeply_nested())
    with pytest.raises(UnexpectedResponseError) as raised:
        run(_send)
    assert raised.value.operation == "create_app_token"
    assert fetches.call_count == 1 + RETRIES.max_retries


def test_a_download_whose_gzip_is_broken_is_unexpected(gateway: respx.MockRouter, run: Any) -> None:
    gateway.get(MEDIA_PATH).mock(side_effect=lambda request: broken_gzip("application/octet-stream"))
    with pytest.raises(UnexpectedResponseError) as raised:
        run(lambda client: client.media.download("md-1", io.BytesIO()))
    assert raised.value.operation == "fetch_media"
    assert isinstance(raised.value.__cause__, httpx.DecodingError)


SIZE = 200_000


def _change(path: Path, grow: bool) -> None:
    if grow:
        with path.open("ab") as handle:
            handle.write(b"+" * 1000)
    else:
        with path.open("r+b") as handle:
            handle.truncate(SIZE // 2)


def _changing(path: Path, grow: bool) -> Callable[[httpx.Request], None]:
    """A request hook that changes the file after the upload announced its length, before its body is read."""

    def change(request: httpx.Request) -> None:
        if request.url.path.endswith(UPLOAD_PATH):
            _change(path, grow)

    return change


@pytest.mark.parametrize("grow", [True, False], ids=["grows", "shrinks"])
def test_a_file_that_changes_during_an_upload_fails_typed(
    lansenger_sandbox: Sandbox, tmp_path: Path, grow: bool
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"x" * SIZE)
    hooks = {"request": [_changing(path, grow)]}
    with Lansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url, event_hooks=hooks
    ) as client:
        secrets = Secrets(lansenger_sandbox.app_secret, client.app_token())
        with pytest.raises(FileChangedError) as raised:
            client.media.upload(path)
    # Before any assert: pytest's assertion rewriting keeps what an assert evaluates in this frame's locals.
    exposed = exposures(raised.value, secrets)
    assert exposed == []
    error = raised.value
    assert error.grew is grow
    assert error.declared > SIZE and ("grew" if grow else "shrank") in str(error)
    assert "upload_app_media" in str(error)
    assert lansenger_sandbox.state.media == {}


@pytest.mark.anyio
@pytest.mark.parametrize("grow", [True, False], ids=["grows", "shrinks"])
async def test_a_file_that_changes_during_an_async_upload_fails_typed(
    lansenger_sandbox: Sandbox, tmp_path: Path, grow: bool
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"x" * SIZE)
    hooks = {"request": [_changing(path, grow)]}
    async with AsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url, event_hooks=hooks
    ) as client:
        with pytest.raises(FileChangedError) as raised:
            await client.media.upload(path)
    assert raised.value.grew is grow
    assert lansenger_sandbox.state.media == {}


PRESIGNED = "https://attach.oss.example.test/leave/a.pdf?Expires=1&OSSAccessKeyId=AK0000000001&Signature=SIG0000000001"


@pytest.mark.parametrize("grow", [True, False], ids=["grows", "shrinks"])
def test_a_file_that_changes_during_a_presigned_upload_fails_typed(tmp_path: Path, grow: bool) -> None:
    path = tmp_path / "leave.pdf"
    path.write_bytes(b"x" * SIZE)

    with respx.mock(assert_all_called=False) as bucket:
        bucket.put(url__startswith="https://attach.oss.example.test/").respond(200)
        with (
            httpx.Client(event_hooks={"request": [lambda request: _change(path, grow)]}) as http,
            Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY) as client,
            pytest.raises(FileChangedError) as raised,
        ):
            client.qingjia.upload_leave_attachment(PRESIGNED, path, md5="md5", http_client=http)
    assert raised.value.grew is grow and raised.value.declared == SIZE
    assert "SIG0000000001" not in str(raised.value) and raised.value.__context__ is None
