# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""List a schedule's attendees, one page at a time.

GET /v1/calendars/{calendar_id}/schedules/{schedule_id}/members/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, path_segment, send
from ...models.schedule_attendee_page import ScheduleAttendeePage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "list_schedule_attendees"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    calendar_id: str,
    schedule_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 500,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/calendars/{calendar_id}/schedules/{schedule_id}/members/fetch".format(
        calendar_id=path_segment(calendar_id, "calendar_id"),
        schedule_id=path_segment(schedule_id, "schedule_id"),
    )

    if page is not UNSET and type(page) is not int and not isinstance(page, (int, Unset)):
        raise errors.InvalidArgumentError(f"page must be int, not {type(page).__name__}")

    if page_size is not UNSET and type(page_size) is not int and not isinstance(page_size, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_size must be int, not {type(page_size).__name__}")

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if user_id is not UNSET and type(user_id) is not str and not isinstance(user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_id must be str, not {type(user_id).__name__}")

    if type(page) is not Unset and page < 1:
        raise errors.InvalidArgumentError("page must be at least 1")

    if type(page_size) is not Unset and page_size < 1:
        raise errors.InvalidArgumentError("page_size must be at least 1")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(user_id) is not Unset and len(user_id) < 1:
        raise errors.InvalidArgumentError("user_id must not be empty")

    params: dict[str, Any] = {}
    if page is not UNSET and page is not None:
        params["page"] = page
    if page_size is not UNSET and page_size is not None:
        params["page_size"] = page_size
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


def _parse(response: httpx.Response) -> ScheduleAttendeePage:
    return parse(
        response,
        _OPERATION,
        ScheduleAttendeePage.from_dict,
        data_required=True,
    )


def sync_detailed(
    calendar_id: str,
    schedule_id: str,
    *,
    client: httpx.Client,
    page: int | Unset = 1,
    page_size: int | Unset = 500,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleAttendeePage]:
    """List a schedule's attendees, one page at a time. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                calendar_id=calendar_id,
                schedule_id=schedule_id,
                page=page,
                page_size=page_size,
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
    page: int | Unset = 1,
    page_size: int | Unset = 500,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleAttendeePage:
    """List a schedule's attendees, one page at a time."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    calendar_id=calendar_id,
                    schedule_id=schedule_id,
                    page=page,
                    page_size=page_size,
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
    page: int | Unset = 1,
    page_size: int | Unset = 500,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ScheduleAttendeePage]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                calendar_id=calendar_id,
                schedule_id=schedule_id,
                page=page,
                page_size=page_size,
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
    page: int | Unset = 1,
    page_size: int | Unset = 500,
    user_token: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ScheduleAttendeePage:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    calendar_id=calendar_id,
                    schedule_id=schedule_id,
                    page=page,
                    page_size=page_size,
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
