# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Trade a refresh token for a new user token and a new refresh token.

GET /v1/refresh_token/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, send
from ...models.refresh_user_token_grant_type import RefreshUserTokenGrantType
from ...models.user_token_grant import UserTokenGrant
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "refresh_user_token"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    grant_type: RefreshUserTokenGrantType = "refresh_token",
    refresh_token: str,
    scope: str | Unset = UNSET,
) -> dict[str, Any]:

    if type(refresh_token) is not str and not isinstance(refresh_token, str):
        raise errors.InvalidArgumentError(f"refresh_token must be str, not {type(refresh_token).__name__}")

    if scope is not UNSET and type(scope) is not str and not isinstance(scope, (str, Unset)):
        raise errors.InvalidArgumentError(f"scope must be str, not {type(scope).__name__}")

    if len(refresh_token) < 1:
        raise errors.InvalidArgumentError("refresh_token must not be empty")

    if type(scope) is not Unset and len(scope) < 1:
        raise errors.InvalidArgumentError("scope must not be empty")

    params: dict[str, Any] = {}
    json_grant_type: str = grant_type
    if json_grant_type is not None:
        params["grant_type"] = json_grant_type
    params["refresh_token"] = refresh_token
    if scope is not UNSET and scope is not None:
        params["scope"] = scope

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/refresh_token/create",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _parse(response: httpx.Response) -> UserTokenGrant:
    return parse(
        response,
        _OPERATION,
        UserTokenGrant.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    grant_type: RefreshUserTokenGrantType = "refresh_token",
    refresh_token: str,
    scope: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[UserTokenGrant]:
    """Trade a refresh token for a new user token and a new refresh token. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                grant_type=grant_type,
                refresh_token=refresh_token,
                scope=scope,
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
    grant_type: RefreshUserTokenGrantType = "refresh_token",
    refresh_token: str,
    scope: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> UserTokenGrant:
    """Trade a refresh token for a new user token and a new refresh token."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    grant_type=grant_type,
                    refresh_token=refresh_token,
                    scope=scope,
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
    grant_type: RefreshUserTokenGrantType = "refresh_token",
    refresh_token: str,
    scope: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[UserTokenGrant]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                grant_type=grant_type,
                refresh_token=refresh_token,
                scope=scope,
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
    grant_type: RefreshUserTokenGrantType = "refresh_token",
    refresh_token: str,
    scope: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> UserTokenGrant:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    grant_type=grant_type,
                    refresh_token=refresh_token,
                    scope=scope,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
