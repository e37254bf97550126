# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Start an OAuth2 device flow at the passport (newer deployments only).

POST /oauth2/device_authorization
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import ANSWERS, asend, send
from ...models.device_authorization_request import DeviceAuthorizationRequest
from ...models.device_codes import DeviceCodes
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...servers import parse_bare, server_url
from ...types import Response

_OPERATION = "request_device_authorization"
_META = RequestMeta(operation=_OPERATION, app_token=False, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "responseType": {"name": "response_type", "enum": ["device_code"]},
        "from": {"name": "from_", "enum": ["CLI", "MCP", "OpenClaw", "AutoClaw"]},
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "responseType" in body:
            field0 = body["responseType"]
            if field0 is not None and not (type(field0) is str and field0 in {"device_code"}):
                return False
        if "from" in body:
            field1 = body["from"]
            if field1 is not None and not (type(field1) is str and field1 in {"CLI", "MCP", "OpenClaw", "AutoClaw"}):
                return False
    return True


def _get_kwargs(
    *,
    passport_url: str,
    body: DeviceAuthorizationRequest,
) -> dict[str, Any]:
    if type(body.client_id) is not str and not isinstance(body.client_id, str):
        raise errors.InvalidArgumentError(f"client_id must be str, not {type(body.client_id).__name__}")

    if type(body.scope) is not str and not isinstance(body.scope, str):
        raise errors.InvalidArgumentError(f"scope must be str, not {type(body.scope).__name__}")

    if type(body.app_id) is not str and not isinstance(body.app_id, str):
        raise errors.InvalidArgumentError(f"app_id must be str, not {type(body.app_id).__name__}")

    if type(body.version) is not str and not isinstance(body.version, str):
        raise errors.InvalidArgumentError(f"version must be str, not {type(body.version).__name__}")

    if len(body.client_id) < 1:
        raise errors.InvalidArgumentError("client_id must not be empty")

    if len(body.scope) < 1:
        raise errors.InvalidArgumentError("scope must not be empty")

    if len(body.app_id) < 1:
        raise errors.InvalidArgumentError("app_id must not be empty")

    if len(body.version) < 1:
        raise errors.InvalidArgumentError("version must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": server_url(passport_url, "/oauth2/device_authorization", "passport_url"),
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    if not _passes(_kwargs.get("json")):
        check_body(_kwargs.get("json"), _RULES)
    return _kwargs


def _parse(response: httpx.Response) -> DeviceCodes:
    return parse_bare(
        response,
        _OPERATION,
        DeviceCodes.from_dict,
        ANSWERS.table,
        nonempty=("deviceCode", "userCode"),
    )


def sync_detailed(
    *,
    client: httpx.Client,
    passport_url: str,
    body: DeviceAuthorizationRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[DeviceCodes]:
    """Start an OAuth2 device flow at the passport (newer deployments only). Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                passport_url=passport_url,
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
    passport_url: str,
    body: DeviceAuthorizationRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> DeviceCodes:
    """Start an OAuth2 device flow at the passport (newer deployments only)."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    passport_url=passport_url,
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
    passport_url: str,
    body: DeviceAuthorizationRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[DeviceCodes]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                passport_url=passport_url,
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
    passport_url: str,
    body: DeviceAuthorizationRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> DeviceCodes:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    passport_url=passport_url,
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
