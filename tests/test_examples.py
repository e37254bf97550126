"""The examples run for real: each against a fresh sandbox, through the sandbox's own `--run` CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from lansenger.testing import Sandbox

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.slow
@pytest.mark.parametrize("script", ["demo_bot.py", "quickstart.py"])
def test_example_runs_against_the_sandbox(script: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lansenger.testing.sandbox", "--run", sys.executable, str(EXAMPLES / script)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    if script == "demo_bot.py":
        for expected in (
            "wrote “How did Q3 go?”",
            "streamed reply",
            "sent report.csv",
            "created group",
            "created todo",
        ):
            assert expected in done.stdout


def test_the_sandbox_refuses_a_message_to_the_bot_without_a_receiver() -> None:
    with Sandbox() as sandbox:
        answer = httpx.post(f"{sandbox.url}/sandbox/messages/to-bot", json={"from": "524288-1002", "text": "hi"})
        assert answer.json()["errCode"] == 40001
        assert "no callback URL" in answer.json()["errMsg"]


def test_a_misspelt_field_gets_the_platform_error_envelope() -> None:
    """The sandbox refuses what the platform would: a field name the spec does not know, not a silent 200."""
    with Sandbox() as sandbox:
        token = httpx.get(
            f"{sandbox.url}/v1/apptoken/create",
            params={"grant_type": "client_credential", "appid": sandbox.app_id, "secret": sandbox.app_secret},
        ).json()["data"]["appToken"]
        text = {"content": "hi", "contents": "typo"}
        body = {"userIdList": ["524288-1002"], "msgType": "text", "msgData": {"text": text}}
        answer = httpx.post(f"{sandbox.url}/v1/bot/messages/create", params={"app_token": token}, json=body)
        assert answer.status_code == 200
        assert answer.json()["errCode"] == 40001 and "contents" in answer.json()["errMsg"]
        assert sandbox.state.messages == []
