"""pytest fixtures for testing a bot against the sandbox, registered by the SDK's ``pytest11`` entry point::

    def test_greets(lansenger_sandbox, lansenger_client):
        lansenger_client.messages.send_text("524288-1001", "hello")
        assert lansenger_sandbox.state.messages[0]["body"]["msgType"] == "text"

Each test gets a fresh sandbox (own port, state and faults). Async tests build ``AsyncLansenger(sandbox.app_id,
sandbox.app_secret, gateway_url=sandbox.url)`` on the sandbox fixture, as do tests needing other options.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # imported by the fixtures, so a test session that never uses them does not pay for the SDK
    from .._client import Lansenger
    from ._server import Sandbox

__all__ = ["lansenger_client", "lansenger_sandbox"]


@pytest.fixture
def lansenger_sandbox() -> Iterator[Sandbox]:
    """A running `Sandbox`: inspect `.state`, inject faults with `.fail_next`, post callbacks, mint user tokens."""
    from ._server import Sandbox

    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def lansenger_client(lansenger_sandbox: Sandbox) -> Iterator[Lansenger]:
    """A `Lansenger` with the sandbox's credentials, pointed at it as gateway and as OAuth passport."""
    from .._client import Lansenger

    with Lansenger(
        lansenger_sandbox.app_id,
        lansenger_sandbox.app_secret,
        gateway_url=lansenger_sandbox.url,
        passport_url=lansenger_sandbox.url,
    ) as client:
        yield client
