# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Urge recipients of a sent message to read it, by pop-up, SMS or phone call.

POST /v1/messages/reminder/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, send, unwrap
from ...models.message_reminder_request import MessageReminderRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import Response

_OPERATION = "create_message_reminder"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "reminderTypes": {"name": "reminder_types", "items": {"enum": [0, 1, 2, 3]}},
        "userIdList": {"name": "user_id_list", "items": {"minLength": 1}},
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "reminderTypes" in body:
            field0 = body["reminderTypes"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is int and item1 in {0, 1, 2, 3}):
                        return False
        if "userIdList" in body:
            field2 = body["userIdList"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                        return False
    return True


def _get_kwargs(
    *,
    body: MessageReminderRequest,
) -> dict[str, Any]:
    if type(body.msg_id) is not str and not isinstance(body.msg_id, str):
        raise errors.InvalidArgumentError(f"msg_id must be str, not {type(body.msg_id).__name__}")

    if type(body.reminder_types) is not list and not isinstance(body.reminder_types, (list, tuple)):
        raise errors.InvalidArgumentError(f"reminder_types must be list, not {type(body.reminder_types).__name__}")

    if type(body.user_id_list) is not list and not isinstance(body.user_id_list, (list, tuple)):
        raise errors.InvalidArgumentError(f"user_id_list must be list, not {type(body.user_id_list).__name__}")

    if len(body.msg_id) < 1:
        raise errors.InvalidArgumentError("msg_id must not be empty")

    if len(body.reminder_types) < 1:
        raise errors.InvalidArgumentError("reminder_types must not be empty")

    if len(body.user_id_list) < 1:
        raise errors.InvalidArgumentError("user_id_list must not be empty")
    if len(body.user_id_list) > 100:
        raise errors.InvalidArgumentError("user_id_list must have at most 100 items")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/reminder/create",
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
    body: MessageReminderRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """Urge recipients of a sent message to read it, by pop-up, SMS or phone call. Also returns the HTTP status, headers and raw body."""
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
    body: MessageReminderRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """Urge recipients of a sent message to read it, by pop-up, SMS or phone call."""
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
    body: MessageReminderRequest,
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
    body: MessageReminderRequest,
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
