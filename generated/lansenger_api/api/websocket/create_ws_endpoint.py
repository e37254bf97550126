# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Get the WebSocket URL a personal bot connects to for inbound events.

POST /v1/ws/endpoint/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.ws_endpoint import WsEndpoint
from ...models.ws_endpoint_request import WsEndpointRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import Response

_OPERATION = "create_ws_endpoint"
_META = RequestMeta(operation=_OPERATION, app_token=False, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    body: WsEndpointRequest,
) -> dict[str, Any]:
    if type(body.app_id) is not str and not isinstance(body.app_id, str):
        raise errors.InvalidArgumentError(f"app_id must be str, not {type(body.app_id).__name__}")

    if type(body.secret) is not str and not isinstance(body.secret, str):
        raise errors.InvalidArgumentError(f"secret must be str, not {type(body.secret).__name__}")

    if len(body.app_id) < 1:
        raise errors.InvalidArgumentError("app_id must not be empty")

    if len(body.secret) < 1:
        raise errors.InvalidArgumentError("secret must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/ws/endpoint/create",
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    return _kwargs


def _parse(response: httpx.Response) -> WsEndpoint:
    return parse(
        response,
        _OPERATION,
        WsEndpoint.from_dict,
        data_required=True,
        nonempty=("wsEndpoint",),
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: WsEndpointRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[WsEndpoint]:
    """Get the WebSocket URL a personal bot connects to for inbound events. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    *,
    client: httpx.Client,
    body: WsEndpointRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> WsEndpoint:
    """Get the WebSocket URL a personal bot connects to for inbound events."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )


async def asyncio_detailed(
    *,
    client: httpx.AsyncClient,
    body: WsEndpointRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[WsEndpoint]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    *,
    client: httpx.AsyncClient,
    body: WsEndpointRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> WsEndpoint:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
