"""One attempt loop: the app token, its replay, retries and hooks decided once, for every kind of client."""

from __future__ import annotations

import io

import httpx
import pytest
from lansenger import AsyncLansenger, Lansenger
from lansenger._retry import RetryPolicy
from lansenger_api.errors import TOKEN_INVALID_CODES, InvalidArgumentError, InvalidRequestError
from lansenger_api.wire import is_json_response

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, failed, ok, token

REFUSED = min(TOKEN_INVALID_CODES)


class Platform:
    """Grants tok-1, tok-2, ...; refuses the first token with the spec's token-invalid errCode, or a 503 first."""

    def __init__(self, *, busy_first: bool = False) -> None:
        self.grants = 0
        self.sent: list[tuple[str, str | None]] = []
        self.busy_first = busy_first

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/apptoken/create"):
            self.grants += 1
            return httpx.Response(200, json=token(f"tok-{self.grants}"))
        used = request.url.params.get("app_token")
        self.sent.append((request.url.path, used))
        if self.busy_first and len(self.sent) == 1:
            return httpx.Response(503, headers={"retry-after": "0"})
        if used == "tok-1":
            return httpx.Response(200, json=failed(REFUSED, "app token invalid"))
        return httpx.Response(200, json=ok({"staffId": "524288-1001", "name": "A"}))


def test_a_client_over_its_own_http_client_gets_the_token_and_replays_a_refused_one_in_the_transport() -> None:
    platform = Platform()
    own = httpx.Client(transport=httpx.MockTransport(platform))
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, http_client=own) as client:
        staff = client.staffs.fetch_staff("524288-1001")
    assert staff.name == "A"
    assert [used for _, used in platform.sent] == ["tok-1", "tok-2"]
    assert platform.grants == 2
    assert own.auth is None  # the token is the transport's: no httpx auth was put on the caller's client


def test_a_refused_token_is_replaced_once_and_a_retry_still_has_its_budget() -> None:
    platform = Platform(busy_first=True)
    sleeps: list[float] = []
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, transport=httpx.MockTransport(platform)) as client:
        client._http._transport._sleep = sleeps.append  # type: ignore[attr-defined]
        client.staffs.fetch_staff("524288-1001")
    assert [used for _, used in platform.sent] == ["tok-1", "tok-1", "tok-2"]  # 503, refused, answered
    assert sleeps == [0.0]  # the Retry-After of the 503; the token replay does not wait


def test_hooks_see_every_attempt_including_the_token_replay_and_never_a_token() -> None:
    seen: list[str] = []
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, transport=httpx.MockTransport(Platform())) as client:
        client.add_hook("request", lambda request: seen.append(str(request.url)))
        client.staffs.fetch_staff("524288-1001")
    staff_urls = [url for url in seen if "apptoken" not in url]
    assert len(staff_urls) == 2
    assert not any("tok-" in url for url in seen)


@pytest.mark.anyio
async def test_async_message_send_refused_for_its_token_is_sent_once_more_with_a_new_one() -> None:
    platform = Platform()
    async with AsyncLansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, transport=httpx.MockTransport(platform)) as c:
        await c.messages.send_text("524288-1001", "hello")
    assert [used for _, used in platform.sent] == ["tok-1", "tok-2"]


@pytest.mark.parametrize(
    ("content_type", "json"),
    [
        ("application/json", True),
        ("Application/JSON; charset=utf-8", True),
        (" application/json ;charset=UTF-8", True),
        ("application/jsonp", False),
        ("application/json-seq", False),
        ("text/event-stream", False),
        ("", False),
    ],
)
def test_one_media_type_test_for_the_transport_and_the_answers(content_type: str, json: bool) -> None:
    response = httpx.Response(200, headers={"content-type": content_type} if content_type else {})
    assert is_json_response(response) is json


def test_a_json_error_answer_in_another_case_is_read_as_the_platform_s_error() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/apptoken/create"):
            return httpx.Response(200, json=token())
        return httpx.Response(200, headers={"content-type": "Application/JSON"}, content=b'{"errCode": 40001}')

    with (
        Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, transport=httpx.MockTransport(answer)) as client,
        pytest.raises(InvalidRequestError),
    ):
        client.media.download("media-1", io.BytesIO())  # not saved as the file's bytes


@pytest.mark.parametrize("bad", [-1, True, 1.5, "2"])
def test_one_retry_limit_check_and_one_error_type(bad: object) -> None:
    with pytest.raises(InvalidArgumentError, match="max_retries must be a whole number >= 0"):
        RetryPolicy(max_retries=bad)  # type: ignore[arg-type]
    with (
        Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, transport=httpx.MockTransport(Platform())) as client,
        pytest.raises(InvalidArgumentError, match="max_retries must be a whole number >= 0"),
    ):
        client.with_options(max_retries=bad)  # type: ignore[arg-type]
    assert issubclass(InvalidArgumentError, ValueError)  # what RetryPolicy raised before
