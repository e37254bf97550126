# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Create a todo for its executors.

POST /xtra/task/unified/v1/todotask/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.todo_create_request import TodoCreateRequest
from ...models.todo_task_ref import TodoTaskRef
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_todo"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "type": {"name": "type_", "enum": [1, 2]},
        "executorIds": {"name": "executor_ids", "items": {"minLength": 1}},
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "type" in body:
            field0 = body["type"]
            if field0 is not None and not (type(field0) is int and field0 in {1, 2}):
                return False
        if "executorIds" in body:
            field1 = body["executorIds"]
            if field1 is not None:
                if type(field1) is not list:
                    return False
                for item2 in field1:
                    if item2 is not None and not (type(item2) is str and 1 <= len(item2)):
                        return False
    return True


def _get_kwargs(
    *,
    body: TodoCreateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.title) is not str and not isinstance(body.title, str):
        raise errors.InvalidArgumentError(f"title must be str, not {type(body.title).__name__}")

    if type(body.link) is not str and not isinstance(body.link, str):
        raise errors.InvalidArgumentError(f"link must be str, not {type(body.link).__name__}")

    if type(body.pc_link) is not str and not isinstance(body.pc_link, str):
        raise errors.InvalidArgumentError(f"pc_link must be str, not {type(body.pc_link).__name__}")

    if type(body.executor_ids) is not list and not isinstance(body.executor_ids, (list, tuple)):
        raise errors.InvalidArgumentError(f"executor_ids must be list, not {type(body.executor_ids).__name__}")

    if type(body.org_id) is not str and not isinstance(body.org_id, str):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if body.source_id is not UNSET and type(body.source_id) is not str and not isinstance(body.source_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"source_id must be str, not {type(body.source_id).__name__}")

    if body.desc is not UNSET and type(body.desc) is not str and not isinstance(body.desc, (str, Unset)):
        raise errors.InvalidArgumentError(f"desc must be str, not {type(body.desc).__name__}")

    if body.sender_id is not UNSET and type(body.sender_id) is not str and not isinstance(body.sender_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"sender_id must be str, not {type(body.sender_id).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.title) < 1:
        raise errors.InvalidArgumentError("title must not be empty")

    if len(body.link) < 1:
        raise errors.InvalidArgumentError("link must not be empty")

    if len(body.pc_link) < 1:
        raise errors.InvalidArgumentError("pc_link must not be empty")

    if len(body.executor_ids) < 1:
        raise errors.InvalidArgumentError("executor_ids must not be empty")

    if len(body.org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/task/unified/v1/todotask/create",
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


def _parse(response: httpx.Response) -> TodoTaskRef:
    return parse(
        response,
        _OPERATION,
        TodoTaskRef.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: TodoCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[TodoTaskRef]:
    """Create a todo for its executors. Also returns the HTTP status, headers and raw body."""
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
    body: TodoCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> TodoTaskRef:
    """Create a todo for its executors."""
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
    body: TodoCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[TodoTaskRef]:
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
    body: TodoCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> TodoTaskRef:
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
