"""`LANSENGER_LOG=debug|info` shows the SDK's records on stderr, redacted, with no logging code in the app."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests._envelopes import APP_SECRET, GATEWAY, TOKEN

SEND_ONE = f"""
import sys
import lansenger

heavy = ("httpx", "anyio", "cryptography", "redis", "websockets", "lansenger_api.api", "lansenger._client")
assert not [name for name in sys.modules if name.startswith(heavy)], "import stays light"
import httpx

def answer(request):
    if request.url.path.endswith("/apptoken/create"):
        return httpx.Response(200, json={{"errCode": 0, "errMsg": "ok", "data": {{"appToken": "{TOKEN}"}}}})
    return httpx.Response(200, json={{"errCode": 0, "errMsg": "ok", "data": {{"msgId": "m1"}}}})

with lansenger.Lansenger(transport=httpx.MockTransport(answer)) as client:
    client.messages.send_text("staff-1", "hi")
"""


def _run(log: str | None) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("LANSENGER_")}
    env |= {"LANSENGER_APP_ID": "app-1", "LANSENGER_APP_SECRET": APP_SECRET, "LANSENGER_API_GATEWAY_URL": GATEWAY}
    if log is not None:
        env["LANSENGER_LOG"] = log
    return subprocess.run([sys.executable, "-c", SEND_ONE], env=env, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("level", ["info", "DEBUG"])
def test_the_variable_turns_on_redacted_request_logging(level: str) -> None:
    done = _run(level)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len([line for line in lines if " httpx INFO HTTP Request: " in line]) == 2, done.stderr
    assert any("&appid=app-1&secret=*** " in line for line in lines), done.stderr
    assert any("/v1/bot/messages/create?app_token=*** " in line for line in lines), done.stderr
    assert APP_SECRET not in done.stderr and TOKEN not in done.stderr


def test_without_the_variable_nothing_is_printed() -> None:
    done = _run(None)
    assert (done.returncode, done.stderr) == (0, "")


def test_an_unknown_level_is_said_once_and_ignored() -> None:
    done = _run("loud")
    assert done.returncode == 0, done.stderr
    assert "LANSENGER_LOG must be one of debug, info; ignored" in done.stderr
    assert "HTTP Request" not in done.stderr
