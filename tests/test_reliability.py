"""The client against an unhealthy sandbox over loopback: reads ride faults out, sends never repeat, errors are typed.

Bounded in time: tiny backoffs, short read timeouts, and no sleeps to synchronise anything.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import anyio
import httpx
import pytest
from lansenger import (
    APIConnectionError,
    APITimeoutError,
    AsyncLansenger,
    InternalServerError,
    Lansenger,
    LansengerError,
    RateLimitError,
    RetryPolicy,
    UnexpectedResponseError,
)
from lansenger.callbacks import CallbackReceiver
from lansenger.testing import Sandbox
from lansenger.testing.callbacks import signed_callback

BOT_SEND = "/v1/bot/messages/create"
ORG_FETCH = "/v1/org/524288/fetch"
RETRIES = 2
FAST = RetryPolicy(max_retries=RETRIES, backoff_base=0.001, backoff_cap=0.01, retry_after_cap=0.05)
# Long enough for any loopback answer, short enough that an injected latency times out quickly.
TIMEOUT = httpx.Timeout(5.0, read=0.25)
LATENCY = 1.0


@dataclass(frozen=True)
class Kind:
    """One fault kind: how to inject it, and what a send (and a read past its retry budget) must raise."""

    id: str
    options: dict[str, Any]
    error: type[LansengerError] | None  # None: the client recovers, even for a send


KINDS = [
    Kind("5xx", {"status": 503}, InternalServerError),
    Kind("429", {"status": 429, "retry_after": 0.02}, RateLimitError),
    Kind("reset", {"reset": True}, APIConnectionError),
    Kind("latency", {"latency": LATENCY}, APITimeoutError),
    Kind("malformed_json", {"malformed_json": True}, UnexpectedResponseError),
    Kind("token_expiry", {"expire_token": True}, None),
]
KIND_PARAMS = [pytest.param(kind, id=kind.id) for kind in KINDS]
FAILING = [pytest.param(kind, id=kind.id) for kind in KINDS if kind.error is not None]
pytestmark = pytest.mark.lansenger_client(retry_policy=FAST, timeout=TIMEOUT)


@pytest.fixture
def warm_client(lansenger_client: Lansenger) -> Lansenger:
    """`lansenger_client` with its app token already fetched, so a fault injected next hits the call under test."""
    lansenger_client.app_token()
    return lansenger_client


def attempts(sandbox: Sandbox, path: str) -> int:
    return sum(1 for record in sandbox.state.requests if record[1] == path)


# --- 1000 concurrent sends while the token expires --------------------------------------------------------


@pytest.mark.slow
@pytest.mark.anyio
async def test_1000_concurrent_sends_ride_a_token_expiry_with_one_refresh(lansenger_sandbox: Sandbox) -> None:
    total, expire_after = 1000, 800
    completed = 0
    failures: list[BaseException] = []
    async with AsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url, retry_policy=FAST
    ) as client:
        await client.app_token()
        before = lansenger_sandbox.state.token_requests

        async def send(i: int) -> None:
            nonlocal completed
            try:
                await client.messages.send_text(f"524288-{1001 + i % 7}", f"message {i}")
            except LansengerError as error:
                failures.append(error)
            completed += 1
            if completed == expire_after:  # mid-flight: 200 calls are still queued or on the wire
                lansenger_sandbox.expire_tokens()

        async with anyio.create_task_group() as group:
            for i in range(total):
                group.start_soon(send, i)

    assert failures == []
    assert lansenger_sandbox.state.token_requests - before == 1
    assert attempts(lansenger_sandbox, BOT_SEND) > total, (
        "the expiry caught calls mid-flight: they were refused, then replayed"
    )
    contents = [record["body"]["msgData"]["text"]["content"] for record in lansenger_sandbox.state.messages]
    assert sorted(contents) == sorted(f"message {i}" for i in range(total))


# --- each fault kind --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KIND_PARAMS)
def test_an_idempotent_read_succeeds_within_the_retry_budget(
    lansenger_sandbox: Sandbox, warm_client: Lansenger, kind: Kind
) -> None:
    times = 1 if kind.error is None else RETRIES
    lansenger_sandbox.fail_next(ORG_FETCH, times=times, **kind.options)

    assert warm_client.org.fetch_org("524288") is not None
    assert attempts(lansenger_sandbox, ORG_FETCH) == times + 1


@pytest.mark.parametrize("kind", FAILING)
def test_a_read_past_its_retry_budget_raises_the_typed_error(
    lansenger_sandbox: Sandbox, warm_client: Lansenger, kind: Kind
) -> None:
    times = RETRIES + 1
    lansenger_sandbox.fail_next(ORG_FETCH, times=times, **kind.options)

    assert kind.error is not None
    with pytest.raises(kind.error):
        warm_client.org.fetch_org("524288")
    assert attempts(lansenger_sandbox, ORG_FETCH) == times
    assert warm_client.org.fetch_org("524288") is not None, "the fault is spent; the next read succeeds"


@pytest.mark.parametrize("kind", KIND_PARAMS)
def test_media_download_rides_out_the_fault(
    lansenger_sandbox: Sandbox, warm_client: Lansenger, kind: Kind, tmp_path: Any
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"abc")
    media_id = warm_client.media.upload(source).media_id
    path = f"/v1/medias/{media_id}/fetch"
    lansenger_sandbox.fail_next(path, times=1, **kind.options)

    assert warm_client.media.fetch_media(media_id) == b"abc"
    assert attempts(lansenger_sandbox, path) == 2


@pytest.mark.parametrize("kind", KIND_PARAMS)
def test_a_send_is_never_delivered_twice(lansenger_sandbox: Sandbox, warm_client: Lansenger, kind: Kind) -> None:
    lansenger_sandbox.fail_next(BOT_SEND, **kind.options)

    if kind.error is None:
        sent = warm_client.messages.send_text("524288-1001", "once")
        assert [record["id"] for record in lansenger_sandbox.state.messages] == [sent.msg_id]
        assert attempts(lansenger_sandbox, BOT_SEND) == 2, "replayed once: the first attempt was refused, not delivered"
    else:
        with pytest.raises(kind.error) as raised:
            warm_client.messages.send_text("524288-1001", "at most once")
        assert attempts(lansenger_sandbox, BOT_SEND) == 1, "a send that may have arrived is not replayed"
        assert len(lansenger_sandbox.state.messages) <= 1
        if isinstance(raised.value, RateLimitError):
            assert raised.value.retry_after == 0.02


def test_token_expiry_costs_one_token_request(lansenger_sandbox: Sandbox, warm_client: Lansenger) -> None:
    before = lansenger_sandbox.state.token_requests
    lansenger_sandbox.fail_next(BOT_SEND, expire_token=True)

    warm_client.messages.send_text("524288-1001", "after the refresh")
    warm_client.messages.send_text("524288-1001", "with the new token")

    assert lansenger_sandbox.state.token_requests - before == 1
    assert len(lansenger_sandbox.state.messages) == 2


# --- no secret in any log record at DEBUG -----------------------------------------------------------------


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    names = ["", "lansenger", "httpx", "httpcore", "websockets", "hpack", "anyio"]
    for name in names:
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


def test_no_secret_reaches_a_debug_log(
    lansenger_sandbox: Sandbox, debug_logs: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    issued: list[str] = []
    issue_token, issue_user = lansenger_sandbox.state.issue_token, lansenger_sandbox.oauth._issue

    def noting_issue_token(lifetime: float) -> str:
        issued.append(issue_token(lifetime))
        return issued[-1]

    def noting_issue_user(grant: Any) -> dict[str, Any]:
        answer = issue_user(grant)
        issued.extend([answer["userToken"], answer["refreshToken"]])
        return answer

    monkeypatch.setattr(lansenger_sandbox.state, "issue_token", noting_issue_token)
    monkeypatch.setattr(lansenger_sandbox.oauth, "_issue", noting_issue_user)

    with Lansenger(
        lansenger_sandbox.app_id,
        lansenger_sandbox.app_secret,
        gateway_url=lansenger_sandbox.url,
        passport_url=lansenger_sandbox.url,
        retry_policy=FAST,
    ) as client:
        client.messages.send_text("524288-1001", "hello")
        lansenger_sandbox.fail_next(BOT_SEND, expire_token=True)
        client.messages.send_text("524288-1001", "after a refresh")
        lansenger_sandbox.fail_next(ORG_FETCH, status=503)
        client.org.fetch_org("524288")

        request = client.oauth.authorization_url("http://127.0.0.1:9/callback")
        redirect = httpx.get(request.url, follow_redirects=False).headers["location"]
        grant = client.oauth.exchange(client.oauth.parse_redirect(redirect, request.state))
        assert grant.staff_id is not None
        client.users.fetch_current_user(user_token=client.oauth.user_token(grant.staff_id))
        client.oauth.refresh(grant.staff_id)
        client.users.fetch_current_user(user_token=client.oauth.user_token(grant.staff_id))

        receiver = CallbackReceiver(
            lansenger_sandbox.aes_key, sign_token=lansenger_sandbox.sign_token, app_id=lansenger_sandbox.app_id
        )
        callback = signed_callback(
            [{"id": "e-1", "eventType": "staff_create", "data": {"staffId": "524288-1001"}}],
            lansenger_sandbox.aes_key,
            lansenger_sandbox.sign_token,
            app_id=lansenger_sandbox.app_id,
            org_id="524288",
        )
        assert [event.id for event in receiver.handle(callback.body, callback.query).events] == ["e-1"]
        assert receiver.handle(callback.body, callback.query | {"signature": "0" * 40}).reply["errCode"] != 0

        client.websocket.create_ws_endpoint(app_id=lansenger_sandbox.app_id, secret=lansenger_sandbox.app_secret)

    secrets = [*issued, lansenger_sandbox.app_secret, lansenger_sandbox.aes_key, lansenger_sandbox.sign_token]
    assert len(issued) >= 5, "two app tokens, two user tokens, two refresh tokens"
    messages = [record.getMessage() for record in debug_logs.records]
    assert any(record.name.startswith("httpcore") for record in debug_logs.records), "DEBUG capture is live"
    leaks = [(secret, message) for message in messages for secret in secrets if secret in message]
    assert leaks == []
