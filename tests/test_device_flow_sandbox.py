"""The device flow over loopback: the sandbox's passport keeps codes pending until a person (hook) decides."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from lansenger import (
    AsyncLansenger,
    AuthenticationError,
    AuthorizationError,
    DeviceAuthorization,
    FileTokenStore,
    InvalidRequestError,
    Lansenger,
    TokenStore,
)
from lansenger.testing import Sandbox

GRACE = "524288-1002"


def _client(sandbox: Sandbox, token_store: TokenStore | None = None) -> Lansenger:
    return Lansenger(
        sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, passport_url=sandbox.url, token_store=token_store
    )


class Person:
    """Stands for the human at the verification page: decides after `patience` polls, never really sleeping."""

    def __init__(self, decide: Callable[[str], None], patience: int = 2) -> None:
        self.decide, self.patience = decide, patience
        self.user_code: str | None = None
        self.sleeps: list[float] = []

    def show(self, authorization: DeviceAuthorization) -> None:
        self.user_code = authorization.user_code

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if len(self.sleeps) == self.patience:
            assert self.user_code is not None
            self.decide(self.user_code)


def test_login_approved_by_the_hook_is_stored_per_staff(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    person = Person(lambda code: lansenger_sandbox.device_flow.approve(code, GRACE), patience=3)
    store = FileTokenStore(tmp_path / "state.json")
    with _client(lansenger_sandbox, token_store=store) as client:
        grant = client.oauth.device_flow(person.show, sleep=person.sleep)
        assert grant.staff_id == GRACE
        assert person.sleeps == [5, 5, 5], "pending until the person approved"
        profile = client.users.fetch_current_user(user_token=client.oauth.user_token(GRACE))
        assert profile.name == "Grace Hopper"
    stored = store.load_user_token(GRACE)
    assert stored is not None and stored.user_token == grant.user_token
    assert lansenger_sandbox.device_flow.pending == []
    with _client(lansenger_sandbox, token_store=FileTokenStore(tmp_path / "state.json")) as later:
        assert later.oauth.user_token(GRACE) == grant.user_token, "a later process finds the login"


def test_denied_through_the_control_route(lansenger_sandbox: Sandbox) -> None:
    def deny(user_code: str) -> None:
        answer = httpx.post(lansenger_sandbox.url + "/sandbox/device/deny", json={"userCode": user_code.lower()})
        assert answer.json()["errCode"] == 0

    person = Person(deny, patience=1)
    with _client(lansenger_sandbox) as client, pytest.raises(AuthorizationError) as raised:
        client.oauth.device_flow(person.show, sleep=person.sleep)
    assert raised.value.error == "access_denied"
    assert client.oauth.staff_ids == []


def test_approved_through_the_control_route_and_codes_are_single_use(lansenger_sandbox: Sandbox) -> None:
    with _client(lansenger_sandbox) as client:
        authorization = client.oauth.device_authorization()
        assert lansenger_sandbox.device_flow.pending == [authorization.user_code]
        assert client.oauth.device_token(authorization.device_code).state == "authorization_pending"
        answer = httpx.post(
            lansenger_sandbox.url + "/sandbox/device/approve",
            json={"userCode": authorization.user_code, "staffId": GRACE},
        )
        assert answer.json()["data"] == {"userCode": authorization.user_code, "staffId": GRACE}
        approved = client.oauth.device_token(authorization.device_code)
        assert approved.state == "access_approved" and approved.oauth2_code
        with pytest.raises(InvalidRequestError) as raised:
            client.oauth.device_token(authorization.device_code)
        assert raised.value.err_code == 10001
        assert client.oauth.exchange(approved.oauth2_code).staff_id == GRACE
    refused = httpx.post(lansenger_sandbox.url + "/sandbox/device/approve", json={"userCode": authorization.user_code})
    assert refused.json()["errCode"] == 40001


def test_the_verification_page_approves_as_the_approver(lansenger_sandbox: Sandbox) -> None:
    def open_page(user_code: str) -> None:
        assert shown.verification_url is not None and user_code in shown.verification_url
        assert httpx.get(shown.verification_url).status_code == 200

    person = Person(open_page, patience=1)
    shown: DeviceAuthorization

    def remember(authorization: DeviceAuthorization) -> None:
        nonlocal shown
        shown = authorization
        person.show(authorization)

    with _client(lansenger_sandbox) as client:
        assert client.oauth.device_flow(remember, sleep=person.sleep).staff_id == lansenger_sandbox.oauth.approver


def test_slow_down_and_expiry(lansenger_sandbox: Sandbox) -> None:
    lansenger_sandbox.device_flow.slow_down(2)
    person = Person(lambda code: lansenger_sandbox.device_flow.approve(code), patience=3)
    with _client(lansenger_sandbox) as client:
        client.oauth.device_flow(person.show, sleep=person.sleep)
        assert person.sleeps == [5, 10, 15]
        lansenger_sandbox.device_flow.lifetime = 0
        with pytest.raises(AuthorizationError) as raised:
            client.oauth.device_flow(sleep=lambda seconds: None)
    assert raised.value.error == "expired_token"


def test_a_foreign_app_is_refused(lansenger_sandbox: Sandbox) -> None:
    with (
        Lansenger(
            "other-app", "secret", gateway_url=lansenger_sandbox.url, passport_url=lansenger_sandbox.url
        ) as client,
        pytest.raises(AuthenticationError),
    ):
        client.oauth.device_authorization()


@pytest.mark.anyio
async def test_async_login_over_loopback(lansenger_sandbox: Sandbox) -> None:
    polls = 0

    async def sleep(seconds: float) -> None:
        nonlocal polls
        polls += 1
        if polls == 2:
            lansenger_sandbox.device_flow.approve(lansenger_sandbox.device_flow.pending[0], GRACE)

    async with AsyncLansenger(
        lansenger_sandbox.app_id,
        lansenger_sandbox.app_secret,
        gateway_url=lansenger_sandbox.url,
        passport_url=lansenger_sandbox.url,
    ) as client:
        grant = await client.oauth.device_flow(sleep=sleep)
        token = await client.oauth.user_token(GRACE)
        assert grant.user_token == token
        assert (await client.users.fetch_current_user(user_token=token)).staff_id == GRACE
