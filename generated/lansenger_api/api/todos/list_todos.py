# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""List todos, optionally filtered by app, executor and status.

POST /xtra/task/unified/v1/todotask/list/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.todo_list_request import TodoListRequest
from ...models.todo_task_list import TodoTaskList
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "list_todos"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "appIds": {"name": "app_ids", "items": {"minLength": 1}},
        "statusList": {"name": "status_list", "items": {"enum": ["11", "12", "21", "22"]}},
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "appIds" in body:
            field0 = body["appIds"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
        if "statusList" in body:
            field2 = body["statusList"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None and not (type(item3) is str and item3 in {"11", "12", "21", "22"}):
                        return False
    return True


def _get_kwargs(
    *,
    body: TodoListRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.org_id) is not str and not isinstance(body.org_id, str):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if (
        body.app_ids is not UNSET
        and type(body.app_ids) is not list
        and not isinstance(body.app_ids, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"app_ids must be list, not {type(body.app_ids).__name__}")

    if body.staff_id is not UNSET and type(body.staff_id) is not str and not isinstance(body.staff_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"staff_id must be str, not {type(body.staff_id).__name__}")

    if (
        body.status_list is not UNSET
        and type(body.status_list) is not list
        and not isinstance(body.status_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"status_list must be list, not {type(body.status_list).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/task/unified/v1/todotask/list/fetch",
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


def _parse(response: httpx.Response) -> TodoTaskList:
    return parse(
        response,
        _OPERATION,
        TodoTaskList.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: TodoListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[TodoTaskList]:
    """List todos, optionally filtered by app, executor and status. Also returns the HTTP status, headers and raw body."""
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
    body: TodoListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> TodoTaskList:
    """List todos, optionally filtered by app, executor and status."""
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
    body: TodoListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[TodoTaskList]:
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
    body: TodoListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> TodoTaskList:
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
