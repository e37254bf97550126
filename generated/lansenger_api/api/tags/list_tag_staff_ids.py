# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""List one page of the staff who carry the given tags.

POST /v1/tags/staffids/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.tag_staff_page import TagStaffPage
from ...models.tag_staff_query import TagStaffQuery
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "list_tag_staff_ids"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "tagFilters": {
            "name": "tag_filters",
            "items": {"props": {"tags": {"name": "tags", "minItems": 1, "items": {"minLength": 1}}}},
        }
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "tagFilters" in body:
            field0 = body["tagFilters"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None:
                        if type(item1) is not dict:
                            return False
                        if "tags" in item1:
                            field2 = item1["tags"]
                            if field2 is not None:
                                if type(field2) is not list or len(field2) < 1:
                                    return False
                                for item3 in field2:
                                    if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                                        return False
    return True


def _get_kwargs(
    *,
    body: TagStaffQuery,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if page is not UNSET and type(page) is not int and not isinstance(page, (int, Unset)):
        raise errors.InvalidArgumentError(f"page must be int, not {type(page).__name__}")

    if page_size is not UNSET and type(page_size) is not int and not isinstance(page_size, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_size must be int, not {type(page_size).__name__}")

    if type(body.org_id) is not str and not isinstance(body.org_id, str):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if type(body.tag_filters) is not list and not isinstance(body.tag_filters, (list, tuple)):
        raise errors.InvalidArgumentError(f"tag_filters must be list, not {type(body.tag_filters).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(page) is not Unset and page < 1:
        raise errors.InvalidArgumentError("page must be at least 1")

    if type(page_size) is not Unset and page_size < 1:
        raise errors.InvalidArgumentError("page_size must be at least 1")
    if type(page_size) is not Unset and page_size > 100000:
        raise errors.InvalidArgumentError("page_size must be at most 100000")

    if len(body.org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    if len(body.tag_filters) < 1:
        raise errors.InvalidArgumentError("tag_filters must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token
    if page is not UNSET and page is not None:
        params["page"] = page
    if page_size is not UNSET and page_size is not None:
        params["page_size"] = page_size

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tags/staffids/fetch",
        "params": params,
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


def _parse(response: httpx.Response) -> TagStaffPage:
    return parse(
        response,
        _OPERATION,
        TagStaffPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: TagStaffQuery,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[TagStaffPage]:
    """List one page of the staff who carry the given tags. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
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
    *,
    client: httpx.Client,
    body: TagStaffQuery,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> TagStaffPage:
    """List one page of the staff who carry the given tags."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
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
    *,
    client: httpx.AsyncClient,
    body: TagStaffQuery,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[TagStaffPage]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
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
    *,
    client: httpx.AsyncClient,
    body: TagStaffQuery,
    user_token: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> TagStaffPage:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
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
