"""OAuth2: the authorize URL, the redirect check, code exchange, refresh rotation and per-user single-flight."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import anyio
import httpx
import pytest
import respx
from lansenger import (
    AsyncLansenger,
    AuthenticationError,
    AuthorizationError,
    ConfigurationError,
    InternalServerError,
    InvalidArgumentError,
    InvalidRequestError,
    Lansenger,
)
from lansenger._oauth import OAuth
from lansenger.testing import Sandbox
from lansenger_api.types import UNSET

from tests._envelopes import GATEWAY, TOKEN, failed, ok
from tests._wire import Case, run_error, wire_tests

PASSPORT = "https://passport.example.test"
REDIRECT = "https://bot.example.test/oauth/callback?tenant=a"
GRANT = {
    "userToken": "ut-1",
    "expiresIn": 7200,
    "refreshToken": "rt-1",
    "refreshExpiresIn": 2592000,
    "staffId": "524288-1001",
    "scope": "basic_userinfor",
    "state": "s",
}


def _grant_parsed(result: Any) -> None:
    assert result.user_token == "ut-1"
    assert result.refresh_token == "rt-1"
    assert result.staff_id == "524288-1001"
    assert result.refresh_expires_in == 2592000


def _user_parsed(result: Any) -> None:
    assert result.staff_id == "524288-1001"
    assert result.mobile_phone.number == "13800000001"
    assert [d.name for d in result.department] == ["Engineering"]


CASES = [
    Case(
        "create_user_token",
        lambda c: c.oauth.create_user_token(code="c-1", redirect_uri=REDIRECT),
        "GET",
        "/v2/user_token/create",
        data=GRANT,
        query={"grant_type": "authorization_code", "code": "c-1", "redirect_uri": REDIRECT},
        check=_grant_parsed,
    ),
    Case(
        "create_user_token_v1",
        lambda c: c.oauth.create_user_token_v1(code="c-1"),
        "GET",
        "/v1/usertoken/create",
        data={"userToken": "ut-1", "expiresIn": 7200, "staffId": "524288-1001", "scope": "basic_userinfor"},
        query={"grant_type": "authorization_code", "code": "c-1"},
        check=lambda r: (
            (r.user_token, r.staff_id, r.refresh_token) == ("ut-1", "524288-1001", UNSET) or pytest.fail(repr(r))
        ),
    ),
    Case(
        "refresh_user_token",
        lambda c: c.oauth.refresh_user_token(refresh_token="rt-0", scope="basic_userinfor"),
        "GET",
        "/v1/refresh_token/create",
        data=GRANT,
        query={"grant_type": "refresh_token", "refresh_token": "rt-0", "scope": "basic_userinfor"},
        check=_grant_parsed,
    ),
    Case(
        "fetch_current_user",
        lambda c: c.users.fetch_current_user(user_token="ut-1"),
        "GET",
        "/v1/users/fetch",
        data={
            "staffId": "524288-1001",
            "name": "Ada",
            "orgId": "524288",
            "orgname": "Org",
            "mobilePhone": {"countryCode": "86", "number": "13800000001"},
            "department": [{"id": "524288-1", "name": "Engineering"}],
        },
        query={"user_token": "ut-1"},
        check=_user_parsed,
    ),
]


test_wire, test_wire_async = wire_tests(CASES)


def test_used_refresh_token_is_an_authentication_error(router: respx.MockRouter) -> None:
    run_error(router, CASES[1], 40036, AuthenticationError)


def test_invalid_code_is_an_invalid_request(router: respx.MockRouter) -> None:
    run_error(router, CASES[0], 10001, InvalidRequestError)


def test_refresh_is_never_retried(router: respx.MockRouter) -> None:
    """A single-use refresh token may have been spent by a request whose answer was lost."""
    route = router.get("/v1/refresh_token/create").respond(503)
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client, pytest.raises(InternalServerError):
        client.oauth.refresh_user_token(refresh_token="rt-0")
    assert route.call_count == 1


@pytest.fixture
def client() -> Iterator[Lansenger]:
    with Lansenger(app_id="3064064-1", app_secret="s", gateway_url=GATEWAY, passport_url=PASSPORT + "/") as c:
        yield c


def test_authorize_url_order_and_encoding(client: Lansenger) -> None:
    request = client.oauth.authorization_url(REDIRECT, scope=["basic_userinfor", "extra"])
    split = urlsplit(request.url)
    assert f"{split.scheme}://{split.netloc}{split.path}" == PASSPORT + "/oauth2/authorize"
    assert split.query.startswith("appid=3064064-1&response_type=code&scope=basic_userinfor%2Cextra&state=")
    assert "redirect_uri=https%3A%2F%2Fbot.example.test%2Foauth%2Fcallback%3Ftenant%3Da" in split.query
    assert dict(parse_qsl(split.query))["state"] == request.state


def test_authorize_state_is_random(client: Lansenger) -> None:
    states = {client.oauth.authorization_url(REDIRECT).state for _ in range(20)}
    assert len(states) == 20
    assert all(len(state) >= 32 for state in states)


def test_authorize_needs_passport_and_redirect() -> None:
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client, pytest.raises(ConfigurationError, match="passport"):
        client.oauth.authorization_url(REDIRECT)
    with Lansenger(app_id="a", app_secret="s", gateway_url=GATEWAY, passport_url=PASSPORT) as client:
        with pytest.raises(InvalidArgumentError, match="redirect_uri"):
            client.oauth.authorization_url()
        with pytest.raises(InvalidArgumentError, match="scope"):
            client.oauth.authorization_url(REDIRECT, scope=[])


def test_default_redirect_from_settings() -> None:
    with Lansenger(
        app_id="a", app_secret="s", gateway_url=GATEWAY, passport_url=PASSPORT, redirect_uri="https://x.test/cb"
    ) as client:
        assert "redirect_uri=https%3A%2F%2Fx.test%2Fcb" in client.oauth.authorization_url().url


@pytest.mark.parametrize(
    ("redirect", "message"),
    [
        ("https://bot/cb?code=c&state=other", "state does not match"),
        ("https://bot/cb?code=c", "state does not match"),
        ("https://bot/cb?state=good", "no authorization code"),
        ("https://bot/cb?error=access_denied&error_description=no&state=good", "access_denied"),
    ],
)
def test_bad_redirects(client: Lansenger, redirect: str, message: str) -> None:
    with pytest.raises(AuthorizationError, match=message):
        client.oauth.parse_redirect(redirect, "good")


def test_redirect_error_details(client: Lansenger) -> None:
    with pytest.raises(AuthorizationError) as raised:
        client.oauth.parse_redirect("error=access_denied&error_description=user+said+no", "good")
    assert (raised.value.error, raised.value.description) == ("access_denied", "user said no")


def test_redirect_accepts_url_or_query(client: Lansenger) -> None:
    assert client.oauth.parse_redirect("https://bot/cb?code=c%2B1&state=good", "good") == "c+1"
    assert client.oauth.parse_redirect("?code=c1&state=good", "good") == "c1"


def test_unknown_user_has_no_token(client: Lansenger) -> None:
    with pytest.raises(AuthorizationError, match="exchange an authorization code first"):
        client.oauth.user_token("nobody")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_user_token_refreshes_before_expiry_and_rotates(router: respx.MockRouter) -> None:
    route = router.get("/v1/refresh_token/create")
    route.side_effect = [
        httpx.Response(200, json=ok(GRANT | {"userToken": "ut-2", "refreshToken": "rt-2"})),
        httpx.Response(200, json=ok(GRANT | {"userToken": "ut-3", "refreshToken": "rt-3"})),
    ]
    clock = FakeClock()
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        oauth = OAuth(client.http_client, client.settings, clock)
        router.get("/v2/user_token/create").respond(json=ok(GRANT))
        oauth.exchange("c-1")
        assert oauth.user_token("524288-1001") == "ut-1"
        clock.now += 7200 - 301
        assert oauth.user_token("524288-1001") == "ut-1"
        clock.now += 2
        assert oauth.user_token("524288-1001") == "ut-2"
        clock.now += 7200
        assert oauth.user_token("524288-1001") == "ut-3"
    sent = [dict(call.request.url.params)["refresh_token"] for call in route.calls]
    assert sent == ["rt-1", "rt-2"]


def test_expired_refresh_token_means_authorize_again(router: respx.MockRouter) -> None:
    clock = FakeClock()
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        oauth = OAuth(client.http_client, client.settings, clock)
        router.get("/v2/user_token/create").respond(json=ok(GRANT))
        oauth.exchange("c-1")
        clock.now += 2592000
        with pytest.raises(AuthorizationError, match="authorize again"):
            oauth.user_token("524288-1001")
        assert oauth.staff_ids == []


def test_refused_refresh_forgets_the_user(router: respx.MockRouter) -> None:
    router.get("/v2/user_token/create").respond(json=ok(GRANT))
    router.get("/v1/refresh_token/create").respond(json=failed(40036, "invalid CODE"))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.oauth.exchange("c-1")
        with pytest.raises(AuthenticationError):
            client.oauth.refresh("524288-1001")
        assert client.oauth.staff_ids == []


def _login(sandbox: Sandbox, client: Lansenger) -> str:
    """Drive the browser half over real HTTP: authorize → 302 → our redirect URI with code and state."""
    request = client.oauth.authorization_url("http://127.0.0.1:9/callback")
    answer = httpx.get(request.url, follow_redirects=False)
    assert answer.status_code == 302
    code = client.oauth.parse_redirect(answer.headers["location"], request.state)
    grant = client.oauth.exchange(code, redirect_uri="http://127.0.0.1:9/callback")
    assert grant.staff_id == sandbox.oauth.approver
    return sandbox.oauth.approver


def test_round_trip_against_the_sandbox() -> None:
    with (
        Sandbox() as sandbox,
        Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, passport_url=sandbox.url) as client,
    ):
        staff_id = _login(sandbox, client)
        first = client.oauth.user_token(staff_id)
        assert client.users.fetch_current_user(user_token=first).staff_id == staff_id
        spent = client.oauth._book.record(staff_id).refresh_token
        second = client.oauth.refresh(staff_id)
        assert second != first
        assert client.users.fetch_current_user(user_token=second).name == "Ada Lovelace"
        with pytest.raises(AuthenticationError) as raised:
            client.oauth.refresh_user_token(refresh_token=spent or "")
        assert raised.value.err_code == 40036
        with pytest.raises(InvalidRequestError):
            client.oauth.exchange("never-issued")


def test_the_v1_code_exchange_against_the_sandbox() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        code = sandbox.oauth.issue_code("524288-1001", "", "basic_userinfor", "")
        grant = client.oauth.create_user_token_v1(code=code)
        assert client.users.fetch_current_user(user_token=grant.user_token).staff_id == "524288-1001"
        with pytest.raises(InvalidRequestError):
            client.oauth.create_user_token_v1(code=code)  # single use


def test_twenty_threads_refresh_one_user_once() -> None:
    """Twenty callers find the user's token expiring at once: one refresh, and all twenty get its token."""
    clock = FakeClock()
    with (
        Sandbox() as sandbox,
        Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, passport_url=sandbox.url) as client,
    ):
        oauth = OAuth(client.http_client, client.settings, clock)
        request = oauth.authorization_url("http://127.0.0.1:9/cb")
        code = oauth.parse_redirect(httpx.get(request.url).headers["location"], request.state)
        staff_id = oauth.exchange(code).staff_id
        assert isinstance(staff_id, str)
        first = oauth.user_token(staff_id)
        clock.now += 7200
        start = threading.Barrier(20)
        tokens: list[str] = []

        def caller() -> None:
            start.wait()
            tokens.append(oauth.user_token(staff_id))

        threads = [threading.Thread(target=caller) for _ in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sandbox.oauth.refreshes == 1
        assert len(tokens) == 20 and set(tokens) != {first} and len(set(tokens)) == 1
        assert client.users.fetch_current_user(user_token=tokens[0]).staff_id == staff_id


@pytest.mark.anyio
async def test_twenty_tasks_refresh_one_user_once() -> None:
    with Sandbox() as sandbox:
        async with AsyncLansenger(
            sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, passport_url=sandbox.url
        ) as client:
            request = client.oauth.authorization_url("http://127.0.0.1:9/cb")
            async with httpx.AsyncClient() as browser:
                answer = await browser.get(request.url)
            code = client.oauth.parse_redirect(answer.headers["location"], request.state)
            staff_id = (await client.oauth.exchange(code)).staff_id
            assert isinstance(staff_id, str)
            tokens: list[str] = []

            async def refresh() -> None:
                tokens.append(await client.oauth.refresh(staff_id))

            # Every task reads the token's version before the first refresh can answer (the loop runs them in
            # order before any network I/O completes), so the other nineteen take the first one's result.
            async with anyio.create_task_group() as group:
                for _ in range(20):
                    group.start_soon(refresh)
            assert sandbox.oauth.refreshes == 1
            assert len(set(tokens)) == 1 and len(tokens) == 20
            assert (await client.oauth.user_token(staff_id)) == tokens[0]
