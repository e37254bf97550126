# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Change a schedule; give at least one field to change.

POST /v1/calendars/{calendar_id}/schedules/{schedule_id}/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, path_segment, send
from ...models.schedule_changed import ScheduleChanged
from ...models.schedule_update_request import ScheduleUpdateRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_schedule"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "anyRequired": [
        "summary",
        "description",
        "startTime",
        "endTime",
        "allDay",
        "repeatType",
        "rule",
        "expireDateType",
        "reminderType",
        "attendeePermissions",
    ],
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
        "allDay": {"name": "all_day", "enum": ["yes", "no"]},
        "repeatType": {"name": "repeat_type", "enum": ["no", "day", "week", "month", "year", "work_day", "custom"]},
        "expireDateType": {"name": "expire_date_type", "enum": ["yes", "no"]},
        "reminderType": {"name": "reminder_type", "enum": ["yes", "no"]},
        "attendeePermissions": {
            "name": "attendee_permissions",
            "enum": ["can_modify", "can_invite", "can_see", "none"],
        },
        "operationType": {"name": "operation_type", "enum": ["modify_current", "modify_current_after", "modify_all"]},
        "summary": {"name": "summary"},
        "description": {"name": "description"},
        "rule": {"name": "rule"},
    },
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if not (
            body.get("summary")
            or body.get("description")
            or body.get("startTime")
            or body.get("endTime")
            or body.get("allDay")
            or body.get("repeatType")
            or body.get("rule")
            or body.get("expireDateType")
            or body.get("reminderType")
            or body.get("attendeePermissions")
        ):
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
            elif key0 == "operationType":
                if field1 is not None and not (
                    type(field1) is str and field1 in {"modify_current", "modify_current_after", "modify_all"}
                ):
                    return False
    return True


def _get_kwargs(
    calendar_id: str,
    schedule_id: str,
    *,
    body: ScheduleUpdateRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/calendars/{calendar_id}/schedules/{schedule_id}/update".format(
        calendar_id=path_segment(calendar_id, "calendar_id"),
        schedule_id=path_segment(schedule_id, "schedule_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if user_id is not UNSET and type(user_id) is not str and not isinstance(user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_id must be str, not {type(user_id).__name__}")

    if body.summary is not UNSET and type(body.summary) is not str and not isinstance(body.summary, (str, Unset)):
        raise errors.InvalidArgumentError(f"summary must be str, not {type(body.summary).__name__}")

    if (
        body.description is not UNSET
        and type(body.description) is not str
        and not isinstance(body.description, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"description must be str, not {type(body.description).__name__}")

    if body.rule is not UNSET and type(body.rule) is not str and not isinstance(body.rule, (str, Unset)):
        raise errors.InvalidArgumentError(f"rule must be str, not {type(body.rule).__name__}")

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

    if type(body.summary) is not Unset and len(body.summary) < 1:
        raise errors.InvalidArgumentError("summary must not be empty")
    if type(body.summary) is not Unset and len(body.summary) > 1000:
        raise errors.InvalidArgumentError("summary must be at most 1000 characters")

    if type(body.description) is not Unset and len(body.description) > 6000:
        raise errors.InvalidArgumentError("description must be at most 6000 characters")

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


def _parse(response: httpx.Response) -> ScheduleChanged:
    return parse(
        response,
        _OPERATION,
        ScheduleChanged.from_dict,
        data_required=True,
    )


def sync_detailed(
    calendar_id: str,
    schedule_id: str,
    *,
    client: httpx.Client,
    body: ScheduleUpdateRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleChanged]:
    """Change a schedule; give at least one field to change. Also returns the HTTP status, headers and raw body."""
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
    body: ScheduleUpdateRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleChanged:
    """Change a schedule; give at least one field to change."""
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
    body: ScheduleUpdateRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleChanged]:
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
    body: ScheduleUpdateRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleChanged:
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
