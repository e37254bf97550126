# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Search staff by name, optionally within some departments.

POST /v2/staffs/search
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.staff_search_page import StaffSearchPage
from ...models.staff_search_request import StaffSearchRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "search_staffs"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "searchScope": {
            "name": "search_scope",
            "props": {
                "sectorIds": {"name": "sector_ids", "items": {"minLength": 1}},
                "orgIds": {"name": "org_ids", "items": {"minLength": 1}},
            },
        }
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "searchScope" in body:
            field0 = body["searchScope"]
            if field0 is not None:
                if type(field0) is not dict:
                    return False
                if "sectorIds" in field0:
                    field1 = field0["sectorIds"]
                    if field1 is not None:
                        if type(field1) is not list:
                            return False
                        for item2 in field1:
                            if item2 is not None and not (type(item2) is str and 1 <= len(item2)):
                                return False
                if "orgIds" in field0:
                    field3 = field0["orgIds"]
                    if field3 is not None:
                        if type(field3) is not list:
                            return False
                        for item4 in field3:
                            if item4 is not None and not (type(item4) is str and 1 <= len(item4)):
                                return False
    return True


def _get_kwargs(
    *,
    body: StaffSearchRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if user_id is not UNSET and type(user_id) is not str and not isinstance(user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_id must be str, not {type(user_id).__name__}")

    if page is not UNSET and type(page) is not int and not isinstance(page, (int, Unset)):
        raise errors.InvalidArgumentError(f"page must be int, not {type(page).__name__}")

    if page_size is not UNSET and type(page_size) is not int and not isinstance(page_size, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_size must be int, not {type(page_size).__name__}")

    if type(body.keyword) is not str and not isinstance(body.keyword, str):
        raise errors.InvalidArgumentError(f"keyword must be str, not {type(body.keyword).__name__}")

    if (
        body.recursive is not UNSET
        and type(body.recursive) is not bool
        and not isinstance(body.recursive, (bool, Unset))
    ):
        raise errors.InvalidArgumentError(f"recursive must be bool, not {type(body.recursive).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(user_id) is not Unset and len(user_id) < 1:
        raise errors.InvalidArgumentError("user_id must not be empty")

    if type(page) is not Unset and page < 1:
        raise errors.InvalidArgumentError("page must be at least 1")

    if type(page_size) is not Unset and page_size < 1:
        raise errors.InvalidArgumentError("page_size must be at least 1")
    if type(page_size) is not Unset and page_size > 100:
        raise errors.InvalidArgumentError("page_size must be at most 100")

    if len(body.keyword) < 1:
        raise errors.InvalidArgumentError("keyword must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token
    if user_id is not UNSET and user_id is not None:
        params["user_id"] = user_id
    if page is not UNSET and page is not None:
        params["page"] = page
    if page_size is not UNSET and page_size is not None:
        params["page_size"] = page_size

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/staffs/search",
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


def _parse(response: httpx.Response) -> StaffSearchPage:
    return parse(
        response,
        _OPERATION,
        StaffSearchPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: StaffSearchRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[StaffSearchPage]:
    """Search staff by name, optionally within some departments. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
                user_token=user_token,
                user_id=user_id,
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
    body: StaffSearchRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> StaffSearchPage:
    """Search staff by name, optionally within some departments."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                    user_token=user_token,
                    user_id=user_id,
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
    body: StaffSearchRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[StaffSearchPage]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
                user_token=user_token,
                user_id=user_id,
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
    body: StaffSearchRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> StaffSearchPage:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                    user_token=user_token,
                    user_id=user_id,
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
