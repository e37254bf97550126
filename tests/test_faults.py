"""The sandbox's injected faults, seen with plain httpx: what each one does on the wire."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from lansenger.testing import Sandbox
from lansenger.testing._faults import Fault
from lansenger.testing.sandbox import main, parse_fault

TOKEN_PATH = "/v1/apptoken/create"
BOT_PATH = "/v1/bot/messages/create"
BODY = {"userIdList": ["524288-1001"], "msgType": "text", "msgData": {"text": {"content": "hi"}}}


@pytest.fixture
def client(lansenger_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=lansenger_sandbox.url, timeout=10.0) as http:
        yield http


def new_token(sandbox: Sandbox, client: httpx.Client) -> str:
    params = {"grant_type": "client_credential", "appid": sandbox.app_id, "secret": sandbox.app_secret}
    token: str = client.get(TOKEN_PATH, params=params).json()["data"]["appToken"]
    return token


def send(client: httpx.Client, token: str, *, timeout: float | None = None) -> httpx.Response:
    extra = {} if timeout is None else {"timeout": timeout}
    return client.post(BOT_PATH, params={"app_token": token}, json=BODY, **extra)  # type: ignore[arg-type]


def test_latency_alone_delays_then_handles_the_request(lansenger_sandbox: Sandbox, client: httpx.Client) -> None:
    token = new_token(lansenger_sandbox, client)
    lansenger_sandbox.fail_next(BOT_PATH, latency=0.2)

    started = time.monotonic()
    response = send(client, token)

    assert time.monotonic() - started >= 0.2
    assert response.json()["errCode"] == 0
    assert len(lansenger_sandbox.state.messages) == 1


def test_latency_beyond_the_read_timeout_times_out(lansenger_sandbox: Sandbox, client: httpx.Client) -> None:
    token = new_token(lansenger_sandbox, client)
    lansenger_sandbox.fail_next(BOT_PATH, latency=0.3, status=503)

    with pytest.raises(httpx.ReadTimeout):
        send(client, token, timeout=0.05)

    assert lansenger_sandbox.state.messages == []


def test_stopping_the_sandbox_cuts_a_latency_short(monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox = Sandbox().start()
    taken = threading.Event()
    take = sandbox._faults.take

    def noting_take(path: str) -> Fault | None:
        fault = take(path)
        if fault is not None:
            taken.set()
        return fault

    monkeypatch.setattr(sandbox._faults, "take", noting_take)
    sandbox.fail_next(TOKEN_PATH, latency=60)
    outcome: list[BaseException | int] = []

    def call() -> None:
        try:
            outcome.append(httpx.get(sandbox.url + TOKEN_PATH, timeout=30).status_code)
        except httpx.HTTPError as error:
            outcome.append(error)

    caller = threading.Thread(target=call)
    caller.start()
    assert taken.wait(5)
    started = time.monotonic()
    sandbox.stop()
    caller.join(5)

    assert time.monotonic() - started < 2
    assert len(outcome) == 1
    assert isinstance(outcome[0], httpx.RemoteProtocolError)


def test_malformed_json_is_a_200_that_does_not_parse(lansenger_sandbox: Sandbox, client: httpx.Client) -> None:
    token = new_token(lansenger_sandbox, client)
    lansenger_sandbox.fail_next(BOT_PATH, malformed_json=True)

    response = send(client, token)

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(ValueError):
        response.json()
    assert lansenger_sandbox.state.messages == []


def test_expire_token_invalidates_every_token_mid_flight(lansenger_sandbox: Sandbox, client: httpx.Client) -> None:
    token = new_token(lansenger_sandbox, client)
    lansenger_sandbox.fail_next(BOT_PATH, expire_token=True)

    assert send(client, token).json()["errCode"] == 10004
    assert send(client, token).json()["errCode"] == 10004
    assert send(client, new_token(lansenger_sandbox, client)).json()["errCode"] == 0
    assert len(lansenger_sandbox.state.messages) == 1


@pytest.mark.parametrize(
    "options",
    [
        {"reset": True, "malformed_json": True},
        {"expire_token": True, "err_code": 1},
        {"reset": True, "retry_after": 1},
        {"latency": -1},
        {"status": 302},
    ],
)
def test_contradictory_or_invalid_faults_are_rejected(lansenger_sandbox: Sandbox, options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        lansenger_sandbox.fail_next(BOT_PATH, **options)  # type: ignore[arg-type]


def test_cli_fault_syntax() -> None:
    assert parse_fault("/v1/x:status=429,retry_after=2:3").options == {"status": 429, "retry_after": 2.0, "times": 3}
    assert parse_fault("/v1/x:reset").options == {"reset": True}
    assert parse_fault("/v1/x:latency=0.5,expire_token").options == {"latency": 0.5, "expire_token": True}
    for bad in ("v1/x:reset", "/v1/x", "/v1/x:boom", "/v1/x:status", "/v1/x:reset=1", "/v1/x:reset:0", "/v1/x:a:b:c"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_fault(bad)


def test_cli_injects_faults_before_running_the_command() -> None:
    script = (
        "import os, httpx\n"
        "url = os.environ['LANSENGER_API_GATEWAY_URL'] + '/v1/apptoken/create'\n"
        "statuses = [httpx.get(url).status_code for _ in range(3)]\n"
        "raise SystemExit(0 if statuses[:2] == [429, 429] and statuses[2] != 429 else 1)\n"
    )
    assert main(["--fault", f"{TOKEN_PATH}:status=429,retry_after=1:2", "--run", sys.executable, "-c", script]) == 0


def test_cli_rejects_a_contradictory_fault(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--fault", f"{TOKEN_PATH}:reset,retry_after=1", "--run", "true"])
    assert "retry_after" in capsys.readouterr().err
