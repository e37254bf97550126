# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Invite people or devices into a running meeting, named by its meeting number.

POST /xtra/videoconference/openapi/v1/meeting/member/invite
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.vc_invite_request import VcInviteRequest
from ...models.vc_op_result import VcOpResult
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "invite_meeting_members"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "member": {
            "name": "member",
            "items": {
                "props": {
                    "staffId": {"name": "staff_id", "minLength": 1},
                    "employeeName": {"name": "employee_name", "minLength": 1},
                    "type": {"name": "type_", "enum": [0, 1]},
                    "audio": {"name": "audio", "enum": [0, 1]},
                    "video": {"name": "video", "enum": [0, 1]},
                    "typeMask": {"name": "type_mask", "enum": [1, 2, 3]},
                }
            },
        }
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "member" in body:
            field0 = body["member"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None:
                        if type(item1) is not dict:
                            return False
                        for key2, field3 in item1.items():
                            if key2 == "staffId":
                                if field3 is not None and not (type(field3) is str and 1 <= len(field3)):
                                    return False
                            elif key2 == "employeeName":
                                if field3 is not None and not (type(field3) is str and 1 <= len(field3)):
                                    return False
                            elif key2 == "type":
                                if field3 is not None and not (type(field3) is int and field3 in {0, 1}):
                                    return False
                            elif key2 == "audio":
                                if field3 is not None and not (type(field3) is int and field3 in {0, 1}):
                                    return False
                            elif key2 == "video":
                                if field3 is not None and not (type(field3) is int and field3 in {0, 1}):
                                    return False
                            elif key2 == "typeMask":
                                if field3 is not None and not (type(field3) is int and field3 in {1, 2, 3}):
                                    return False
    return True


def _get_kwargs(
    *,
    body: VcInviteRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.org_id) is not int and not isinstance(body.org_id, int):
        raise errors.InvalidArgumentError(f"org_id must be int, not {type(body.org_id).__name__}")

    if type(body.operator) is not str and not isinstance(body.operator, str):
        raise errors.InvalidArgumentError(f"operator must be str, not {type(body.operator).__name__}")

    if type(body.meeting_number) is not str and not isinstance(body.meeting_number, str):
        raise errors.InvalidArgumentError(f"meeting_number must be str, not {type(body.meeting_number).__name__}")

    if type(body.member) is not list and not isinstance(body.member, (list, tuple)):
        raise errors.InvalidArgumentError(f"member must be list, not {type(body.member).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.operator) < 1:
        raise errors.InvalidArgumentError("operator must not be empty")

    if len(body.meeting_number) < 1:
        raise errors.InvalidArgumentError("meeting_number must not be empty")

    if len(body.member) < 1:
        raise errors.InvalidArgumentError("member must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/videoconference/openapi/v1/meeting/member/invite",
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


def _build(data: Any) -> VcOpResult | None:
    if data is None:
        return None
    response_200 = VcOpResult.from_dict(data)

    return response_200


def _parse(response: httpx.Response) -> VcOpResult | None:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=False,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: VcInviteRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[VcOpResult | None]:
    """Invite people or devices into a running meeting, named by its meeting number. Also returns the HTTP status, headers and raw body."""
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
    body: VcInviteRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> VcOpResult | None:
    """Invite people or devices into a running meeting, named by its meeting number."""
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
    body: VcInviteRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[VcOpResult | None]:
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
    body: VcInviteRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> VcOpResult | None:
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
