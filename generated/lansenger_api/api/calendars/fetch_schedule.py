# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Fetch one schedule's details.

GET /v1/calendars/{calendar_id}/schedules/{schedule_id}/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, path_segment, send
from ...models.schedule_info import ScheduleInfo
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "fetch_schedule"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    calendar_id: str,
    schedule_id: str,
    *,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/calendars/{calendar_id}/schedules/{schedule_id}/fetch".format(
        calendar_id=path_segment(calendar_id, "calendar_id"),
        schedule_id=path_segment(schedule_id, "schedule_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if user_id is not UNSET and type(user_id) is not str and not isinstance(user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_id must be str, not {type(user_id).__name__}")

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
        "method": "get",
        "url": _url,
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _parse(response: httpx.Response) -> ScheduleInfo:
    return parse(
        response,
        _OPERATION,
        ScheduleInfo.from_dict,
        data_required=True,
    )


def sync_detailed(
    calendar_id: str,
    schedule_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleInfo]:
    """Fetch one schedule's details. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                calendar_id=calendar_id,
                schedule_id=schedule_id,
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
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleInfo:
    """Fetch one schedule's details."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    calendar_id=calendar_id,
                    schedule_id=schedule_id,
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
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleInfo]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                calendar_id=calendar_id,
                schedule_id=schedule_id,
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
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleInfo:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    calendar_id=calendar_id,
                    schedule_id=schedule_id,
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
