# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Create a schedule (calendar event) with its attendees.

POST /v1/calendars/{calendar_id}/schedules/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, path_segment, send
from ...models.schedule_create_request import ScheduleCreateRequest
from ...models.schedule_created import ScheduleCreated
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_schedule"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "startTime": {
            "name": "start_time",
            "anyRequired": ["time", "date"],
            "props": {"time": {"name": "time"}, "date": {"name": "date"}},
        },
        "endTime": {
            "name": "end_time",
            "anyRequired": ["time", "date"],
            "props": {"time": {"name": "time"}, "date": {"name": "date"}},
        },
        "attendees": {
            "name": "attendees",
            "items": {
                "props": {
                    "staffId": {"name": "staff_id", "minLength": 1},
                    "attendeeFlag": {"name": "attendee_flag", "enum": ["yes", "option", "no"]},
                }
            },
        },
        "allDay": {"name": "all_day", "enum": ["yes", "no"]},
        "repeatType": {"name": "repeat_type", "enum": ["no", "day", "week", "month", "year", "work_day", "custom"]},
        "expireDateType": {"name": "expire_date_type", "enum": ["yes", "no"]},
        "reminderType": {"name": "reminder_type", "enum": ["yes", "no"]},
        "attendeePermissions": {
            "name": "attendee_permissions",
            "enum": ["can_modify", "can_invite", "can_see", "none"],
        },
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        for key0, field1 in body.items():
            if key0 == "startTime":
                if field1 is not None:
                    if type(field1) is not dict:
                        return False
                    if not (field1.get("time") or field1.get("date")):
                        return False
            elif key0 == "endTime":
                if field1 is not None:
                    if type(field1) is not dict:
                        return False
                    if not (field1.get("time") or field1.get("date")):
                        return False
            elif key0 == "attendees":
                if field1 is not None:
                    if type(field1) is not list:
                        return False
                    for item2 in field1:
                        if item2 is not None:
                            if type(item2) is not dict:
                                return False
                            if "staffId" in item2:
                                field3 = item2["staffId"]
                                if field3 is not None and not (type(field3) is str and 1 <= len(field3)):
                                    return False
                            if "attendeeFlag" in item2:
                                field4 = item2["attendeeFlag"]
                                if field4 is not None and not (
                                    type(field4) is str and field4 in {"yes", "option", "no"}
                                ):
                                    return False
            elif key0 == "allDay":
                if field1 is not None and not (type(field1) is str and field1 in {"yes", "no"}):
                    return False
            elif key0 == "repeatType":
                if field1 is not None and not (
                    type(field1) is str and field1 in {"no", "day", "week", "month", "year", "work_day", "custom"}
                ):
                    return False
            elif key0 == "expireDateType":
                if field1 is not None and not (type(field1) is str and field1 in {"yes", "no"}):
                    return False
            elif key0 == "reminderType":
                if field1 is not None and not (type(field1) is str and field1 in {"yes", "no"}):
                    return False
            elif key0 == "attendeePermissions":
                if field1 is not None and not (
                    type(field1) is str and field1 in {"can_modify", "can_invite", "can_see", "none"}
                ):
                    return False
    return True


def _get_kwargs(
    calendar_id: str,
    *,
    body: ScheduleCreateRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/calendars/{calendar_id}/schedules/create".format(
        calendar_id=path_segment(calendar_id, "calendar_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if user_id is not UNSET and type(user_id) is not str and not isinstance(user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_id must be str, not {type(user_id).__name__}")

    if type(body.summary) is not str and not isinstance(body.summary, str):
        raise errors.InvalidArgumentError(f"summary must be str, not {type(body.summary).__name__}")

    if type(body.attendees) is not list and not isinstance(body.attendees, (list, tuple)):
        raise errors.InvalidArgumentError(f"attendees must be list, not {type(body.attendees).__name__}")

    if (
        body.description is not UNSET
        and type(body.description) is not str
        and not isinstance(body.description, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"description must be str, not {type(body.description).__name__}")

    if body.rule is not UNSET and type(body.rule) is not str and not isinstance(body.rule, (str, Unset)):
        raise errors.InvalidArgumentError(f"rule must be str, not {type(body.rule).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(user_id) is not Unset and len(user_id) < 1:
        raise errors.InvalidArgumentError("user_id must not be empty")

    if len(body.summary) < 1:
        raise errors.InvalidArgumentError("summary must not be empty")
    if len(body.summary) > 1000:
        raise errors.InvalidArgumentError("summary must be at most 1000 characters")

    if len(body.attendees) < 1:
        raise errors.InvalidArgumentError("attendees must not be empty")

    if type(body.description) is not Unset and len(body.description) > 6000:
        raise errors.InvalidArgumentError("description must be at most 6000 characters")

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


def _parse(response: httpx.Response) -> ScheduleCreated:
    return parse(
        response,
        _OPERATION,
        ScheduleCreated.from_dict,
        data_required=True,
    )


def sync_detailed(
    calendar_id: str,
    *,
    client: httpx.Client,
    body: ScheduleCreateRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleCreated]:
    """Create a schedule (calendar event) with its attendees. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                calendar_id=calendar_id,
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
    *,
    client: httpx.Client,
    body: ScheduleCreateRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleCreated:
    """Create a schedule (calendar event) with its attendees."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    calendar_id=calendar_id,
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
    *,
    client: httpx.AsyncClient,
    body: ScheduleCreateRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleCreated]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                calendar_id=calendar_id,
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
    *,
    client: httpx.AsyncClient,
    body: ScheduleCreateRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleCreated:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    calendar_id=calendar_id,
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
