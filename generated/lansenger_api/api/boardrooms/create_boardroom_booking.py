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
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.boardroom_booking import BoardroomBooking
from ...models.boardroom_booking_request import BoardroomBookingRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_boardroom_booking"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
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


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "noticeTime" in body:
            field0 = body["noticeTime"]
            if field0 is not None and not (
                type(field0) is str
                and field0 in {"不提醒", "立即提醒", "会前15分钟", "会前30分钟", "会前1小时", "会前2小时", "会前1天"}
            ):
                return False
        if "reserveType" in body:
            field1 = body["reserveType"]
            if field1 is not None and not (type(field1) is str and field1 in {"0", "1"}):
                return False
        if "userList" in body:
            field2 = body["userList"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                        return False
        if "invitationUserList" in body:
            field4 = body["invitationUserList"]
            if field4 is not None:
                if type(field4) is not list:
                    return False
                for item5 in field4:
                    if item5 is not None and not (type(item5) is str and 1 <= len(item5)):
                        return False
    return True


def _get_kwargs(
    *,
    body: BoardroomBookingRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.board_room_id) is not str and not isinstance(body.board_room_id, str):
        raise errors.InvalidArgumentError(f"board_room_id must be str, not {type(body.board_room_id).__name__}")

    if type(body.name) is not str and not isinstance(body.name, str):
        raise errors.InvalidArgumentError(f"name must be str, not {type(body.name).__name__}")

    if type(body.grading_id) is not str and not isinstance(body.grading_id, str):
        raise errors.InvalidArgumentError(f"grading_id must be str, not {type(body.grading_id).__name__}")

    if type(body.reserve_time_start_str) is not str and not isinstance(body.reserve_time_start_str, str):
        raise errors.InvalidArgumentError(
            f"reserve_time_start_str must be str, not {type(body.reserve_time_start_str).__name__}"
        )

    if type(body.reserve_time_end_str) is not str and not isinstance(body.reserve_time_end_str, str):
        raise errors.InvalidArgumentError(
            f"reserve_time_end_str must be str, not {type(body.reserve_time_end_str).__name__}"
        )

    if (
        body.reserve_user is not UNSET
        and type(body.reserve_user) is not str
        and not isinstance(body.reserve_user, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"reserve_user must be str, not {type(body.reserve_user).__name__}")

    if body.org_id is not UNSET and type(body.org_id) is not str and not isinstance(body.org_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if (
        body.toastmaster is not UNSET
        and type(body.toastmaster) is not str
        and not isinstance(body.toastmaster, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"toastmaster must be str, not {type(body.toastmaster).__name__}")

    if body.leader is not UNSET and type(body.leader) is not str and not isinstance(body.leader, (str, Unset)):
        raise errors.InvalidArgumentError(f"leader must be str, not {type(body.leader).__name__}")

    if (
        body.leader_attend is not UNSET
        and type(body.leader_attend) is not str
        and not isinstance(body.leader_attend, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"leader_attend must be str, not {type(body.leader_attend).__name__}")

    if (
        body.people_number is not UNSET
        and type(body.people_number) is not str
        and not isinstance(body.people_number, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"people_number must be str, not {type(body.people_number).__name__}")

    if (
        body.other_demand is not UNSET
        and type(body.other_demand) is not str
        and not isinstance(body.other_demand, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"other_demand must be str, not {type(body.other_demand).__name__}")

    if body.is_video is not UNSET and type(body.is_video) is not str and not isinstance(body.is_video, (str, Unset)):
        raise errors.InvalidArgumentError(f"is_video must be str, not {type(body.is_video).__name__}")

    if (
        body.video_name is not UNSET
        and type(body.video_name) is not str
        and not isinstance(body.video_name, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"video_name must be str, not {type(body.video_name).__name__}")

    if (
        body.user_list is not UNSET
        and type(body.user_list) is not list
        and not isinstance(body.user_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"user_list must be list, not {type(body.user_list).__name__}")

    if (
        body.invitation_user_list is not UNSET
        and type(body.invitation_user_list) is not list
        and not isinstance(body.invitation_user_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"invitation_user_list must be list, not {type(body.invitation_user_list).__name__}"
        )

    if (
        body.table_cards is not UNSET
        and type(body.table_cards) is not str
        and not isinstance(body.table_cards, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"table_cards must be str, not {type(body.table_cards).__name__}")

    if (
        body.repeat_type is not UNSET
        and type(body.repeat_type) is not str
        and not isinstance(body.repeat_type, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"repeat_type must be str, not {type(body.repeat_type).__name__}")

    if (
        body.repeat_days is not UNSET
        and type(body.repeat_days) is not list
        and not isinstance(body.repeat_days, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"repeat_days must be list, not {type(body.repeat_days).__name__}")

    if body.skip is not UNSET and type(body.skip) is not str and not isinstance(body.skip, (str, Unset)):
        raise errors.InvalidArgumentError(f"skip must be str, not {type(body.skip).__name__}")

    if (
        body.repeat_end_date_str is not UNSET
        and type(body.repeat_end_date_str) is not str
        and not isinstance(body.repeat_end_date_str, (str, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"repeat_end_date_str must be str, not {type(body.repeat_end_date_str).__name__}"
        )

    if type(user_token) is not Unset and len(user_token) < 1:
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
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/boardroom/server/openapi/v2/reserveRoom",
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


def _parse(response: httpx.Response) -> BoardroomBooking:
    return parse(
        response,
        _OPERATION,
        BoardroomBooking.from_dict,
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
