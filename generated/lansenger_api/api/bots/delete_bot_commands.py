# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Delete every slash command of one scope.

POST /v1/bot/commands/delete
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, send, unwrap
from ...models.bot_command_scope import BotCommandScope
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "delete_bot_commands"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "scopeType": {"name": "scope_type", "enum": [1, 2, 3, 4, 5, 6, 7]},
        "chatType": {"name": "chat_type", "enum": ["group", "staff"]},
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "scopeType" in body:
            field0 = body["scopeType"]
            if field0 is not None and not (type(field0) is int and field0 in {1, 2, 3, 4, 5, 6, 7}):
                return False
        if "chatType" in body:
            field1 = body["chatType"]
            if field1 is not None and not (type(field1) is str and field1 in {"group", "staff"}):
                return False
    return True


def _get_kwargs(
    *,
    body: BotCommandScope,
) -> dict[str, Any]:

    if body.chat_id is not UNSET and type(body.chat_id) is not str and not isinstance(body.chat_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"chat_id must be str, not {type(body.chat_id).__name__}")

    if body.staff_id is not UNSET and type(body.staff_id) is not str and not isinstance(body.staff_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"staff_id must be str, not {type(body.staff_id).__name__}")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/bot/commands/delete",
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


def _parse(response: httpx.Response) -> None:
    unwrap(response, _OPERATION, data_required=False)


def sync_detailed(
    *,
    client: httpx.Client,
    body: BotCommandScope,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """Delete every slash command of one scope. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync(
    *,
    client: httpx.Client,
    body: BotCommandScope,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """Delete every slash command of one scope."""
    _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
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
    body: BotCommandScope,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


async def asyncio(
    *,
    client: httpx.AsyncClient,
    body: BotCommandScope,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """The async twin of `sync`."""
    _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
