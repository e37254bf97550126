# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Book a meeting room, once or repeating.

POST /xtra/boardroom/server/openapi/v2/reserveRoom
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, send
from ...models.boardroom_booking import BoardroomBooking
from ...models.boardroom_booking_request import BoardroomBookingRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_boardroom_booking"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "noticeTime": {
            "name": "notice_time",
            "enum": ["不提醒", "立即提醒", "会前15分钟", "会前30分钟", "会前1小时", "会前2小时", "会前1天"],
        },
        "reserveType": {"name": "reserve_type", "enum": ["0", "1"]},
        "userList": {"name": "user_list", "items": {"minLength": 1}},
        "invitationUserList": {"name": "invitation_user_list", "items": {"minLength": 1}},
    }
}


def _get_kwargs(
    *,
    body: BoardroomBookingRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(user_token, Unset) and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.board_room_id) < 1:
        raise errors.InvalidArgumentError("board_room_id must not be empty")

    if len(body.name) < 1:
        raise errors.InvalidArgumentError("name must not be empty")

    if len(body.grading_id) < 1:
        raise errors.InvalidArgumentError("grading_id must not be empty")

    if len(body.reserve_time_start_str) < 1:
        raise errors.InvalidArgumentError("reserve_time_start_str must not be empty")

    if len(body.reserve_time_end_str) < 1:
        raise errors.InvalidArgumentError("reserve_time_end_str must not be empty")

    params: dict[str, Any] = {}

    params["user_token"] = user_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/boardroom/server/openapi/v2/reserveRoom",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    _kwargs["json"] = body.to_dict()

    check_body(_kwargs.get("json"), _RULES)
    return _kwargs


def _build(data: Any) -> BoardroomBooking:
    response_200 = BoardroomBooking.from_dict(data)

    return response_200


def _parse(response: httpx.Response) -> BoardroomBooking:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: BoardroomBookingRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[BoardroomBooking]:
    """Book a meeting room, once or repeating. Also returns the HTTP status, headers and raw body."""
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
    body: BoardroomBookingRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> BoardroomBooking:
    """Book a meeting room, once or repeating."""
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
    body: BoardroomBookingRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[BoardroomBooking]:
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
    body: BoardroomBookingRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> BoardroomBooking:
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
