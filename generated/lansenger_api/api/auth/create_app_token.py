# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Issue an app token from the app's credentials.

GET /v1/apptoken/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, send
from ...models.app_token import AppToken
from ...models.grant_type import GrantType
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import Response

_OPERATION = "create_app_token"
_META = RequestMeta(operation=_OPERATION, app_token=False, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    grant_type: GrantType = "client_credential",
    appid: str,
    secret: str,
) -> dict[str, Any]:

    if type(appid) is not str and not isinstance(appid, str):
        raise errors.InvalidArgumentError(f"appid must be str, not {type(appid).__name__}")

    if type(secret) is not str and not isinstance(secret, str):
        raise errors.InvalidArgumentError(f"secret must be str, not {type(secret).__name__}")

    if len(appid) < 1:
        raise errors.InvalidArgumentError("appid must not be empty")

    if len(secret) < 1:
        raise errors.InvalidArgumentError("secret must not be empty")

    params: dict[str, Any] = {}
    json_grant_type: str = grant_type
    if json_grant_type is not None:
        params["grant_type"] = json_grant_type
    params["appid"] = appid
    params["secret"] = secret

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/apptoken/create",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _parse(response: httpx.Response) -> AppToken:
    return parse(
        response,
        _OPERATION,
        AppToken.from_dict,
        data_required=True,
        default_error=errors.AuthenticationError,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    grant_type: GrantType = "client_credential",
    appid: str,
    secret: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[AppToken]:
    """Issue an app token from the app's credentials. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                grant_type=grant_type,
                appid=appid,
                secret=secret,
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
    grant_type: GrantType = "client_credential",
    appid: str,
    secret: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> AppToken:
    """Issue an app token from the app's credentials."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    grant_type=grant_type,
                    appid=appid,
                    secret=secret,
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
    grant_type: GrantType = "client_credential",
    appid: str,
    secret: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[AppToken]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                grant_type=grant_type,
                appid=appid,
                secret=secret,
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
    grant_type: GrantType = "client_credential",
    appid: str,
    secret: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> AppToken:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    grant_type=grant_type,
                    appid=appid,
                    secret=secret,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
