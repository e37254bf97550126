# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Send a notice through an official account.

POST /xtra/notice/server/openapi/v1/send
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.notice import Notice
from ...models.notice_send_request import NoticeSendRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "send_notice"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "anyRequired": ["createUserId", "createMobile"],
    "props": {
        "contentType": {"name": "content_type", "enum": [1, 2]},
        "userType": {"name": "user_type", "enum": [1, 2]},
        "phoneUserRange": {
            "name": "phone_user_range",
            "props": {
                "releaseRangeList": {
                    "name": "release_range_list",
                    "minItems": 1,
                    "maxItems": 10,
                    "items": {"minLength": 1},
                },
                "ccRangeList": {"name": "cc_range_list", "maxItems": 10, "items": {"minLength": 1}},
            },
        },
        "openUserRange": {
            "name": "open_user_range",
            "props": {
                "releaseRangeList": {
                    "name": "release_range_list",
                    "minItems": 1,
                    "maxItems": 200,
                    "items": {
                        "props": {
                            "objId": {"name": "obj_id", "minLength": 1},
                            "objType": {"name": "obj_type", "enum": [1, 2]},
                        }
                    },
                },
                "ccRangeList": {"name": "cc_range_list", "maxItems": 200, "items": {"minLength": 1}},
            },
        },
        "confirmFlag": {"name": "confirm_flag", "enum": [0, 1]},
        "forwardFlag": {"name": "forward_flag", "enum": [0, 1]},
        "replyFlag": {"name": "reply_flag", "enum": [0, 1]},
        "anonymousFlag": {"name": "anonymous_flag", "enum": [0, 1]},
        "remindStatus": {"name": "remind_status", "enum": [0, 1]},
        "atOnceFlag": {"name": "at_once_flag", "enum": [0, 1]},
        "remindAfterType": {"name": "remind_after_type", "enum": ["never", "unOperate", "count"]},
        "remindIntervalTimeDuration": {"name": "remind_interval_time_duration", "enum": ["minutes", "hour", "day"]},
        "remindRangeType": {"name": "remind_range_type", "enum": ["all", "receiver", "partialRemind", "notReminder"]},
        "remindRangeStaffIds": {"name": "remind_range_staff_ids", "items": {"minLength": 1}},
        "createUserId": {"name": "create_user_id"},
        "createMobile": {"name": "create_mobile"},
    },
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if not (body.get("createUserId") or body.get("createMobile")):
            return False
        for key0, field1 in body.items():
            if key0 == "contentType":
                if field1 is not None and not (type(field1) is int and field1 in {1, 2}):
                    return False
            elif key0 == "userType":
                if field1 is not None and not (type(field1) is int and field1 in {1, 2}):
                    return False
            elif key0 == "phoneUserRange":
                if field1 is not None:
                    if type(field1) is not dict:
                        return False
                    if "releaseRangeList" in field1:
                        field2 = field1["releaseRangeList"]
                        if field2 is not None:
                            if type(field2) is not list or len(field2) < 1 or len(field2) > 10:
                                return False
                            for item3 in field2:
                                if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                                    return False
                    if "ccRangeList" in field1:
                        field4 = field1["ccRangeList"]
                        if field4 is not None:
                            if type(field4) is not list or len(field4) > 10:
                                return False
                            for item5 in field4:
                                if item5 is not None and not (type(item5) is str and 1 <= len(item5)):
                                    return False
            elif key0 == "openUserRange":
                if field1 is not None:
                    if type(field1) is not dict:
                        return False
                    if "releaseRangeList" in field1:
                        field6 = field1["releaseRangeList"]
                        if field6 is not None:
                            if type(field6) is not list or len(field6) < 1 or len(field6) > 200:
                                return False
                            for item7 in field6:
                                if item7 is not None:
                                    if type(item7) is not dict:
                                        return False
                                    if "objId" in item7:
                                        field8 = item7["objId"]
                                        if field8 is not None and not (type(field8) is str and 1 <= len(field8)):
                                            return False
                                    if "objType" in item7:
                                        field9 = item7["objType"]
                                        if field9 is not None and not (type(field9) is int and field9 in {1, 2}):
                                            return False
                    if "ccRangeList" in field1:
                        field10 = field1["ccRangeList"]
                        if field10 is not None:
                            if type(field10) is not list or len(field10) > 200:
                                return False
                            for item11 in field10:
                                if item11 is not None and not (type(item11) is str and 1 <= len(item11)):
                                    return False
            elif key0 == "confirmFlag":
                if field1 is not None and not (type(field1) is int and field1 in {0, 1}):
                    return False
            elif key0 == "forwardFlag":
                if field1 is not None and not (type(field1) is int and field1 in {0, 1}):
                    return False
            elif key0 == "replyFlag":
                if field1 is not None and not (type(field1) is int and field1 in {0, 1}):
                    return False
            elif key0 == "anonymousFlag":
                if field1 is not None and not (type(field1) is int and field1 in {0, 1}):
                    return False
            elif key0 == "remindStatus":
                if field1 is not None and not (type(field1) is int and field1 in {0, 1}):
                    return False
            elif key0 == "atOnceFlag":
                if field1 is not None and not (type(field1) is int and field1 in {0, 1}):
                    return False
            elif key0 == "remindAfterType":
                if field1 is not None and not (type(field1) is str and field1 in {"never", "unOperate", "count"}):
                    return False
            elif key0 == "remindIntervalTimeDuration":
                if field1 is not None and not (type(field1) is str and field1 in {"minutes", "hour", "day"}):
                    return False
            elif key0 == "remindRangeType":
                if field1 is not None and not (
                    type(field1) is str and field1 in {"all", "receiver", "partialRemind", "notReminder"}
                ):
                    return False
            elif key0 == "remindRangeStaffIds":
                if field1 is not None:
                    if type(field1) is not list:
                        return False
                    for item12 in field1:
                        if item12 is not None and not (type(item12) is str and 1 <= len(item12)):
                            return False
    return True


