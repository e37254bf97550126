# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""List one page of the organisation's staff extension fields.

GET /v1/org/{org_id}/extrafieldids/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, path_segment, send
from ...models.org_extra_field_id_page import OrgExtraFieldIdPage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "list_extra_field_ids"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    org_id: str,
    *,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 1000,
) -> dict[str, Any]:
    _url = "/v1/org/{org_id}/extrafieldids/fetch".format(
        org_id=path_segment(org_id, "org_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if page is not UNSET and type(page) is not int and not isinstance(page, (int, Unset)):
        raise errors.InvalidArgumentError(f"page must be int, not {type(page).__name__}")

    if page_size is not UNSET and type(page_size) is not int and not isinstance(page_size, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_size must be int, not {type(page_size).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(page) is not Unset and page < 1:
        raise errors.InvalidArgumentError("page must be at least 1")

    if type(page_size) is not Unset and page_size < 1:
        raise errors.InvalidArgumentError("page_size must be at least 1")
    if type(page_size) is not Unset and page_size > 100000:
        raise errors.InvalidArgumentError("page_size must be at most 100000")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token
    if page is not UNSET and page is not None:
        params["page"] = page
    if page_size is not UNSET and page_size is not None:
        params["page_size"] = page_size

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _url,
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _parse(response: httpx.Response) -> OrgExtraFieldIdPage:
    return parse(
        response,
        _OPERATION,
        OrgExtraFieldIdPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    org_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 1000,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[OrgExtraFieldIdPage]:
    """List one page of the organisation's staff extension fields. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                org_id=org_id,
                user_token=user_token,
                page=page,
                page_size=page_size,
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
    org_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 1000,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> OrgExtraFieldIdPage:
    """List one page of the organisation's staff extension fields."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    org_id=org_id,
                    user_token=user_token,
                    page=page,
                    page_size=page_size,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )


async def asyncio_detailed(
    org_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 1000,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[OrgExtraFieldIdPage]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                org_id=org_id,
                user_token=user_token,
                page=page,
                page_size=page_size,
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
    org_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 1000,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> OrgExtraFieldIdPage:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    org_id=org_id,
                    user_token=user_token,
                    page=page,
                    page_size=page_size,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
