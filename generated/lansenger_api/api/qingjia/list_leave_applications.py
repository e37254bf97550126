# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""List one page of a staff member's own leave applications.

POST /xtra/qingjia/server/openapi/v2/myApplyPageInfo
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.qingjia_apply_list_request import QingjiaApplyListRequest
from ...models.qingjia_apply_page import QingjiaApplyPage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "list_leave_applications"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "queryVO": {
            "name": "query_vo",
            "props": {"pageNo": {"name": "page_no", "minimum": 1}, "pageSize": {"name": "page_size", "minimum": 1}},
        }
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "queryVO" in body:
            field0 = body["queryVO"]
            if field0 is not None:
                if type(field0) is not dict:
                    return False
                if "pageNo" in field0:
                    field1 = field0["pageNo"]
                    if field1 is not None and not ((type(field1) is int or type(field1) is float) and 1 <= field1):
                        return False
                if "pageSize" in field0:
                    field2 = field0["pageSize"]
                    if field2 is not None and not ((type(field2) is int or type(field2) is float) and 1 <= field2):
                        return False
    return True


def _get_kwargs(
    *,
    body: QingjiaApplyListRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.cmc_code) is not str and not isinstance(body.cmc_code, str):
        raise errors.InvalidArgumentError(f"cmc_code must be str, not {type(body.cmc_code).__name__}")

    if body.is_diss is not UNSET and type(body.is_diss) is not bool and not isinstance(body.is_diss, (bool, Unset)):
        raise errors.InvalidArgumentError(f"is_diss must be bool, not {type(body.is_diss).__name__}")

    if body.staff_id is not UNSET and type(body.staff_id) is not str and not isinstance(body.staff_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"staff_id must be str, not {type(body.staff_id).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.cmc_code) < 1:
        raise errors.InvalidArgumentError("cmc_code must not be empty")

    if type(body.staff_id) is not Unset and len(body.staff_id) < 1:
        raise errors.InvalidArgumentError("staff_id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/qingjia/server/openapi/v2/myApplyPageInfo",
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


def _parse(response: httpx.Response) -> QingjiaApplyPage:
    return parse(
        response,
        _OPERATION,
        QingjiaApplyPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: QingjiaApplyListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[QingjiaApplyPage]:
    """List one page of a staff member's own leave applications. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
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
    body: QingjiaApplyListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> QingjiaApplyPage:
    """List one page of a staff member's own leave applications."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
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
    body: QingjiaApplyListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[QingjiaApplyPage]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
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
    body: QingjiaApplyListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> QingjiaApplyPage:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