def _get_kwargs(
    *,
    body: NoticeSendRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.title) is not str and not isinstance(body.title, str):
        raise errors.InvalidArgumentError(f"title must be str, not {type(body.title).__name__}")

    if type(body.account_code) is not str and not isinstance(body.account_code, str):
        raise errors.InvalidArgumentError(f"account_code must be str, not {type(body.account_code).__name__}")

    if body.content is not UNSET and type(body.content) is not str and not isinstance(body.content, (str, Unset)):
        raise errors.InvalidArgumentError(f"content must be str, not {type(body.content).__name__}")

    if (
        body.notice_link is not UNSET
        and type(body.notice_link) is not str
        and not isinstance(body.notice_link, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"notice_link must be str, not {type(body.notice_link).__name__}")

    if (
        body.notice_location is not UNSET
        and type(body.notice_location) is not str
        and not isinstance(body.notice_location, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"notice_location must be str, not {type(body.notice_location).__name__}")

    if (
        body.latitude is not UNSET
        and type(body.latitude) is not float
        and not isinstance(body.latitude, (float, int, Unset))
    ):
        raise errors.InvalidArgumentError(f"latitude must be float or int, not {type(body.latitude).__name__}")

    if (
        body.longitude is not UNSET
        and type(body.longitude) is not float
        and not isinstance(body.longitude, (float, int, Unset))
    ):
        raise errors.InvalidArgumentError(f"longitude must be float or int, not {type(body.longitude).__name__}")

    if (
        body.create_mobile is not UNSET
        and type(body.create_mobile) is not str
        and not isinstance(body.create_mobile, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"create_mobile must be str, not {type(body.create_mobile).__name__}")

    if (
        body.create_user_id is not UNSET
        and type(body.create_user_id) is not str
        and not isinstance(body.create_user_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"create_user_id must be str, not {type(body.create_user_id).__name__}")

    if (
        body.resource_list is not UNSET
        and type(body.resource_list) is not list
        and not isinstance(body.resource_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"resource_list must be list, not {type(body.resource_list).__name__}")

    if body.extend_id is not UNSET and type(body.extend_id) is not str and not isinstance(body.extend_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"extend_id must be str, not {type(body.extend_id).__name__}")

    if (
        body.remind_msg_type is not UNSET
        and type(body.remind_msg_type) is not str
        and not isinstance(body.remind_msg_type, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"remind_msg_type must be str, not {type(body.remind_msg_type).__name__}")

    if (
        body.remind_max_count is not UNSET
        and type(body.remind_max_count) is not int
        and not isinstance(body.remind_max_count, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"remind_max_count must be int, not {type(body.remind_max_count).__name__}")

    if (
        body.remind_interval_time is not UNSET
        and type(body.remind_interval_time) is not int
        and not isinstance(body.remind_interval_time, (int, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"remind_interval_time must be int, not {type(body.remind_interval_time).__name__}"
        )

    if (
        body.remind_range_staff_ids is not UNSET
        and type(body.remind_range_staff_ids) is not list
        and not isinstance(body.remind_range_staff_ids, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"remind_range_staff_ids must be list, not {type(body.remind_range_staff_ids).__name__}"
        )

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.title) < 1:
        raise errors.InvalidArgumentError("title must not be empty")

    if len(body.account_code) < 1:
        raise errors.InvalidArgumentError("account_code must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/notice/server/openapi/v1/send",
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


def _parse(response: httpx.Response) -> Notice:
    return parse(
        response,
        _OPERATION,
        Notice.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: NoticeSendRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[Notice]:
    """Send a notice through an official account. Also returns the HTTP status, headers and raw body."""
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
    body: NoticeSendRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Notice:
    """Send a notice through an official account."""
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
    body: NoticeSendRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[Notice]:
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
    body: NoticeSendRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Notice:
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
