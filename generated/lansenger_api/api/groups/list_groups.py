# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""One page of the ids of the groups the caller is in.

GET /v2/groups/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, send
from ...models.group_ids_page import GroupIdsPage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "list_groups"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 100,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if page_offset is not UNSET and type(page_offset) is not int and not isinstance(page_offset, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_offset must be int, not {type(page_offset).__name__}")

    if page_size is not UNSET and type(page_size) is not int and not isinstance(page_size, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_size must be int, not {type(page_size).__name__}")

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(page_offset) is not Unset and page_offset < 0:
        raise errors.InvalidArgumentError("page_offset must be at least 0")

    if type(page_size) is not Unset and page_size < 1:
        raise errors.InvalidArgumentError("page_size must be at least 1")
    if type(page_size) is not Unset and page_size > 100:
        raise errors.InvalidArgumentError("page_size must be at most 100")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    params: dict[str, Any] = {}
    if page_offset is not UNSET and page_offset is not None:
        params["page_offset"] = page_offset
    if page_size is not UNSET and page_size is not None:
        params["page_size"] = page_size
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/groups/fetch",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _parse(response: httpx.Response) -> GroupIdsPage:
    return parse(
        response,
        _OPERATION,
        GroupIdsPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 100,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[GroupIdsPage]:
    """One page of the ids of the groups the caller is in. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                page_offset=page_offset,
                page_size=page_size,
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
    page_offset: int | Unset = 0,
    page_size: int | Unset = 100,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> GroupIdsPage:
    """One page of the ids of the groups the caller is in."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    page_offset=page_offset,
                    page_size=page_size,
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
    page_offset: int | Unset = 0,
    page_size: int | Unset = 100,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[GroupIdsPage]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                page_offset=page_offset,
                page_size=page_size,
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
    page_offset: int | Unset = 0,
    page_size: int | Unset = 100,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> GroupIdsPage:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    page_offset=page_offset,
                    page_size=page_size,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
