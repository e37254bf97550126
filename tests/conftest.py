"""Shared pytest configuration."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest
import respx
from lansenger import Lansenger

from tests._envelopes import GATEWAY, TOKEN, token

# pytester runs the SDK's pytest plugin in a fresh session, as a user's test suite would.
pytest_plugins = ("pytester",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked `slow` (seconds each: subprocesses, regeneration, many property examples) run first.

    `make test` has xdist hand out whole files in the order of their first test, so the files holding slow tests
    go first; one collected late would run alone at the end while the other worker sits idle. The sort is stable,
    so every worker still collects one order.
    """
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def no_stray_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients read LANSENGER_* for what they are not given: a test sees only the variables it sets itself."""
    for name in os.environ:
        if name.startswith("LANSENGER_"):
            monkeypatch.delenv(name)


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (the only loop the SDK promises today)."""
    return "asyncio"


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    """A mocked gateway that issues tokens; tests add the routes they exercise."""
    with respx.mock(base_url=GATEWAY, assert_all_called=False) as mock:
        mock.get("/v1/apptoken/create").respond(json=token())
        yield mock


@pytest.fixture
def unsent_client() -> Iterator[Lansenger]:
    """A client for calls that must be refused before the wire: the test fails if any request is sent."""
    with respx.mock(base_url=GATEWAY) as mock, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        yield client
        assert not mock.calls


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server of our own on a unix socket (no TCP port to race for), stopped after the session.

    Without redis-server the Redis tests skip, visibly; under CI (`CI` set) they fail instead, because `.ci/run`
    installs it and a skipped store test there would hide a broken install.
    """
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server not installed: .ci/run installs it; the Redis tests cannot run")
        pytest.skip("redis-server not installed (apt-get install redis-server); Redis store tests skipped")
    socket = tmp_path_factory.mktemp("redis") / "redis.sock"
    server = subprocess.Popen(
        [binary, "--port", "0", "--unixsocket", str(socket), "--save", "", "--appendonly", "no", "--logfile", ""],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    for line in server.stdout:
        if "ready to accept connections" in line.lower():
            break
    else:
        pytest.fail(f"redis-server exited with {server.wait()}")
    try:
        yield f"unix://{socket}"
    finally:
        server.terminate()
        server.wait(timeout=10)
