# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Exchange an OAuth2 authorization code for a user token.

GET /v2/user_token/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, send
from ...models.create_user_token_grant_type import CreateUserTokenGrantType
from ...models.user_token_grant import UserTokenGrant
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "create_user_token"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    grant_type: CreateUserTokenGrantType = "authorization_code",
    code: str,
    redirect_uri: str | Unset = UNSET,
) -> dict[str, Any]:

    if type(code) is not str and not isinstance(code, str):
        raise errors.InvalidArgumentError(f"code must be str, not {type(code).__name__}")

    if redirect_uri is not UNSET and type(redirect_uri) is not str and not isinstance(redirect_uri, (str, Unset)):
        raise errors.InvalidArgumentError(f"redirect_uri must be str, not {type(redirect_uri).__name__}")

    if len(code) < 1:
        raise errors.InvalidArgumentError("code must not be empty")

    if type(redirect_uri) is not Unset and len(redirect_uri) < 1:
        raise errors.InvalidArgumentError("redirect_uri must not be empty")

    params: dict[str, Any] = {}
    json_grant_type: str = grant_type
    if json_grant_type is not None:
        params["grant_type"] = json_grant_type
    params["code"] = code
    if redirect_uri is not UNSET and redirect_uri is not None:
        params["redirect_uri"] = redirect_uri

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/user_token/create",
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
    grant_type: CreateUserTokenGrantType = "authorization_code",
    code: str,
    redirect_uri: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[UserTokenGrant]:
    """Exchange an OAuth2 authorization code for a user token. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                grant_type=grant_type,
                code=code,
                redirect_uri=redirect_uri,
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
    grant_type: CreateUserTokenGrantType = "authorization_code",
    code: str,
    redirect_uri: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> UserTokenGrant:
    """Exchange an OAuth2 authorization code for a user token."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    grant_type=grant_type,
                    code=code,
                    redirect_uri=redirect_uri,
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
    grant_type: CreateUserTokenGrantType = "authorization_code",
    code: str,
    redirect_uri: str | Unset = UNSET,
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
                code=code,
                redirect_uri=redirect_uri,
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
    grant_type: CreateUserTokenGrantType = "authorization_code",
    code: str,
    redirect_uri: str | Unset = UNSET,
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
                    code=code,
                    redirect_uri=redirect_uri,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
