"""Error answers become the typed exceptions the spec's error table names, and nothing else escapes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from lansenger import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    InvalidRequestError,
    Lansenger,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    UnexpectedResponseError,
)
from lansenger_api.errors import ERROR_CLASSES, TOKEN_INVALID_CODES, ErrorCode

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, failed, ok

NO_RETRIES = RetryPolicy(max_retries=0)


@pytest.fixture
def client(router: respx.MockRouter) -> Iterator[Lansenger]:
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, retry_policy=NO_RETRIES) as lansenger:
        yield lansenger


@pytest.mark.parametrize("code", sorted(set(ERROR_CLASSES) - TOKEN_INVALID_CODES))
def test_each_known_code_raises_its_class(router: respx.MockRouter, client: Lansenger, code: int) -> None:
    router.post("/v1/bot/messages/create").respond(json=failed(code, "nope"), headers={"x-request-id": "rq-9"})
    with pytest.raises(ERROR_CLASSES[code]) as caught:
        client.messages.send_text("staff-1", "hello")
    error = caught.value
    assert (error.err_code, error.err_msg, error.http_status, error.request_id) == (code, "nope", 200, "rq-9")
    assert error.operation == "create_bot_message"
    assert f"errCode {code}" in str(error) and "rq-9" in str(error)


def test_table_classes_match_the_spec() -> None:
    assert ERROR_CLASSES[ErrorCode.NOT_IN_GROUP] is PermissionDeniedError
    assert ERROR_CLASSES[ErrorCode.INVALID_PARAMETER] is InvalidRequestError
    assert ERROR_CLASSES[ErrorCode.USER_NOT_FOUND] is NotFoundError
    assert {ErrorCode.TOKEN_EXPIRED, ErrorCode.TOKEN_INVALID} <= TOKEN_INVALID_CODES


def test_unknown_code_raises_plain_api_error(router: respx.MockRouter, client: Lansenger) -> None:
    router.post("/v1/bot/messages/create").respond(json=failed(987654, "new error"))
    with pytest.raises(APIError) as caught:
        client.messages.send_text("staff-1", "hello")
    assert type(caught.value) is APIError
    assert caught.value.err_code == 987654


def test_numeric_string_err_code_is_understood(router: respx.MockRouter, client: Lansenger) -> None:
    router.post("/v1/bot/messages/create").respond(json={"errCode": "0", "data": {"msgId": "m"}})
    assert client.messages.send_text("staff-1", "hello").msg_id == "m"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, InvalidRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (500, InternalServerError),
        (502, InternalServerError),
        (418, APIError),
    ],
)
def test_http_status_raises(router: respx.MockRouter, client: Lansenger, status: int, cls: type[APIError]) -> None:
    router.post("/v1/messages/revoke").respond(status, text="gateway says no")
    with pytest.raises(cls) as caught:
        client.messages.revoke_messages(message_ids=["m-1"])
    assert caught.value.http_status == status
    assert caught.value.err_code is None


def test_rate_limit_carries_retry_after(router: respx.MockRouter, client: Lansenger) -> None:
    router.post("/v1/messages/revoke").respond(429, json=failed(42900, "slow down"), headers={"retry-after": "7"})
    with pytest.raises(RateLimitError) as caught:
        client.messages.revoke_messages(message_ids=["m-1"])
    assert caught.value.retry_after == 7.0
    assert caught.value.err_code == 42900
    assert caught.value.retryable


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, text="<html>proxy error</html>"),
        httpx.Response(200, json=[1, 2]),
        httpx.Response(200, json={"errMsg": "no code"}),
        httpx.Response(200, json=ok()),
        httpx.Response(200, json=ok("not-an-object")),
    ],
    ids=["not-json", "not-object", "no-errcode", "no-data", "wrong-shape"],
)
def test_malformed_answers_raise_unexpected_response(
    router: respx.MockRouter, client: Lansenger, answer: httpx.Response
) -> None:
    router.post("/v1/bot/messages/create").mock(return_value=answer)
    with pytest.raises(UnexpectedResponseError):
        client.messages.send_text("staff-1", "hello")


def test_token_endpoint_failure_is_an_authentication_error(router: respx.MockRouter) -> None:
    router.get("/v1/apptoken/create").respond(json=failed(99999, "bad secret"))
    send = router.post("/v1/bot/messages/create").respond(json=ok({"msgId": "m"}))
    with Lansenger(APP_ID, "wrong", gateway_url=GATEWAY) as client, pytest.raises(AuthenticationError) as caught:
        client.messages.send_text("staff-1", "hello")
    assert caught.value.operation == "create_app_token"
    assert not send.called
    assert "wrong" not in str(caught.value)


def test_error_envelope_on_download_raises_and_writes_nothing(
    router: respx.MockRouter, client: Lansenger, tmp_path: Path
) -> None:
    router.get("/v1/medias/md-1/fetch").respond(json=failed(64001, "media not found"))
    target = tmp_path / "copy.bin"
    with pytest.raises(NotFoundError):
        client.media.download("md-1", to=target)
    assert list(tmp_path.iterdir()) == []


def test_download_failing_midway_leaves_no_partial_file(
    router: respx.MockRouter, client: Lansenger, tmp_path: Path
) -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"x" * 1000
            raise httpx.ReadError("connection reset")

    router.get("/v1/medias/md-1/fetch").respond(stream=Broken(), headers={"content-type": "application/pdf"})
    target = tmp_path / "copy.pdf"
    target.write_bytes(b"previous version")
    with pytest.raises(APIConnectionError):
        client.media.download("md-1", to=target)
    assert target.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["copy.pdf"]


def test_transport_errors_become_sdk_errors(router: respx.MockRouter, client: Lansenger) -> None:
    router.post("/v1/bot/messages/create").mock(side_effect=httpx.ReadTimeout("read timed out"))
    with pytest.raises(APITimeoutError):
        client.messages.send_text("staff-1", "hello")
    router.post("/v1/bot/messages/create").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as caught:
        client.messages.send_text("staff-1", "hello")
    assert not isinstance(caught.value, APITimeoutError)
