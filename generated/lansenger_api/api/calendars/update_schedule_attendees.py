# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Add and remove attendees in one call; give at least one of addAttendees and deleteAttendees.

POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, path_segment, send
from ...models.schedule_attendees_batch import ScheduleAttendeesBatch
from ...models.schedule_attendees_updated import ScheduleAttendeesUpdated
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_schedule_attendees"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "anyRequired": ["addAttendees", "deleteAttendees"],
    "props": {
        "addAttendees": {"name": "add_attendees", "items": {"minLength": 1}},
        "deleteAttendees": {"name": "delete_attendees", "items": {"minLength": 1}},
        "reminderType": {"name": "reminder_type", "enum": ["yes", "no"]},
        "operationType": {"name": "operation_type", "enum": ["modify_current", "modify_current_after", "modify_all"]},
    },
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if not (body.get("addAttendees") or body.get("deleteAttendees")):
            return False
        if "addAttendees" in body:
            field0 = body["addAttendees"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
        if "deleteAttendees" in body:
            field2 = body["deleteAttendees"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                        return False
        if "reminderType" in body:
            field4 = body["reminderType"]
            if field4 is not None and not (type(field4) is str and field4 in {"yes", "no"}):
                return False
        if "operationType" in body:
            field5 = body["operationType"]
            if field5 is not None and not (
                type(field5) is str and field5 in {"modify_current", "modify_current_after", "modify_all"}
            ):
                return False
    return True


def _get_kwargs(
    calendar_id: str,
    schedule_id: str,
    *,
    body: ScheduleAttendeesBatch,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/calendars/{calendar_id}/schedules/{schedule_id}/members/update".format(
        calendar_id=path_segment(calendar_id, "calendar_id"),
        schedule_id=path_segment(schedule_id, "schedule_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if user_id is not UNSET and type(user_id) is not str and not isinstance(user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_id must be str, not {type(user_id).__name__}")

    if (
        body.add_attendees is not UNSET
        and type(body.add_attendees) is not list
        and not isinstance(body.add_attendees, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"add_attendees must be list, not {type(body.add_attendees).__name__}")

    if (
        body.delete_attendees is not UNSET
        and type(body.delete_attendees) is not list
        and not isinstance(body.delete_attendees, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"delete_attendees must be list, not {type(body.delete_attendees).__name__}")

    if (
        body.current_time is not UNSET
        and type(body.current_time) is not int
        and not isinstance(body.current_time, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"current_time must be int, not {type(body.current_time).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(user_id) is not Unset and len(user_id) < 1:
        raise errors.InvalidArgumentError("user_id must not be empty")

    if type(body.current_time) is not Unset and body.current_time < 0:
        raise errors.InvalidArgumentError("current_time must be at least 0")

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


def _parse(response: httpx.Response) -> ScheduleAttendeesUpdated:
    return parse(
        response,
        _OPERATION,
        ScheduleAttendeesUpdated.from_dict,
        data_required=True,
    )


def sync_detailed(
    calendar_id: str,
    schedule_id: str,
    *,
    client: httpx.Client,
    body: ScheduleAttendeesBatch,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleAttendeesUpdated]:
    """Add and remove attendees in one call; give at least one of addAttendees and deleteAttendees. Also returns the HTTP status, headers and raw body."""
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
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    calendar_id: str,
    schedule_id: str,
    *,
    client: httpx.Client,
    body: ScheduleAttendeesBatch,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleAttendeesUpdated:
    """Add and remove attendees in one call; give at least one of addAttendees and deleteAttendees."""
    return _parse(
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
    body: ScheduleAttendeesBatch,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleAttendeesUpdated]:
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
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    calendar_id: str,
    schedule_id: str,
    *,
    client: httpx.AsyncClient,
    body: ScheduleAttendeesBatch,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleAttendeesUpdated:
    """The async twin of `sync`."""
    return _parse(
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
