# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `websocket` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import evolve

from ...client import apaginate, next_offset, next_page, paged, paginate, with_extra
from ...errors import TABLE
from ...lazy import Deferred
from ...options import TimeoutOption
from ...raw import aevents_method, araw_method, astreamed_method, events_method, raw_method, streamed_method
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.ws_endpoint import WsEndpoint
    from ...models.ws_endpoint_request import WsEndpointRequest
    from . import create_ws_endpoint as _create_ws_endpoint
else:
    WsEndpointRequest = Deferred(__name__, "...models.ws_endpoint_request", "WsEndpointRequest")
    _create_ws_endpoint = Deferred(__name__, ".create_ws_endpoint")


class WebsocketResource:
    """Operations tagged `websocket` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> WebsocketResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return WebsocketResourceWithRawResponse(self)

    def create_ws_endpoint(
        self,
        *,
        app_id: str,
        secret: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> WsEndpoint:
        """Get the WebSocket URL a personal bot connects to for inbound events.

        Authenticated by the app's credentials in the body, not by an app token (the secret travels in the
        body, never in the URL). The endpoint returns the same ticket for its whole validity window, so
        asking again is harmless and the call is retried like a read.

        POST /v1/ws/endpoint/create
        """
        return _create_ws_endpoint.sync(
            client=self._http,
            body=with_extra(
                WsEndpointRequest(
                    app_id,
                    secret,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class WebsocketResourceWithRawResponse:
    """Every operation of `WebsocketResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: WebsocketResource) -> None:
        self.create_ws_endpoint = raw_method(resource.create_ws_endpoint, TABLE)


class AsyncWebsocketResource:
    """Operations tagged `websocket` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncWebsocketResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncWebsocketResourceWithRawResponse(self)

    async def create_ws_endpoint(
        self,
        *,
        app_id: str,
        secret: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> WsEndpoint:
        """Get the WebSocket URL a personal bot connects to for inbound events.

        Authenticated by the app's credentials in the body, not by an app token (the secret travels in the
        body, never in the URL). The endpoint returns the same ticket for its whole validity window, so
        asking again is harmless and the call is retried like a read.

        POST /v1/ws/endpoint/create
        """
        return await _create_ws_endpoint.asyncio(
            client=self._http,
            body=with_extra(
                WsEndpointRequest(
                    app_id,
                    secret,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncWebsocketResourceWithRawResponse:
    """Every operation of `AsyncWebsocketResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncWebsocketResource) -> None:
        self.create_ws_endpoint = araw_method(resource.create_ws_endpoint, TABLE)


__all__ = ["AsyncWebsocketResource", "WebsocketResource"]
