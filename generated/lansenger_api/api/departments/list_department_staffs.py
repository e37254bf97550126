# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""List one page of a department's members.

GET /v1/departments/{department_id}/staffs/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, path_segment, send
from ...models.department_staff_page import DepartmentStaffPage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "list_department_staffs"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    department_id: str,
    *,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
) -> dict[str, Any]:
    _url = "/v1/departments/{department_id}/staffs/fetch".format(
        department_id=path_segment(department_id, "department_id"),
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
    if type(page_size) is not Unset and page_size > 100:
        raise errors.InvalidArgumentError("page_size must be at most 100")

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


def _parse(response: httpx.Response) -> DepartmentStaffPage:
    return parse(
        response,
        _OPERATION,
        DepartmentStaffPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    department_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[DepartmentStaffPage]:
    """List one page of a department's members. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                department_id=department_id,
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
    department_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> DepartmentStaffPage:
    """List one page of a department's members."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    department_id=department_id,
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
    department_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[DepartmentStaffPage]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                department_id=department_id,
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
    department_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> DepartmentStaffPage:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    department_id=department_id,
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
