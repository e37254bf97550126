# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Set the do-not-disturb flag or the unread badge of the app's notification chat, for many people.

POST /v2/chat/notification/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.chat_notification_update import ChatNotificationUpdate
from ...models.notifications_accepted import NotificationsAccepted
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_chat_notifications"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "statusList": {
            "name": "status_list",
            "items": {
                "anyRequired": ["noDisturb", "unreadCount"],
                "props": {
                    "userId": {"name": "user_id", "minLength": 1},
                    "noDisturb": {"name": "no_disturb", "enum": ["true", "false"]},
                    "unreadCount": {"name": "unread_count", "minimum": 0},
                },
            },
        }
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "statusList" in body:
            field0 = body["statusList"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None:
                        if type(item1) is not dict:
                            return False
                        if not (item1.get("noDisturb") or item1.get("unreadCount")):
                            return False
                        if "userId" in item1:
                            field2 = item1["userId"]
                            if field2 is not None and not (type(field2) is str and 1 <= len(field2)):
                                return False
                        if "noDisturb" in item1:
                            field3 = item1["noDisturb"]
                            if field3 is not None and not (type(field3) is str and field3 in {"true", "false"}):
                                return False
                        if "unreadCount" in item1:
                            field4 = item1["unreadCount"]
                            if field4 is not None and not (
                                (type(field4) is int or type(field4) is float) and 0 <= field4
                            ):
                                return False
    return True


def _get_kwargs(
    *,
    body: ChatNotificationUpdate,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.status_list) is not list and not isinstance(body.status_list, (list, tuple)):
        raise errors.InvalidArgumentError(f"status_list must be list, not {type(body.status_list).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.status_list) < 1:
        raise errors.InvalidArgumentError("status_list must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/chat/notification/update",
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


def _build(data: Any) -> NotificationsAccepted | None:
    if data is None:
        return None
    response_200 = NotificationsAccepted.from_dict(data)

    return response_200


def _parse(response: httpx.Response) -> NotificationsAccepted | None:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=False,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: ChatNotificationUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[NotificationsAccepted | None]:
    """Set the do-not-disturb flag or the unread badge of the app's notification chat, for many people. Also returns the HTTP status, headers and raw body."""
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
    body: ChatNotificationUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> NotificationsAccepted | None:
    """Set the do-not-disturb flag or the unread badge of the app's notification chat, for many people."""
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
    body: ChatNotificationUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[NotificationsAccepted | None]:
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
    body: ChatNotificationUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> NotificationsAccepted | None:
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
