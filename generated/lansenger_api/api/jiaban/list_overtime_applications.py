# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""List one page of a staff member's own overtime applications.

POST /xtra/jiaban/server/openapi/v2/getMyApplyPageInfo
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.jiaban_apply_list_request import JiabanApplyListRequest
from ...models.jiaban_apply_page import JiabanApplyPage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "list_overtime_applications"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    body: JiabanApplyListRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.cmc_code) is not str and not isinstance(body.cmc_code, str):
        raise errors.InvalidArgumentError(f"cmc_code must be str, not {type(body.cmc_code).__name__}")

    if body.page_no is not UNSET and type(body.page_no) is not int and not isinstance(body.page_no, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_no must be int, not {type(body.page_no).__name__}")

    if body.page_size is not UNSET and type(body.page_size) is not int and not isinstance(body.page_size, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_size must be int, not {type(body.page_size).__name__}")

    if (
        body.creator_id is not UNSET
        and type(body.creator_id) is not str
        and not isinstance(body.creator_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"creator_id must be str, not {type(body.creator_id).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.cmc_code) < 1:
        raise errors.InvalidArgumentError("cmc_code must not be empty")

    if type(body.page_no) is not Unset and body.page_no < 1:
        raise errors.InvalidArgumentError("page_no must be at least 1")

    if type(body.page_size) is not Unset and body.page_size < 1:
        raise errors.InvalidArgumentError("page_size must be at least 1")

    if type(body.creator_id) is not Unset and len(body.creator_id) < 1:
        raise errors.InvalidArgumentError("creator_id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/jiaban/server/openapi/v2/getMyApplyPageInfo",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    return _kwargs


def _parse(response: httpx.Response) -> JiabanApplyPage:
    return parse(
        response,
        _OPERATION,
        JiabanApplyPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: JiabanApplyListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[JiabanApplyPage]:
    """List one page of a staff member's own overtime applications. Also returns the HTTP status, headers and raw body."""
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
    body: JiabanApplyListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> JiabanApplyPage:
    """List one page of a staff member's own overtime applications."""
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
    body: JiabanApplyListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[JiabanApplyPage]:
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
    body: JiabanApplyListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> JiabanApplyPage:
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
