"""Shared pytest configuration."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx

from tests._envelopes import GATEWAY, token

# pytester runs the SDK's pytest plugin in a fresh session, as a user's test suite would.
pytest_plugins = ("pytester",)


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
