"""pytest fixtures for testing a bot against the sandbox, registered by the SDK's ``pytest11`` entry point::

    def test_greets(lansenger_sandbox, lansenger_client):
        lansenger_client.messages.send_text("524288-1001", "hello")
        assert lansenger_sandbox.state.messages[0]["body"]["msgType"] == "text"

Each test gets a fresh sandbox (its own port, state and faults), so tests never see each other's messages.

Options go on markers, for one test or, as ``pytestmark``, a whole module; the marker nearest the test wins::

    @pytest.mark.lansenger_sandbox(token_lifetime=5)  # any `Sandbox` option
    @pytest.mark.lansenger_client(max_retries=0)      # any `Lansenger` option
    def test_refreshes(lansenger_sandbox, lansenger_client): ...

A test that needs more clients of the same sandbox (a second process's token store, other hooks) asks for
``lansenger_client_factory`` and calls it with `Lansenger` options; every client it made is closed after the test.
Async tests build ``AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url)`` on the
sandbox fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Protocol

import pytest

if TYPE_CHECKING:  # imported by the fixtures, so a test session that never uses them does not pay for the SDK
    from .._client import Lansenger
    from ._server import Sandbox

__all__ = ["ClientFactory", "lansenger_client", "lansenger_client_factory", "lansenger_sandbox"]


class ClientFactory(Protocol):
    """What `lansenger_client_factory` gives: a `Lansenger` on the test's sandbox, built with these options."""

    def __call__(self, **options: Any) -> Lansenger: ...


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers, so suites run with ``--strict-markers`` accept them."""
    config.addinivalue_line("markers", "lansenger_sandbox(**options): `Sandbox` options for `lansenger_sandbox`")
    config.addinivalue_line("markers", "lansenger_client(**options): `Lansenger` options for `lansenger_client`")


def _marker_options(request: pytest.FixtureRequest, name: str) -> dict[str, Any]:
    marker = request.node.get_closest_marker(name)
    if marker is None:
        return {}
    if marker.args:
        raise TypeError(f"@pytest.mark.{name} takes keyword options only, got {marker.args!r}")
    return dict(marker.kwargs)


@pytest.fixture
def lansenger_sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A running `Sandbox`: inspect `.state`, inject faults with `.fail_next`, post callbacks, mint user tokens."""
    from ._server import Sandbox

    with Sandbox(**_marker_options(request, "lansenger_sandbox")) as sandbox:
        yield sandbox


@pytest.fixture
def lansenger_client_factory(lansenger_sandbox: Sandbox) -> Iterator[ClientFactory]:
    """Builds `Lansenger` clients with the sandbox's credentials, pointed at it as gateway and as OAuth passport;
    keyword options are passed on (and override those defaults). Each is closed when the test ends."""
    from .._client import Lansenger

    with ExitStack() as clients:

        def build(**options: Any) -> Lansenger:
            defaults: dict[str, Any] = {
                "app_id": lansenger_sandbox.app_id,
                "app_secret": lansenger_sandbox.app_secret,
                "gateway_url": lansenger_sandbox.url,
                "passport_url": lansenger_sandbox.url,
            }
            return clients.enter_context(Lansenger(**(defaults | options)))

        yield build


@pytest.fixture
def lansenger_client(request: pytest.FixtureRequest, lansenger_client_factory: ClientFactory) -> Lansenger:
    """A `Lansenger` from `lansenger_client_factory`, with the options of the nearest ``lansenger_client`` marker."""
    return lansenger_client_factory(**_marker_options(request, "lansenger_client"))
