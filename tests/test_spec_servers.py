"""Operations off the gateway, generated from the spec: another server given at call time, answers without the
envelope (x-lansenger-envelope: false) and a raw-bytes PUT to a presigned URL, on the wire."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import respx
from lansenger import (
    APIError,
    AsyncLansenger,
    InvalidArgumentError,
    InvalidRequestError,
    Lansenger,
    LansengerError,
    PermissionDeniedError,
    UnexpectedResponseError,
)
from lansenger_api.servers import NotOfferedError

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, ok, token
from tests._exposure import Secrets, exposures

PASSPORT = "https://passport.example.test/base"
START = PASSPORT + "/oauth2/device_authorization"
POLL = PASSPORT + "/oauth2/device_token"
PRESIGNED = (
    "https://bucket.example.test/att/report.pdf?AccessKeyId=AKIDEXAMPLE&Expires=1767225600&Signature=s1gn%2Fed%3D"
)
SIGNATURE = "s1gn%2Fed%3D"
MD5 = "5d41402abc4b2a76b9719d911017c592"
DEVICE_CODE = "dc-secret-4f9a2b"


@pytest.fixture
def wire() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as mock:
        mock.get(GATEWAY + "/v1/apptoken/create").respond(json=token())
        yield mock


@pytest.fixture
def client() -> Iterator[Lansenger]:
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, max_retries=0) as sdk:
        yield sdk


def _start(client: Lansenger, passport_url: str = PASSPORT) -> Any:
    return client.oauth.request_device_authorization(
        passport_url=passport_url, client_id=APP_ID, scope="basic_userinfor", app_id=APP_ID, from_="CLI", version="1"
    )


def test_the_operation_goes_to_the_server_given_at_call_time(wire: respx.MockRouter, client: Lansenger) -> None:
    route = wire.post(START).respond(json={"deviceCode": "dc-secret", "userCode": "BDFG-HJKL", "extra": 1})
    codes = _start(client, PASSPORT + "/")
    request = route.calls.last.request
    assert str(request.url) == START, "no app_token and no doubled slash"
    assert json.loads(request.content) == {
        "clientId": APP_ID,
        "responseType": "device_code",
        "scope": "basic_userinfor",
        "appId": APP_ID,
        "from": "CLI",
        "version": "1",
    }
    assert (codes.user_code, codes.device_code, codes.additional_properties) == ("BDFG-HJKL", "dc-secret", {"extra": 1})
    assert "dc-secret" not in repr(codes)
    assert not any(call.request.url.host == "gw.example.test" for call in wire.calls), "no app token was fetched"


@pytest.mark.parametrize(
    ("passport_url", "message"),
    [
        ("", "passport_url must be the server's base URL"),
        ("passport.example.test", "absolute https URL"),
        ("ftp://passport.example.test", "absolute https URL"),
        ("https://passport.example.test?x=1", "without a query"),
    ],
)
def test_a_bad_server_is_refused_before_any_request(
    wire: respx.MockRouter, client: Lansenger, passport_url: str, message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        _start(client, passport_url)
    assert not wire.calls


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (httpx.Response(404), NotOfferedError),
        (httpx.Response(302, headers={"Location": "https://passport.example.test/login"}), NotOfferedError),
        (httpx.Response(200, json=ok({"deviceCode": "d", "userCode": "u"})), NotOfferedError),
        (httpx.Response(200, text="<html/>"), NotOfferedError),
        (httpx.Response(200, json={"deviceCode": "", "userCode": "u"}), UnexpectedResponseError),
        (httpx.Response(200, json=[1]), NotOfferedError),
        (httpx.Response(400, json={"error": "invalid_request", "error_description": "bad"}), InvalidRequestError),
        (httpx.Response(200, json={"error": {"code": 9003, "message": "off"}}), APIError),
    ],
    ids=["404", "redirect", "envelope", "page", "empty-code", "not-an-object", "rfc-error", "platform-error"],
)
def test_bare_answers_and_their_errors(
    wire: respx.MockRouter, client: Lansenger, answer: httpx.Response, error: type[APIError]
) -> None:
    wire.post(START).mock(return_value=answer)
    with pytest.raises(error) as raised:
        _start(client)
    assert raised.value.operation == "request_device_authorization"


def test_error_strings_the_spec_lists_are_answers(wire: respx.MockRouter, client: Lansenger) -> None:
    wire.post(POLL).mock(
        side_effect=[
            httpx.Response(400, json={"error": "slow_down", "error_description": "poll less often"}),
            httpx.Response(400, json={"error": "invalid_grant"}),
        ]
    )
    answer = client.oauth.poll_device_token(passport_url=PASSPORT, device_code="dc", client_id=APP_ID)
    assert (answer.error, answer.error_description) == ("slow_down", "poll less often")
    with pytest.raises(InvalidRequestError, match="invalid_grant"):
        client.oauth.poll_device_token(passport_url=PASSPORT, device_code="dc", client_id=APP_ID)


S3_REFUSAL = (
    "<Error><Code>SignatureDoesNotMatch</Code><Message>no</Message>"
    f"<SignatureProvided>{SIGNATURE}</SignatureProvided><Echo>s1gn/ed=</Echo></Error>"
)


def test_a_presigned_put_sends_the_bytes_and_no_credential(wire: respx.MockRouter, client: Lansenger) -> None:
    route = wire.put(PRESIGNED).respond(200, headers={"ETag": f'"{MD5}"', "x-oss-request-id": "OSS-1"})
    answer = client.media.put_presigned_object(url=PRESIGNED, body=b"hello", content_md5=MD5, content_length=5)
    assert answer is None
    request = route.calls.last.request
    assert str(request.url) == PRESIGNED and "app_token" not in request.url.params
    assert (request.headers["content-md5"], request.headers["content-type"]) == (MD5, "application/octet-stream")
    assert request.content == b"hello" and "authorization" not in request.headers
    assert [call.request.url.host for call in wire.calls] == ["bucket.example.test"], "no app token was fetched"


def test_a_presigned_refusal_names_only_the_host(wire: respx.MockRouter, client: Lansenger) -> None:
    wire.put(PRESIGNED).respond(403, text=S3_REFUSAL, headers={"x-amz-request-id": "REQ-9"})
    with pytest.raises(PermissionDeniedError) as raised:
        client.media.put_presigned_object(url=PRESIGNED, body=b"hello", content_md5=MD5)
    error = raised.value
    assert (error.operation, error.request_id, error.http_status) == ("put_presigned_object", "REQ-9", 403)
    assert "bucket.example.test refused: SignatureDoesNotMatch: no" in str(error)
    for secret in (SIGNATURE, "s1gn/ed=", "AKIDEXAMPLE", "/att/report.pdf"):
        assert secret not in str(error)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "url must be the presigned URL"),
        ("http://bucket.example.test/a?Signature=x", "https"),
        ("https://user:pw@bucket.example.test/a", "https"),
        (PRESIGNED + "&app_token=tok", "carries an SDK credential"),
    ],
)
def test_a_presigned_url_is_checked_before_any_request(
    wire: respx.MockRouter, client: Lansenger, url: str, message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message) as raised:
        client.media.put_presigned_object(url=url, body=b"x", content_md5=MD5)
    assert not wire.calls and "Signature=x" not in str(raised.value) and "pw" not in str(raised.value)


def test_plain_http_only_to_a_loopback_store(wire: respx.MockRouter, client: Lansenger) -> None:
    route = wire.put(url__startswith="http://127.0.0.1:9/").respond(200)
    client.media.put_presigned_object(url="http://127.0.0.1:9/b/o?Signature=x", body=b"x", content_md5=MD5)
    assert route.called


@pytest.mark.anyio
async def test_async_operations_off_the_gateway(wire: respx.MockRouter) -> None:
    wire.post(POLL).respond(json={"state": "access_approved", "oauth2Code": "oc-1"})
    route = wire.put(PRESIGNED).respond(200)

    async def chunks() -> AsyncIterator[bytes]:
        yield b"hel"
        yield b"lo"

    async with AsyncLansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY) as client:
        answer = await client.oauth.poll_device_token(passport_url=PASSPORT, device_code="dc", client_id=APP_ID)
        await client.media.put_presigned_object(url=PRESIGNED, body=chunks(), content_md5=MD5, content_length=5)
    assert (answer.state, answer.oauth_2_code) == ("access_approved", "oc-1")
    assert route.calls.last.request.headers["content-length"] == "5"
    assert "oc-1" not in repr(answer)


def test_failures_off_the_gateway_expose_no_secret(wire: respx.MockRouter, client: Lansenger) -> None:
    """The device code, the presigned URL's signature and query: not in a message, a chain or a frame's locals."""
    secrets = Secrets(DEVICE_CODE, SIGNATURE, "s1gn/ed=", "AKIDEXAMPLE")
    wire.post(POLL).respond(400, json={"error": {"code": 10001, "message": "invalid device code"}})
    wire.put(PRESIGNED).mock(
        side_effect=[httpx.Response(403, text=S3_REFUSAL), httpx.ConnectError(f"cannot reach {PRESIGNED}")]
    )
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, passport_url=PASSPORT, max_retries=0) as sdk:
        failures: list[Any] = [
            lambda: sdk.oauth.device_token(DEVICE_CODE),
            lambda: sdk.jiaban.upload_overtime_attachment(PRESIGNED, b"hello", md5=MD5),
            lambda: sdk.jiaban.upload_overtime_attachment(PRESIGNED, b"hello", md5=MD5),
        ]
        for fail in failures:
            with pytest.raises(LansengerError) as raised:
                fail()
            assert exposures(raised.value, secrets) == []
