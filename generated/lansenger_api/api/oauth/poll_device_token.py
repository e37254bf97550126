# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Poll a device flow once (pending, slow down, approved with an OAuth2 code, denied or expired).

POST /oauth2/device_token
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import ANSWERS, asend, send
from ...models.device_poll_answer import DevicePollAnswer
from ...models.device_token_request import DeviceTokenRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...servers import parse_bare, server_url
from ...types import Response

_OPERATION = "poll_device_token"
_META = RequestMeta(operation=_OPERATION, app_token=False, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    passport_url: str,
    body: DeviceTokenRequest,
) -> dict[str, Any]:
    if type(body.device_code) is not str and not isinstance(body.device_code, str):
        raise errors.InvalidArgumentError(f"device_code must be str, not {type(body.device_code).__name__}")

    if type(body.client_id) is not str and not isinstance(body.client_id, str):
        raise errors.InvalidArgumentError(f"client_id must be str, not {type(body.client_id).__name__}")

    if len(body.device_code) < 1:
        raise errors.InvalidArgumentError("device_code must not be empty")

    if len(body.client_id) < 1:
        raise errors.InvalidArgumentError("client_id must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": server_url(passport_url, "/oauth2/device_token", "passport_url"),
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    return _kwargs


def _parse(response: httpx.Response) -> DevicePollAnswer:
    return parse_bare(
        response,
        _OPERATION,
        DevicePollAnswer.from_dict,
        ANSWERS.table,
        answer_errors=("authorization_pending", "slow_down", "access_denied", "expired_token"),
    )


def sync_detailed(
    *,
    client: httpx.Client,
    passport_url: str,
    body: DeviceTokenRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[DevicePollAnswer]:
    """Poll a device flow once (pending, slow down, approved with an OAuth2 code, denied or expired). Also returns the HTTP status, headers and raw body."""
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
    body: DeviceTokenRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> DevicePollAnswer:
    """Poll a device flow once (pending, slow down, approved with an OAuth2 code, denied or expired)."""
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
    body: DeviceTokenRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[DevicePollAnswer]:
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
    body: DeviceTokenRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> DevicePollAnswer:
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
