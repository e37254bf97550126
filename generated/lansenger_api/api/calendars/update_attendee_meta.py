# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Set the acting identity's own reply, colour, visibility, busy/free state or reminders on a schedule.

POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/meta/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, path_segment, send, unwrap
from ...models.schedule_attendee_meta_request import ScheduleAttendeeMetaRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_attendee_meta"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "anyRequired": ["rsvpStatus", "color", "permissions", "busyFreeState", "remindTimes"],
    "props": {
        "rsvpStatus": {"name": "rsvp_status", "enum": ["accept", "tentative", "decline"]},
        "permissions": {"name": "permissions", "enum": ["private", "public", "default"]},
        "busyFreeState": {"name": "busy_free_state", "enum": ["busy", "free"]},
        "remindTimes": {"name": "remind_times", "items": {"minimum": 0}},
        "color": {"name": "color"},
    },
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if not (
            body.get("rsvpStatus")
            or body.get("color")
            or body.get("permissions")
            or body.get("busyFreeState")
            or body.get("remindTimes")
        ):
            return False
        if "rsvpStatus" in body:
            field0 = body["rsvpStatus"]
            if field0 is not None and not (type(field0) is str and field0 in {"accept", "tentative", "decline"}):
                return False
        if "permissions" in body:
            field1 = body["permissions"]
            if field1 is not None and not (type(field1) is str and field1 in {"private", "public", "default"}):
                return False
        if "busyFreeState" in body:
            field2 = body["busyFreeState"]
            if field2 is not None and not (type(field2) is str and field2 in {"busy", "free"}):
                return False
        if "remindTimes" in body:
            field3 = body["remindTimes"]
            if field3 is not None:
                if type(field3) is not list:
                    return False
                for item4 in field3:
                    if item4 is not None and not ((type(item4) is int or type(item4) is float) and 0 <= item4):
                        return False
    return True


def _get_kwargs(
    calendar_id: str,
    schedule_id: str,
    *,
    body: ScheduleAttendeeMetaRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/calendars/{calendar_id}/schedules/{schedule_id}/members/meta/update".format(
        calendar_id=path_segment(calendar_id, "calendar_id"),
        schedule_id=path_segment(schedule_id, "schedule_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if user_id is not UNSET and type(user_id) is not str and not isinstance(user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_id must be str, not {type(user_id).__name__}")

    if body.color is not UNSET and type(body.color) is not str and not isinstance(body.color, (str, Unset)):
        raise errors.InvalidArgumentError(f"color must be str, not {type(body.color).__name__}")

    if (
        body.remind_times is not UNSET
        and type(body.remind_times) is not list
        and not isinstance(body.remind_times, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"remind_times must be list, not {type(body.remind_times).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(user_id) is not Unset and len(user_id) < 1:
        raise errors.InvalidArgumentError("user_id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token
    if user_id is not UNSET and user_id is not None:
        params["user_id"] = user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": _url,
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


def _parse(response: httpx.Response) -> None:
    unwrap(response, _OPERATION, data_required=False)


def sync_detailed(
    calendar_id: str,
    schedule_id: str,
    *,
    client: httpx.Client,
    body: ScheduleAttendeeMetaRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """Set the acting identity's own reply, colour, visibility, busy/free state or reminders on a schedule. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                calendar_id=calendar_id,
                schedule_id=schedule_id,
                body=body,
                user_token=user_token,
                user_id=user_id,
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
    calendar_id: str,
    schedule_id: str,
    *,
    client: httpx.Client,
    body: ScheduleAttendeeMetaRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """Set the acting identity's own reply, colour, visibility, busy/free state or reminders on a schedule."""
    _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    calendar_id=calendar_id,
                    schedule_id=schedule_id,
                    body=body,
                    user_token=user_token,
                    user_id=user_id,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )


async def asyncio_detailed(
    calendar_id: str,
    schedule_id: str,
    *,
    client: httpx.AsyncClient,
    body: ScheduleAttendeeMetaRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                calendar_id=calendar_id,
                schedule_id=schedule_id,
                body=body,
                user_token=user_token,
                user_id=user_id,
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
    calendar_id: str,
    schedule_id: str,
    *,
    client: httpx.AsyncClient,
    body: ScheduleAttendeeMetaRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
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
                    calendar_id=calendar_id,
                    schedule_id=schedule_id,
                    body=body,
                    user_token=user_token,
                    user_id=user_id,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
