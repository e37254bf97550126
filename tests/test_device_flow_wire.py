"""The OAuth2 device flow on the wire: what the passport receives, how its answers steer the polling, no sleeps."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx
from lansenger import (
    APIError,
    AsyncLansenger,
    AuthenticationError,
    AuthorizationError,
    ConfigurationError,
    DeviceAuthorization,
    DeviceFlowUnsupportedError,
    InvalidArgumentError,
    InvalidRequestError,
    Lansenger,
    MemoryTokenStore,
    RetryPolicy,
    UnexpectedResponseError,
    __version__,
)

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, failed, ok, token

PASSPORT = "https://passport.example.test"
START = PASSPORT + "/oauth2/device_authorization"
POLL = PASSPORT + "/oauth2/device_token"
EXCHANGE = GATEWAY + "/v2/user_token/create"
STAFF = "3064064-1001"
AUTHORIZATION = {
    "deviceCode": "dc-secret-1",
    "userCode": "BDFG-HJKL",
    "verificationUriComplete": "https://passport.example.test/device?user_code=BDFG-HJKL",
    "interval": 5,
    "expiresIn": 600,
    "expiresAt": 1767225600,
    "openApiDomain": "https://open.example.test",
    "brandNew": "kept",
}
GRANT = {"userToken": "ut-1", "expiresIn": 7200, "refreshToken": "rt-1", "staffId": STAFF, "scope": "basic_userinfor"}


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def passport() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False) as mock:
        mock.get(GATEWAY + "/v1/apptoken/create").respond(json=token())
        yield mock


def _client(**options: Any) -> Lansenger:
    options.setdefault("passport_url", PASSPORT)
    return Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, **options)


def _polls(*answers: tuple[int, dict[str, Any]]) -> list[httpx.Response]:
    return [httpx.Response(status, json=body) for status, body in answers]


PENDING = (200, {"state": "authorization_pending"})
SLOW_DOWN = (400, {"error": "slow_down", "error_description": "poll less often"})
APPROVED = (200, {"state": "access_approved", "oauth2Code": "oc-1"})


def _assert_passport_requests(router: respx.MockRouter, polls: int) -> None:
    start = router.routes["start"].calls.last.request
    assert start.method == "POST"
    assert start.url == START, "the passport takes no app_token or other query"
    assert json.loads(start.content) == {
        "clientId": APP_ID,
        "responseType": "device_code",
        "scope": "basic_userinfor",
        "appId": APP_ID,
        "from": "CLI",
        "version": __version__,
    }
    poll_route = router.routes["poll"]
    assert poll_route.call_count == polls
    for call in poll_route.calls:
        assert call.request.url == POLL
        assert json.loads(call.request.content) == {"deviceCode": "dc-secret-1", "clientId": APP_ID}


def _route_flow(router: respx.MockRouter, *polls: tuple[int, dict[str, Any]]) -> respx.Route:
    router.post(START, name="start").respond(json=AUTHORIZATION)
    router.post(POLL, name="poll").mock(side_effect=_polls(*polls))
    return router.get(EXCHANGE, params={"code": "oc-1"}).respond(json=ok(GRANT))


def test_device_flow_polls_at_the_interval_honours_slow_down_and_stores_the_user(passport: respx.MockRouter) -> None:
    exchange = _route_flow(passport, PENDING, SLOW_DOWN, PENDING, APPROVED)
    time = FakeTime()
    shown: list[tuple[DeviceAuthorization, int]] = []
    store = MemoryTokenStore()
    with _client(token_store=store) as client:
        grant = client.oauth.device_flow(
            lambda authorization: shown.append((authorization, len(time.sleeps))), sleep=time.sleep, clock=time.clock
        )
        assert grant.staff_id == STAFF
        assert client.oauth.user_token(STAFF) == "ut-1"
    assert time.sleeps == [5, 5, 10, 10], "slow_down adds 5 s for good"
    (authorization, sleeps_before), *rest = shown
    assert not rest and sleeps_before == 0, "the code is shown once, before the first wait"
    assert authorization.user_code == "BDFG-HJKL"
    assert authorization.verification_url == AUTHORIZATION["verificationUriComplete"]
    assert authorization.additional_properties == {"brandNew": "kept"}
    assert "dc-secret-1" not in repr(authorization)
    _assert_passport_requests(passport, polls=4)
    assert dict(exchange.calls.last.request.url.params) == {
        "app_token": "tok-0123456789abcdef",
        "grant_type": "authorization_code",
        "code": "oc-1",
    }
    stored = client.token_store.load_user_token(STAFF)  # the view of the store for the client's app
    assert stored is not None and stored.user_token == "ut-1" and stored.refresh_token == "rt-1"


@pytest.mark.anyio
async def test_async_device_flow(passport: respx.MockRouter) -> None:
    _route_flow(passport, SLOW_DOWN, APPROVED)
    time = FakeTime()
    shown: list[str] = []

    async def show(authorization: DeviceAuthorization) -> None:
        shown.append(authorization.user_code)

    async with AsyncLansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, passport_url=PASSPORT) as client:
        grant = await client.oauth.device_flow(show, sleep=time.asleep, clock=time.clock)
        assert grant.user_token == "ut-1"
        assert await client.oauth.user_token(STAFF) == "ut-1"
    assert shown == ["BDFG-HJKL"]
    assert time.sleeps == [5, 10]
    _assert_passport_requests(passport, polls=2)


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        ((200, {"state": "access_denied"}), "access_denied"),
        ((200, {"state": "expired_token"}), "expired_token"),
        ((400, {"error": "access_denied"}), "access_denied"),
        ((400, {"error": "expired_token"}), "expired_token"),
    ],
)
def test_denied_or_expired_ends_the_flow(
    passport: respx.MockRouter, answer: tuple[int, dict[str, Any]], error: str
) -> None:
    exchange = _route_flow(passport, PENDING, answer, APPROVED)
    time = FakeTime()
    with _client() as client, pytest.raises(AuthorizationError) as raised:
        client.oauth.device_flow(sleep=time.sleep, clock=time.clock)
    assert raised.value.error == error
    assert passport.routes["poll"].call_count == 2, "no poll after the final answer"
    assert not exchange.called


def test_polling_stops_at_the_expiry(passport: respx.MockRouter) -> None:
    passport.post(START, name="start").respond(json={**AUTHORIZATION, "expiresIn": 12})
    passport.post(POLL, name="poll").respond(json={"state": "authorization_pending"})
    time = FakeTime()
    with _client() as client, pytest.raises(AuthorizationError) as raised:
        client.oauth.device_flow(sleep=time.sleep, clock=time.clock)
    assert raised.value.error == "expired_token"
    assert time.sleeps == [5, 5, 2], "the last wait is cut to the deadline"
    assert passport.routes["poll"].call_count == 3


def test_defaults_when_the_passport_leaves_out_interval_and_expiry(passport: respx.MockRouter) -> None:
    answer = {"deviceCode": "dc-secret-1", "userCode": "BDFG-HJKL", "interval": "7", "expiresIn": 0}
    passport.post(START).respond(json=answer)
    with _client() as client:
        authorization = client.oauth.device_authorization()
    assert (authorization.interval, authorization.expires_in) == (7, 600)
    assert authorization.verification_url is None


def test_complete_device_flow_after_a_separate_start(passport: respx.MockRouter) -> None:
    _route_flow(passport, APPROVED)
    time = FakeTime()
    with _client() as client:
        authorization = client.oauth.device_authorization(scope=["basic_userinfor", "extra"], client_kind="MCP")
        grant = client.oauth.complete_device_flow(authorization, sleep=time.sleep, clock=time.clock)
    assert grant.staff_id == STAFF
    body = json.loads(passport.routes["start"].calls.last.request.content)
    assert (body["scope"], body["from"]) == ("basic_userinfor,extra", "MCP")


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(404, json=failed(404, "not found")),
        httpx.Response(302, headers={"Location": "https://passport.example.test/login"}),
        httpx.Response(200, json=failed(40001, "no such path")),
        httpx.Response(200, text="<html>login</html>", headers={"Content-Type": "text/html"}),
    ],
    ids=["404", "redirect", "gateway-envelope", "not-json"],
)
def test_a_legacy_passport_is_unsupported(passport: respx.MockRouter, answer: httpx.Response) -> None:
    passport.post(START).mock(return_value=answer)
    with _client() as client, pytest.raises(DeviceFlowUnsupportedError) as raised:
        client.oauth.device_authorization()
    assert "browser" in str(raised.value)
    assert raised.value.operation == "request_device_authorization"


@pytest.mark.parametrize(
    ("answer", "error_class", "code"),
    [
        (httpx.Response(200, json={"error": {"code": 9003, "message": "device flow not enabled"}}), APIError, 9003),
        (httpx.Response(401, json={"error": "invalid_client"}), AuthenticationError, None),
        (httpx.Response(503, text="down"), APIError, None),
    ],
    ids=["platform-error", "rfc-error", "5xx"],
)
def test_passport_errors_are_typed(
    passport: respx.MockRouter, answer: httpx.Response, error_class: type[APIError], code: int | None
) -> None:
    passport.post(START).mock(return_value=answer)
    with _client(max_retries=0) as client, pytest.raises(error_class) as raised:
        client.oauth.device_authorization()
    assert raised.value.err_code == code
    assert not isinstance(raised.value, DeviceFlowUnsupportedError)


@pytest.mark.parametrize(
    "answer",
    [{"state": "mystery"}, {"state": "access_approved"}, {"other": 1}],
    ids=["unknown-state", "approved-without-code", "no-state"],
)
def test_poll_answers_that_make_no_sense(passport: respx.MockRouter, answer: dict[str, Any]) -> None:
    passport.post(POLL).respond(json=answer)
    with _client() as client, pytest.raises(UnexpectedResponseError):
        client.oauth.device_token("dc-secret-1")


def test_a_poll_for_an_unknown_code_is_a_typed_error(passport: respx.MockRouter) -> None:
    passport.post(POLL).respond(400, json={"error": {"code": 10001, "message": "invalid device code"}})
    with _client() as client, pytest.raises(InvalidRequestError) as raised:
        client.oauth.device_token("dc-used")
    assert (raised.value.err_code, raised.value.http_status) == (10001, 400)


def test_start_without_codes_is_unexpected(passport: respx.MockRouter) -> None:
    passport.post(START).respond(json={"interval": 5})
    with _client() as client, pytest.raises(UnexpectedResponseError):
        client.oauth.device_authorization()


def test_a_poll_is_retried_but_the_start_is_not(passport: respx.MockRouter) -> None:
    start = passport.post(START).respond(503)
    poll = passport.post(POLL).mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={"state": "authorization_pending"})]
    )
    with _client(retry_policy=RetryPolicy(max_retries=2, backoff_base=0)) as client:
        assert client.oauth.device_token("dc-secret-1").state == "authorization_pending"
        with pytest.raises(APIError):
            client.oauth.device_authorization()
    assert (poll.call_count, start.call_count) == (2, 1)


def test_configuration_is_checked_before_any_request(passport: respx.MockRouter) -> None:
    with _client(passport_url=None) as client, pytest.raises(ConfigurationError, match="passport_url"):
        client.oauth.device_flow()
    with (
        Lansenger(app_token="t", gateway_url=GATEWAY, passport_url=PASSPORT) as client,
        pytest.raises(ConfigurationError, match="app_id"),
    ):
        client.oauth.device_authorization()
    with _client() as client:
        with pytest.raises(InvalidArgumentError):
            client.oauth.device_authorization(scope=[])
        with pytest.raises(InvalidArgumentError):
            client.oauth.device_token("")
    assert not passport.calls
