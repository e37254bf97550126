# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Create a personal todo; answers its code.

POST /xtra/tdtask/server/openapi/v3/taskopt/savePersonalTask
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import asend, parse, send
from ...models.personal_todo_create_request import PersonalTodoCreateRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_personal_todo"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "priority": {"name": "priority", "enum": [0, 1, 2, 3]},
        "type": {"name": "type_", "enum": [1]},
        "platform": {"name": "platform", "enum": [1, 2, 3]},
        "executors": {"name": "executors", "items": {"props": {"staffId": {"name": "staff_id", "minLength": 1}}}},
        "resources": {
            "name": "resources",
            "items": {
                "props": {
                    "fileName": {"name": "file_name", "minLength": 1},
                    "resourceId": {"name": "resource_id", "minLength": 1},
                    "fileType": {"name": "file_type", "minLength": 1},
                    "fileSize": {"name": "file_size", "minimum": 0},
                }
            },
        },
    }
}


def _get_kwargs(
    *,
    body: PersonalTodoCreateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(user_token, Unset) and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.subject) < 1:
        raise errors.InvalidArgumentError("subject must not be empty")

    if len(body.create_user_id) < 1:
        raise errors.InvalidArgumentError("create_user_id must not be empty")

    if len(body.org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    if len(body.appid) < 1:
        raise errors.InvalidArgumentError("appid must not be empty")

    params: dict[str, Any] = {}

    params["user_token"] = user_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/tdtask/server/openapi/v3/taskopt/savePersonalTask",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    _kwargs["json"] = body.to_dict()

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
        success_codes=(200,),
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: PersonalTodoCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[str]:
    """Create a personal todo; answers its code. Also returns the HTTP status, headers and raw body."""
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
    body: PersonalTodoCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> str:
    """Create a personal todo; answers its code."""
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
    body: PersonalTodoCreateRequest,
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
    body: PersonalTodoCreateRequest,
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
