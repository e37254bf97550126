"""examples/webhook_wsgi.py runs for real: on 127.0.0.1 only, fed by the sandbox over loopback HTTP, deduplicating
through Redis across a restart, and saying in its log why it rejected a callback."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from lansenger.testing import Sandbox

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "webhook_wsgi.py"
OK = (200, {"errCode": 0, "errMsg": "ok"})


@contextmanager
def running_example(sandbox: Sandbox, redis_url: str) -> Iterator[tuple[str, list[str]]]:
    """The example as a process of its own on a free port; yields its URL and, after it stopped, its output."""
    environment = {
        **os.environ,
        "LANSENGER_ENCODING_KEY": sandbox.aes_key,
        "LANSENGER_CALLBACK_TOKEN": sandbox.sign_token,
        "LANSENGER_REDIS_URL": redis_url,
        "PORT": "0",
        "PYTHONUNBUFFERED": "1",
    }
    environment.pop("HOST", None)
    process = subprocess.Popen(
        [sys.executable, str(EXAMPLE)], env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    output: list[str] = []
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("listening on http://127.0.0.1:"), "serves this machine only by default"
        yield first.split()[-1], output
    finally:
        process.terminate()
        stdout, stderr = process.communicate(timeout=10)
        output.extend([stdout, stderr])


@pytest.mark.slow
def test_the_wsgi_example_serves_loopback_dedupes_through_redis_and_explains_rejections(
    lansenger_sandbox: Sandbox, redis_url: str
) -> None:
    sandbox = lansenger_sandbox
    event_id = f"ex-{uuid.uuid4().hex}"  # the redis-server lives for the whole session
    events = [{"id": event_id, "eventType": "staff_create", "data": {"staffId": "524288-1009"}}]
    with running_example(sandbox, redis_url) as (url, output):
        assert sandbox.post_callback(url, events) == OK
        assert sandbox.post_callback(url, events) == OK  # the platform's redelivery
        refused = httpx.get(url)
        assert (refused.status_code, refused.headers["allow"]) == (405, "POST")
        forged = httpx.post(url, params={"timestamp": "1", "nonce": "n", "signature": "0" * 40}, content=b"{}")
        assert forged.json()["errCode"] == -3
    stdout, stderr = output
    assert stdout.count(f"staff_create {event_id}") == 1
    assert "WARNING:lansenger.callbacks:callback rejected with errCode -3: the body has no dataEncrypt" in stderr
    assert sandbox.sign_token not in stderr and sandbox.aes_key not in stderr

    with running_example(sandbox, redis_url) as (url, output):  # restarted: Redis remembers the event
        assert sandbox.post_callback(url, events) == OK
    assert event_id not in output[0]
