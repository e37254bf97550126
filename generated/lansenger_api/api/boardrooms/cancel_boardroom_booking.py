# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Cancel a booking (only while approving, waiting for sign-in or booked, statuses 0, 1 and 5).

POST /xtra/boardroom/server/openapi/v2/reserveCancel
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.boardroom_booking_cancel_request import BoardroomBookingCancelRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "cancel_boardroom_booking"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "userList": {"name": "user_list", "items": {"minLength": 1}},
        "cancelType": {"name": "cancel_type", "enum": ["1", "2", "3"]},
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "userList" in body:
            field0 = body["userList"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
        if "cancelType" in body:
            field2 = body["cancelType"]
            if field2 is not None and not (type(field2) is str and field2 in {"1", "2", "3"}):
                return False
    return True


def _get_kwargs(
    *,
    body: BoardroomBookingCancelRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.id) is not str and not isinstance(body.id, str):
        raise errors.InvalidArgumentError(f"id must be str, not {type(body.id).__name__}")

    if (
        body.cancel_user_id is not UNSET
        and type(body.cancel_user_id) is not str
        and not isinstance(body.cancel_user_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"cancel_user_id must be str, not {type(body.cancel_user_id).__name__}")

    if body.org_id is not UNSET and type(body.org_id) is not str and not isinstance(body.org_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if (
        body.cancel_reason is not UNSET
        and type(body.cancel_reason) is not str
        and not isinstance(body.cancel_reason, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"cancel_reason must be str, not {type(body.cancel_reason).__name__}")

    if body.is_send is not UNSET and type(body.is_send) is not bool and not isinstance(body.is_send, (bool, Unset)):
        raise errors.InvalidArgumentError(f"is_send must be bool, not {type(body.is_send).__name__}")

    if (
        body.user_list is not UNSET
        and type(body.user_list) is not list
        and not isinstance(body.user_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"user_list must be list, not {type(body.user_list).__name__}")

    if (
        body.cancel_video is not UNSET
        and type(body.cancel_video) is not str
        and not isinstance(body.cancel_video, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"cancel_video must be str, not {type(body.cancel_video).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.id) < 1:
        raise errors.InvalidArgumentError("id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/boardroom/server/openapi/v2/reserveCancel",
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


def _build(data: Any) -> bool | None:
    if data is None:
        return None
    return cast(bool, data)


def _parse(response: httpx.Response) -> bool | None:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=False,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: BoardroomBookingCancelRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[bool | None]:
    """Cancel a booking (only while approving, waiting for sign-in or booked, statuses 0, 1 and 5). Also returns the HTTP status, headers and raw body."""
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
    body: BoardroomBookingCancelRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> bool | None:
    """Cancel a booking (only while approving, waiting for sign-in or booked, statuses 0, 1 and 5)."""
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
    body: BoardroomBookingCancelRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[bool | None]:
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
    body: BoardroomBookingCancelRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> bool | None:
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
