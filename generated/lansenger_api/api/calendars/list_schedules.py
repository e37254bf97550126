# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""List the schedules that overlap a time window of at most 42 days.

POST /v1/calendars/{calendar_id}/schedules/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, path_segment, send
from ...models.schedule_list import ScheduleList
from ...models.schedule_list_request import ScheduleListRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "list_schedules"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "span": {"start": "startTime", "end": "endTime", "max": 3628800, "unit": "seconds"},
    "props": {"startTime": {"name": "start_time"}, "endTime": {"name": "end_time"}},
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        return False
    return True


def _get_kwargs(
    calendar_id: str,
    *,
    body: ScheduleListRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/calendars/{calendar_id}/schedules/fetch".format(
        calendar_id=path_segment(calendar_id, "calendar_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if user_id is not UNSET and type(user_id) is not str and not isinstance(user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_id must be str, not {type(user_id).__name__}")

    if type(body.start_time) is not int and not isinstance(body.start_time, int):
        raise errors.InvalidArgumentError(f"start_time must be int, not {type(body.start_time).__name__}")

    if type(body.end_time) is not int and not isinstance(body.end_time, int):
        raise errors.InvalidArgumentError(f"end_time must be int, not {type(body.end_time).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(user_id) is not Unset and len(user_id) < 1:
        raise errors.InvalidArgumentError("user_id must not be empty")

    if body.start_time < 0:
        raise errors.InvalidArgumentError("start_time must be at least 0")

    if body.end_time < 0:
        raise errors.InvalidArgumentError("end_time must be at least 0")

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


def _parse(response: httpx.Response) -> ScheduleList:
    return parse(
        response,
        _OPERATION,
        ScheduleList.from_dict,
        data_required=True,
    )


def sync_detailed(
    calendar_id: str,
    *,
    client: httpx.Client,
    body: ScheduleListRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleList]:
    """List the schedules that overlap a time window of at most 42 days. Also returns the HTTP status, headers and raw body."""
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
    body: ScheduleListRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleList:
    """List the schedules that overlap a time window of at most 42 days."""
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
    body: ScheduleListRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleList]:
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
    body: ScheduleListRequest,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleList:
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
