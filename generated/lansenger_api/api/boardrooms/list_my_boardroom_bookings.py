# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""One page of the user's own bookings, filtered.

POST /xtra/boardroom/server/openapi/v2/myReserveList
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.boardroom_booking_list_request import BoardroomBookingListRequest
from ...models.boardroom_booking_page import BoardroomBookingPage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "list_my_boardroom_bookings"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {"props": {"areaOfficeFoolerIds": {"name": "area_office_fooler_ids", "items": {"minLength": 1}}}}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "areaOfficeFoolerIds" in body:
            field0 = body["areaOfficeFoolerIds"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
    return True


def _get_kwargs(
    *,
    body: BoardroomBookingListRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.grading_id) is not str and not isinstance(body.grading_id, str):
        raise errors.InvalidArgumentError(f"grading_id must be str, not {type(body.grading_id).__name__}")

    if body.page is not UNSET and type(body.page) is not int and not isinstance(body.page, (int, Unset)):
        raise errors.InvalidArgumentError(f"page must be int, not {type(body.page).__name__}")

    if body.limit is not UNSET and type(body.limit) is not int and not isinstance(body.limit, (int, Unset)):
        raise errors.InvalidArgumentError(f"limit must be int, not {type(body.limit).__name__}")

    if body.keys is not UNSET and type(body.keys) is not str and not isinstance(body.keys, (str, Unset)):
        raise errors.InvalidArgumentError(f"keys must be str, not {type(body.keys).__name__}")

    if (
        body.start_time is not UNSET
        and type(body.start_time) is not str
        and not isinstance(body.start_time, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"start_time must be str, not {type(body.start_time).__name__}")

    if body.end_time is not UNSET and type(body.end_time) is not str and not isinstance(body.end_time, (str, Unset)):
        raise errors.InvalidArgumentError(f"end_time must be str, not {type(body.end_time).__name__}")

    if (
        body.board_room_id is not UNSET
        and type(body.board_room_id) is not str
        and not isinstance(body.board_room_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"board_room_id must be str, not {type(body.board_room_id).__name__}")

    if (
        body.area_office_fooler_ids is not UNSET
        and type(body.area_office_fooler_ids) is not list
        and not isinstance(body.area_office_fooler_ids, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"area_office_fooler_ids must be list, not {type(body.area_office_fooler_ids).__name__}"
        )

    if (
        body.lx_user_id is not UNSET
        and type(body.lx_user_id) is not str
        and not isinstance(body.lx_user_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"lx_user_id must be str, not {type(body.lx_user_id).__name__}")

    if body.org_id is not UNSET and type(body.org_id) is not str and not isinstance(body.org_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.grading_id) < 1:
        raise errors.InvalidArgumentError("grading_id must not be empty")

    if type(body.page) is not Unset and body.page < 1:
        raise errors.InvalidArgumentError("page must be at least 1")

    if type(body.limit) is not Unset and body.limit < 1:
        raise errors.InvalidArgumentError("limit must be at least 1")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/boardroom/server/openapi/v2/myReserveList",
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


def _parse(response: httpx.Response) -> BoardroomBookingPage:
    return parse(
        response,
        _OPERATION,
        BoardroomBookingPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: BoardroomBookingListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[BoardroomBookingPage]:
    """One page of the user's own bookings, filtered. Also returns the HTTP status, headers and raw body."""
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
    body: BoardroomBookingListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> BoardroomBookingPage:
    """One page of the user's own bookings, filtered."""
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
    body: BoardroomBookingListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[BoardroomBookingPage]:
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
    body: BoardroomBookingListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> BoardroomBookingPage:
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
