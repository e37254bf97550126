# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""One page of meeting rooms, filtered by area, floor, equipment and free time.

POST /xtra/boardroom/server/openapi/v2/roomList
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.boardroom_list_request import BoardroomListRequest
from ...models.boardroom_page import BoardroomPage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "list_boardrooms"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "areaOfficeFoolerIds": {"name": "area_office_fooler_ids", "items": {"minLength": 1}},
        "equipment": {"name": "equipment", "items": {"minLength": 1}},
    }
}


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
        if "equipment" in body:
            field2 = body["equipment"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                        return False
    return True


def _get_kwargs(
    *,
    body: BoardroomListRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if body.page is not UNSET and type(body.page) is not int and not isinstance(body.page, (int, Unset)):
        raise errors.InvalidArgumentError(f"page must be int, not {type(body.page).__name__}")

    if body.limit is not UNSET and type(body.limit) is not int and not isinstance(body.limit, (int, Unset)):
        raise errors.InvalidArgumentError(f"limit must be int, not {type(body.limit).__name__}")

    if (
        body.grading_id is not UNSET
        and type(body.grading_id) is not str
        and not isinstance(body.grading_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"grading_id must be str, not {type(body.grading_id).__name__}")

    if (
        body.area_office_id is not UNSET
        and type(body.area_office_id) is not str
        and not isinstance(body.area_office_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"area_office_id must be str, not {type(body.area_office_id).__name__}")

    if (
        body.area_office_fooler_ids is not UNSET
        and type(body.area_office_fooler_ids) is not list
        and not isinstance(body.area_office_fooler_ids, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"area_office_fooler_ids must be list, not {type(body.area_office_fooler_ids).__name__}"
        )

    if (
        body.equipment is not UNSET
        and type(body.equipment) is not list
        and not isinstance(body.equipment, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"equipment must be list, not {type(body.equipment).__name__}")

    if (
        body.reserve_time_start_str is not UNSET
        and type(body.reserve_time_start_str) is not str
        and not isinstance(body.reserve_time_start_str, (str, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"reserve_time_start_str must be str, not {type(body.reserve_time_start_str).__name__}"
        )

    if (
        body.reserve_time_end_str is not UNSET
        and type(body.reserve_time_end_str) is not str
        and not isinstance(body.reserve_time_end_str, (str, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"reserve_time_end_str must be str, not {type(body.reserve_time_end_str).__name__}"
        )

    if (
        body.query_date is not UNSET
        and type(body.query_date) is not str
        and not isinstance(body.query_date, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"query_date must be str, not {type(body.query_date).__name__}")

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

    if type(body.page) is not Unset and body.page < 1:
        raise errors.InvalidArgumentError("page must be at least 1")

    if type(body.limit) is not Unset and body.limit < 1:
        raise errors.InvalidArgumentError("limit must be at least 1")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/boardroom/server/openapi/v2/roomList",
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


def _parse(response: httpx.Response) -> BoardroomPage:
    return parse(
        response,
        _OPERATION,
        BoardroomPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: BoardroomListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[BoardroomPage]:
    """One page of meeting rooms, filtered by area, floor, equipment and free time. Also returns the HTTP status, headers and raw body."""
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
    body: BoardroomListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> BoardroomPage:
    """One page of meeting rooms, filtered by area, floor, equipment and free time."""
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
    body: BoardroomListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[BoardroomPage]:
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
    body: BoardroomListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> BoardroomPage:
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
