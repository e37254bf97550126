# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The organisations the app is installed in, as an incremental sync.

GET /v1/app/roaming/orgs/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, send
from ...models.roaming_orgs_page import RoamingOrgsPage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "list_roaming_orgs"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    page_size: int = 1000,
    base_version: str = "0",
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if type(page_size) is not int and not isinstance(page_size, int):
        raise errors.InvalidArgumentError(f"page_size must be int, not {type(page_size).__name__}")

    if type(base_version) is not str and not isinstance(base_version, str):
        raise errors.InvalidArgumentError(f"base_version must be str, not {type(base_version).__name__}")

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if page_size < 1:
        raise errors.InvalidArgumentError("page_size must be at least 1")
    if page_size > 1000:
        raise errors.InvalidArgumentError("page_size must be at most 1000")

    if len(base_version) < 1:
        raise errors.InvalidArgumentError("base_version must not be empty")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    params: dict[str, Any] = {}
    params["page_size"] = page_size
    params["base_version"] = base_version
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/app/roaming/orgs/fetch",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _parse(response: httpx.Response) -> RoamingOrgsPage:
    return parse(
        response,
        _OPERATION,
        RoamingOrgsPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    page_size: int = 1000,
    base_version: str = "0",
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[RoamingOrgsPage]:
    """The organisations the app is installed in, as an incremental sync. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                page_size=page_size,
                base_version=base_version,
                user_token=user_token,
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
    page_size: int = 1000,
    base_version: str = "0",
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> RoamingOrgsPage:
    """The organisations the app is installed in, as an incremental sync."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    page_size=page_size,
                    base_version=base_version,
                    user_token=user_token,
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
    page_size: int = 1000,
    base_version: str = "0",
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[RoamingOrgsPage]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                page_size=page_size,
                base_version=base_version,
                user_token=user_token,
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
    page_size: int = 1000,
    base_version: str = "0",
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> RoamingOrgsPage:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    page_size=page_size,
                    base_version=base_version,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
