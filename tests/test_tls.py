"""Clients the SDK builds share one TLS context: loading the CA bundle per client costs tens of milliseconds."""

from __future__ import annotations

import ssl
from typing import Any

import pytest
from lansenger import AsyncLansenger, Lansenger


def network_ssl_context(client: Lansenger | AsyncLansenger) -> ssl.SSLContext:
    transport: Any = client.http_client._transport
    while hasattr(transport, "_inner"):  # retry and hook layers wrap the network transport
        transport = transport._inner
    context: ssl.SSLContext = transport._pool._ssl_context
    return context


def test_sync_clients_share_one_verifying_context() -> None:
    with (
        Lansenger(app_token="t", gateway_url="https://gw.example") as first,
        Lansenger(app_token="t", gateway_url="https://gw.example") as second,
    ):
        context = network_ssl_context(first)
        assert network_ssl_context(second) is context
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


@pytest.mark.anyio
async def test_async_clients_share_it_too() -> None:
    async with AsyncLansenger(app_token="t", gateway_url="https://gw.example") as client:
        with Lansenger(app_token="t", gateway_url="https://gw.example") as sync_client:
            assert network_ssl_context(client) is network_ssl_context(sync_client)
