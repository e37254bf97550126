# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Push app events to people's clients, such as the workbench badge (eventType app_changes).

POST /v2/event/notification/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.event_notification_request import EventNotificationRequest
from ...models.notifications_accepted import NotificationsAccepted
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_event_notification"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "events": {
            "name": "events",
            "items": {
                "props": {
                    "eventType": {"name": "event_type", "minLength": 1},
                    "receiverIds": {"name": "receiver_ids", "items": {"minLength": 1}},
                    "deviceType": {"name": "device_type", "minimum": 0, "maximum": 31},
                    "expires": {"name": "expires", "minimum": 0},
                }
            },
        }
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "events" in body:
            field0 = body["events"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None:
                        if type(item1) is not dict:
                            return False
                        if "eventType" in item1:
                            field2 = item1["eventType"]
                            if field2 is not None and not (type(field2) is str and 1 <= len(field2)):
                                return False
                        if "receiverIds" in item1:
                            field3 = item1["receiverIds"]
                            if field3 is not None:
                                if type(field3) is not list:
                                    return False
                                for item4 in field3:
                                    if item4 is not None and not (type(item4) is str and 1 <= len(item4)):
                                        return False
                        if "deviceType" in item1:
                            field5 = item1["deviceType"]
                            if field5 is not None and not (
                                (type(field5) is int or type(field5) is float) and 0 <= field5 and field5 <= 31
                            ):
                                return False
                        if "expires" in item1:
                            field6 = item1["expires"]
                            if field6 is not None and not (
                                (type(field6) is int or type(field6) is float) and 0 <= field6
                            ):
                                return False
    return True


def _get_kwargs(
    *,
    body: EventNotificationRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.events) is not list and not isinstance(body.events, (list, tuple)):
        raise errors.InvalidArgumentError(f"events must be list, not {type(body.events).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.events) < 1:
        raise errors.InvalidArgumentError("events must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/event/notification/create",
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
    body: EventNotificationRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[NotificationsAccepted | None]:
    """Push app events to people's clients, such as the workbench badge (eventType app_changes). Also returns the HTTP status, headers and raw body."""
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
    body: EventNotificationRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> NotificationsAccepted | None:
    """Push app events to people's clients, such as the workbench badge (eventType app_changes)."""
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
    body: EventNotificationRequest,
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
    body: EventNotificationRequest,
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
