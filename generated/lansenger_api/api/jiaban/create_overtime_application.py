# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Submit an overtime application to its approvers.

POST /xtra/jiaban/server/openapi/v2/submitApprove
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.jiaban_apply_request import JiabanApplyRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_overtime_application"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {"props": {"approveIds": {"name": "approve_ids", "items": {"minLength": 1}}}}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "approveIds" in body:
            field0 = body["approveIds"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
    return True


def _get_kwargs(
    *,
    body: JiabanApplyRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.cmc_code) is not str and not isinstance(body.cmc_code, str):
        raise errors.InvalidArgumentError(f"cmc_code must be str, not {type(body.cmc_code).__name__}")

    if type(body.applyer_id) is not str and not isinstance(body.applyer_id, str):
        raise errors.InvalidArgumentError(f"applyer_id must be str, not {type(body.applyer_id).__name__}")

    if type(body.start_time) is not int and not isinstance(body.start_time, int):
        raise errors.InvalidArgumentError(f"start_time must be int, not {type(body.start_time).__name__}")

    if type(body.end_time) is not int and not isinstance(body.end_time, int):
        raise errors.InvalidArgumentError(f"end_time must be int, not {type(body.end_time).__name__}")

    if type(body.memo) is not str and not isinstance(body.memo, str):
        raise errors.InvalidArgumentError(f"memo must be str, not {type(body.memo).__name__}")

    if type(body.approve_ids) is not list and not isinstance(body.approve_ids, (list, tuple)):
        raise errors.InvalidArgumentError(f"approve_ids must be list, not {type(body.approve_ids).__name__}")

    if type(body.overtime_type) is not int and not isinstance(body.overtime_type, int):
        raise errors.InvalidArgumentError(f"overtime_type must be int, not {type(body.overtime_type).__name__}")

    if type(body.apply_type) is not int and not isinstance(body.apply_type, int):
        raise errors.InvalidArgumentError(f"apply_type must be int, not {type(body.apply_type).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.cmc_code) < 1:
        raise errors.InvalidArgumentError("cmc_code must not be empty")

    if len(body.applyer_id) < 1:
        raise errors.InvalidArgumentError("applyer_id must not be empty")

    if len(body.memo) < 1:
        raise errors.InvalidArgumentError("memo must not be empty")

    if len(body.approve_ids) < 1:
        raise errors.InvalidArgumentError("approve_ids must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/jiaban/server/openapi/v2/submitApprove",
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


def _build(data: Any) -> str:
    return cast(str, data)


def _parse(response: httpx.Response) -> str:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: JiabanApplyRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[str]:
    """Submit an overtime application to its approvers. Also returns the HTTP status, headers and raw body."""
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
    body: JiabanApplyRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> str:
    """Submit an overtime application to its approvers."""
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
    body: JiabanApplyRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[str]:
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
    body: JiabanApplyRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> str:
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
