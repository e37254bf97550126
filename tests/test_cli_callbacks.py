"""`callbacks decrypt` on vectors from `lansenger.testing.callbacks`, `callbacks serve` over HTTP, and `sandbox`."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from lansenger.cli._runtime import Runtime
from lansenger.testing import Sandbox
from lansenger.testing.callbacks import encrypt_events, new_aes_key, signed_callback
from typer.testing import Result

from tests._cli import Shell, bare_shell

AES_KEY = new_aes_key()
SIGN_TOKEN = "SIGN-TOKEN-0123"
EVENTS = [
    {
        "id": "e-1",
        "eventType": "bot_private_message",
        "data": {"from": "524288-1001", "msgType": "text", "msgData": {"text": {"content": "hi bot"}}},
    },
    {"id": "e-2", "eventType": "something_new", "data": {"x": 1}},
]


def _keys(tmp_path: Path) -> Shell:
    return bare_shell(tmp_path, {"LANSENGER_ENCODING_KEY": AES_KEY, "LANSENGER_CALLBACK_TOKEN": SIGN_TOKEN})


def test_decrypt_a_captured_body_and_check_its_signature(tmp_path: Path) -> None:
    callback = signed_callback(EVENTS, AES_KEY, SIGN_TOKEN, app_id="3064064-1", org_id="3064064")
    body = tmp_path / "body.json"
    body.write_bytes(callback.body)
    query = "&".join(f"{name}={value}" for name, value in callback.query.items())
    decrypted = _keys(tmp_path).json("callbacks", "decrypt", str(body), "--query", query)
    assert decrypted["verified"] is True
    assert (decrypted["appId"], decrypted["orgId"], decrypted["layout"]) == ("3064064-1", "3064064", "json")
    first, second = decrypted["events"]
    assert first == {
        "id": "e-1",
        "type": "bot_private_message",
        "model": "BotMessageEvent",
        "appId": "3064064-1",
        "orgId": "3064064",
        "data": EVENTS[0]["data"],
    }
    assert (second["type"], second["model"], second["data"]) == ("something_new", None, {"x": 1})


def test_decrypt_a_bare_data_encrypt_from_stdin_in_a_binary_layout(tmp_path: Path) -> None:
    data_encrypt = encrypt_events(EVENTS[:1], AES_KEY, layout="ids-first", app_id="3064064-1", org_id="3064064")
    result = _keys(tmp_path).ok("callbacks", "decrypt", "--app-id", "3064064-1", input=data_encrypt + "\n")
    assert result.stdout.startswith('bot_private_message (BotMessageEvent) e-1: {"from": "524288-1001"')


def test_a_forged_signature_or_a_wrong_key_fails(tmp_path: Path) -> None:
    callback = signed_callback(EVENTS, AES_KEY, SIGN_TOKEN)
    query = f"timestamp={callback.query['timestamp']}&nonce={callback.query['nonce']}&signature={'0' * 40}"
    forged = _keys(tmp_path).run("callbacks", "decrypt", "--query", query, input=callback.body)
    assert forged.exit_code == 1 and forged.stderr.startswith("Error: ")
    wrong_key = _keys(tmp_path).run("callbacks", "decrypt", "--aes-key", new_aes_key(), input=callback.body)
    assert wrong_key.exit_code == 1
    assert wrong_key.stderr == "Error: cannot decrypt the callback payload\n"
    no_key = bare_shell(tmp_path).run("callbacks", "decrypt", input=callback.body)
    assert no_key.exit_code == 2 and "--aes-key" in no_key.stderr


def test_serve_prints_typed_events_as_they_arrive(tmp_path: Path) -> None:
    listening = threading.Event()
    url: list[str] = []

    def on_listening(address: str) -> None:
        url.append(address)
        listening.set()

    outcome: list[Result] = []
    serving = threading.Thread(
        target=lambda: outcome.append(
            _keys(tmp_path).run(
                "callbacks",
                "serve",
                "--port",
                "0",
                "--max-events",
                "2",
                "--json",
                obj=Runtime(on_listening=on_listening),
            )
        )
    )
    serving.start()
    assert listening.wait(10)
    with Sandbox() as sandbox:
        sandbox.aes_key, sandbox.sign_token = AES_KEY, SIGN_TOKEN
        # the forged one first: the server stops once the real callback's two events are in
        forged = httpx.post(url[0] + "?timestamp=1&nonce=n&signature=bad", json={"dataEncrypt": "AAAA"})
        status, reply = sandbox.post_callback(url[0], EVENTS)
    serving.join(10)
    assert (status, reply) == (200, {"errCode": 0, "errMsg": "ok"})
    assert forged.json()["errCode"] == -2, "signatures are checked with the sign token"
    (result,) = outcome
    assert result.exit_code == 0, (result.stdout, result.stderr)
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(event["id"], event["model"]) for event in printed] == [("e-1", "BotMessageEvent"), ("e-2", None)]
    assert "signatures checked" in result.stderr


def test_sandbox_command_prints_the_variables(tmp_path: Path) -> None:
    checked: list[int] = []

    def wait(announce: Callable[[], None]) -> None:
        announce()
        checked.append(1)

    shell = bare_shell(tmp_path)
    data = shell.json("sandbox", "--port", "0", obj=Runtime(wait_for_interrupt=wait))
    assert checked == [1]
    environment = data["environment"]
    assert environment["LANSENGER_API_GATEWAY_URL"] == data["url"] == environment["LANSENGER_PASSPORT_URL"]
    assert data["console"] == f"{data['url']}/sandbox/console", "the console's address, for a person to open"
    assert environment["LANSENGER_APP_ID"] == "sandbox-app"
    assert len(environment["LANSENGER_ENCODING_KEY"]) == 43
    with pytest.raises(httpx.ConnectError):
        httpx.get(data["url"] + "/v1/apptoken/create")  # stopped once the wait returned
    exports = shell.ok("sandbox", "--port", "0", obj=Runtime(wait_for_interrupt=wait)).stdout.splitlines()
    assert exports[0].startswith("export LANSENGER_API_GATEWAY_URL=http://127.0.0.1:")
