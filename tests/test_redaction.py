"""Secrets never reach a log line: the redact() patterns, the filter, and real httpx logging."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import httpx
import pytest
from lansenger._logging import REDACTED_LOGGERS, RedactingFilter, install_redaction, logger, redact

TOKEN = "tok+en/with=odd&chars"
ENCODED_TOKEN = "tok%2Ben%2Fwith%3Dodd%26chars"


@pytest.fixture(autouse=True)
def no_redaction_filters() -> Iterator[None]:
    """install_redaction() is process-wide; every test starts and ends without it."""

    def remove() -> None:
        for name in REDACTED_LOGGERS:
            named = logging.getLogger(name)
            for installed in [f for f in named.filters if isinstance(f, RedactingFilter)]:
                named.removeFilter(installed)

    remove()
    yield
    remove()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GET https://gw/open/apigw/v1/messages/create?appid=1-2&app_token=abc%2B%2F%3D&user_token=u1 HTTP/1.1",
            "GET https://gw/open/apigw/v1/messages/create?appid=1-2&app_token=***&user_token=*** HTTP/1.1",
        ),
        (
            "https://gw/v1/apptoken/create?grant_type=client_credential&appid=3064064-123456&secret=s%26cr%23t",
            "https://gw/v1/apptoken/create?grant_type=client_credential&appid=3064064-123456&secret=***",
        ),
        ("/v1/refresh_token/create?refresh_token=rt#frag", "/v1/refresh_token/create?refresh_token=***#frag"),
        ("cb?code=C0DE&state=s", "cb?code=***&state=s"),
        ("url='https://gw/x?app_token=abc'", "url='https://gw/x?app_token=***'"),
        ('url="https://gw/x?app_token=abc"', 'url="https://gw/x?app_token=***"'),
        ("redirect=https%3A%2F%2Fgw%2Fx%3Fapp_token%3Dabc", "redirect=https%3A%2F%2Fgw%2Fx%3Fapp_token%3D***"),
        (
            '{"errCode":0,"data":{"appToken":"a\\"b","expiresIn":7200}}',
            '{"errCode":0,"data":{"appToken":"***","expiresIn":7200}}',
        ),
        ("{'appSecret': 'x', 'aesKey': 'y', 'appId': '1-2'}", "{'appSecret': '***', 'aesKey': '***', 'appId': '1-2'}"),
        ('{\\"refreshToken\\":\\"rt\\",\\"n\\":1}', '{\\"refreshToken\\":\\"***\\",\\"n\\":1}'),
        (
            "encoding_key=a; callbackToken = b, signToken:c userToken=d app_secret=e encodingKey=f",
            "encoding_key=***; callbackToken = ***, signToken:*** userToken=*** app_secret=*** encodingKey=***",
        ),
        ("callback_token=a secret: b", "callback_token=*** secret: ***"),
        ('{"appToken": "cut off', '{"appToken": "***"'),
        ("Authorization: Bearer abc.def\r\nHost: gw", "Authorization: ***\r\nHost: gw"),
        ("{'authorization': 'Bearer abc', 'accept': '*/*'}", "{'authorization': '***', 'accept': '*/*'}"),
        ("[(b'Authorization', b'Basic abc')]", "[(b'Authorization', b'***')]"),
    ],
)
def test_redact_masks_secret_values(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "GET /v1/staffs/fetch?appid=1-2&staff_id=9&page=1",
        '{"errCode": 40036, "errMsg": "invalid code", "code": 9000}',
        "errCode=10005 appid=3064064-123456 expiresIn=7200",
    ],
)
def test_redact_keeps_non_secrets(text: str) -> None:
    assert redact(text) == text


def test_logger_has_only_a_null_handler_and_no_level() -> None:
    assert [type(h) for h in logger.handlers] == [logging.NullHandler]
    assert logger.level == logging.NOTSET


def test_install_redaction_is_idempotent_and_shares_one_filter() -> None:
    install_redaction()
    install_redaction()
    installed = [
        [f for f in logging.getLogger(name).filters if isinstance(f, RedactingFilter)] for name in REDACTED_LOGGERS
    ]
    assert all(len(filters) == 1 for filters in installed)
    assert len({id(filters[0]) for filters in installed}) == 1


def _record(msg: str, args: tuple[object, ...] = ()) -> logging.LogRecord:
    return logging.LogRecord("lansenger", logging.INFO, __file__, 1, msg, args, None)


def test_filter_redacts_formatted_message_and_keeps_others_intact() -> None:
    record = _record("GET %s -> %d", (f"https://gw/x?app_token={ENCODED_TOKEN}", 200))
    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == "GET https://gw/x?app_token=*** -> 200"
    assert record.args == ()

    untouched = _record("GET %s", ("/v1/x",))
    RedactingFilter().filter(untouched)
    assert untouched.args == ("/v1/x",)


def test_filter_redacts_exception_text() -> None:
    record = _record("failed")
    try:
        raise ValueError(f"bad url https://gw/x?app_token={ENCODED_TOKEN}&appid=1")
    except ValueError:
        record.exc_info = sys.exc_info()
    RedactingFilter().filter(record)
    assert record.exc_text is not None
    assert ENCODED_TOKEN not in record.exc_text
    assert "app_token=***&appid=1" in record.exc_text
    assert ENCODED_TOKEN not in logging.Formatter().format(record)


def test_filter_survives_broken_format_arguments_without_leaking_them() -> None:
    record = _record("secret=%s %s", (TOKEN,))
    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == "secret=*** %s"


def _token_handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"errCode": 0, "data": {"appToken": TOKEN, "expiresIn": 7200}})


def _leaks(caplog: pytest.LogCaptureFixture) -> list[str]:
    formatter = logging.Formatter("%(name)s %(message)s")
    lines = [formatter.format(record) for record in caplog.records]
    return [line for line in lines if TOKEN in line or ENCODED_TOKEN in line]


def _call(client: httpx.Client) -> None:
    client.get("https://gw/open/apigw/v1/apptoken/create", params={"app_token": TOKEN, "appid": "1-2"})


def test_capture_sees_the_token_without_redaction(caplog: pytest.LogCaptureFixture) -> None:
    """Control: proves the capture below would catch a leak."""
    caplog.set_level(logging.DEBUG)
    with httpx.Client(transport=httpx.MockTransport(_token_handler)) as client:
        _call(client)
    assert _leaks(caplog)


def test_no_record_of_a_real_sync_call_contains_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    install_redaction()
    with httpx.Client(transport=httpx.MockTransport(_token_handler)) as client:
        _call(client)
        response = client.get("https://gw/x", params={"app_token": TOKEN})
        logger.debug("response %s %s", response.url, response.text)
    assert any(record.name == "httpx" for record in caplog.records)
    assert any(record.name == "lansenger" for record in caplog.records)
    assert _leaks(caplog) == []


@pytest.mark.anyio
async def test_no_record_of_a_real_async_call_contains_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    install_redaction()
    async with httpx.AsyncClient(transport=httpx.MockTransport(_token_handler)) as client:
        response = await client.get("https://gw/x", params={"app_token": TOKEN})
        try:
            response.raise_for_status()
            httpx.Response(404, request=response.request).raise_for_status()
        except httpx.HTTPStatusError:
            logger.exception("call failed")
    assert any(record.name == "httpx" for record in caplog.records)
    assert any(record.exc_info for record in caplog.records)
    assert _leaks(caplog) == []
    assert all(TOKEN not in (record.exc_text or "") for record in caplog.records)
