"""No secret reaches a log record, a repr or an exception message during a whole client session."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest
import respx
from lansenger import APIError, AsyncLansenger, Lansenger, LansengerError, RetryPolicy

from tests._envelopes import APP_ID, GATEWAY, failed, ok, token

SECRET = "s3cr3t-app-secret-value"
TOKENS = ("tok-AAAA1111-first", "tok-BBBB2222-second")
USER_TOKEN = "ut-CCCC3333-user"
SECRETS = (SECRET, *TOKENS, USER_TOKEN)


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def captured() -> Iterator[list[str]]:
    handler = Collect()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler.lines
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=GATEWAY, assert_all_called=False) as mock:
        mock.get("/v1/apptoken/create").mock(side_effect=[httpx.Response(200, json=token(t)) for t in TOKENS])
        mock.post("/v1/bot/messages/create").mock(
            side_effect=[
                httpx.Response(200, json=failed(10004, "token expired")),
                httpx.Response(200, json=ok({"msgId": "m"})),
                httpx.Response(200, json=failed(40001, "bad")),
            ]
        )
        mock.post("/v1/messages/group/create").mock(side_effect=httpx.ConnectError("refused"))
        mock.get("/v1/medias/md/fetch").mock(side_effect=[httpx.Response(503), httpx.Response(200, content=b"x")])
        yield mock


def assert_clean(texts: list[str]) -> None:
    joined = "\n".join(texts)
    assert joined, "nothing was captured: the test would pass vacuously"
    for secret in SECRETS:
        assert secret not in joined


def test_sync_session_leaks_nothing(router: respx.MockRouter, captured: list[str]) -> None:
    seen: list[str] = []
    policy = RetryPolicy(max_retries=1, backoff_base=0.0)
    with Lansenger(APP_ID, SECRET, gateway_url=GATEWAY, retry_policy=policy) as client:
        seen.append(repr(client))
        client.messages.send_text("staff-1", "hello", user_token=USER_TOKEN)
        for call in (
            lambda: client.messages.send_text("staff-1", "hello", user_token=USER_TOKEN),
            lambda: client.messages.send_text("group-1", "hi", chat_type="group", user_token=USER_TOKEN),
        ):
            with pytest.raises(LansengerError) as caught:
                call()
            seen += [str(caught.value), repr(caught.value), repr(caught.value.__cause__)]
        assert client.media.fetch_media("md", user_token=USER_TOKEN) == b"x"
    assert any("HTTP Request" in line for line in captured), "httpx's own request log must have been captured"
    assert_clean(captured + seen)


@pytest.mark.anyio
async def test_async_session_leaks_nothing(router: respx.MockRouter, captured: list[str]) -> None:
    seen: list[str] = []
    async with AsyncLansenger(APP_ID, SECRET, gateway_url=GATEWAY, max_retries=0) as client:
        await client.messages.send_text("staff-1", "hello", user_token=USER_TOKEN)
        with pytest.raises(APIError) as caught:
            await client.messages.send_text("staff-1", "hello", user_token=USER_TOKEN)
        seen += [str(caught.value), repr(client)]
    assert_clean(captured + seen)
