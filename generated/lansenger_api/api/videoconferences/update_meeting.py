# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Replace the settings and members of a meeting that has not started.

POST /xtra/videoconference/openapi/v1/meeting/modify
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.vc_meeting import VcMeeting
from ...models.vc_update_meeting_request import VcUpdateMeetingRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_meeting"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "autoRecord": {"name": "auto_record", "enum": [0, 1]},
        "type": {"name": "type_", "enum": [0, 1]},
        "member": {
            "name": "member",
            "items": {
                "props": {
                    "staffId": {"name": "staff_id", "minLength": 1},
                    "role": {"name": "role", "enum": ["admin", "joinHost", "participant"]},
                }
            },
        },
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "autoRecord" in body:
            field0 = body["autoRecord"]
            if field0 is not None and not (type(field0) is int and field0 in {0, 1}):
                return False
        if "type" in body:
            field1 = body["type"]
            if field1 is not None and not (type(field1) is int and field1 in {0, 1}):
                return False
        if "member" in body:
            field2 = body["member"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None:
                        if type(item3) is not dict:
                            return False
                        if "staffId" in item3:
                            field4 = item3["staffId"]
                            if field4 is not None and not (type(field4) is str and 1 <= len(field4)):
                                return False
                        if "role" in item3:
                            field5 = item3["role"]
                            if field5 is not None and not (
                                type(field5) is str and field5 in {"admin", "joinHost", "participant"}
                            ):
                                return False
    return True


def _get_kwargs(
    *,
    body: VcUpdateMeetingRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.org_id) is not int and not isinstance(body.org_id, int):
        raise errors.InvalidArgumentError(f"org_id must be int, not {type(body.org_id).__name__}")

    if type(body.operator) is not str and not isinstance(body.operator, str):
        raise errors.InvalidArgumentError(f"operator must be str, not {type(body.operator).__name__}")

    if type(body.mid) is not int and not isinstance(body.mid, int):
        raise errors.InvalidArgumentError(f"mid must be int, not {type(body.mid).__name__}")

    if type(body.subject) is not str and not isinstance(body.subject, str):
        raise errors.InvalidArgumentError(f"subject must be str, not {type(body.subject).__name__}")

    if type(body.start_time) is not int and not isinstance(body.start_time, int):
        raise errors.InvalidArgumentError(f"start_time must be int, not {type(body.start_time).__name__}")

    if type(body.member) is not list and not isinstance(body.member, (list, tuple)):
        raise errors.InvalidArgumentError(f"member must be list, not {type(body.member).__name__}")

    if body.group_new is not UNSET and type(body.group_new) is not int and not isinstance(body.group_new, (int, Unset)):
        raise errors.InvalidArgumentError(f"group_new must be int, not {type(body.group_new).__name__}")

    if (
        body.conf_password is not UNSET
        and type(body.conf_password) is not str
        and not isinstance(body.conf_password, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"conf_password must be str, not {type(body.conf_password).__name__}")

    if (
        body.control_password is not UNSET
        and type(body.control_password) is not str
        and not isinstance(body.control_password, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"control_password must be str, not {type(body.control_password).__name__}")

    if (
        body.user_stop_time is not UNSET
        and type(body.user_stop_time) is not int
        and not isinstance(body.user_stop_time, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"user_stop_time must be int, not {type(body.user_stop_time).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.operator) < 1:
        raise errors.InvalidArgumentError("operator must not be empty")

    if len(body.subject) < 1:
        raise errors.InvalidArgumentError("subject must not be empty")

    if len(body.member) < 1:
        raise errors.InvalidArgumentError("member must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/videoconference/openapi/v1/meeting/modify",
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


def _build(data: Any) -> VcMeeting | None:
    if data is None:
        return None
    response_200 = VcMeeting.from_dict(data)

    return response_200


def _parse(response: httpx.Response) -> VcMeeting | None:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=False,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: VcUpdateMeetingRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[VcMeeting | None]:
    """Replace the settings and members of a meeting that has not started. Also returns the HTTP status, headers and raw body."""
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
    body: VcUpdateMeetingRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> VcMeeting | None:
    """Replace the settings and members of a meeting that has not started."""
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
    body: VcUpdateMeetingRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[VcMeeting | None]:
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
    body: VcUpdateMeetingRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> VcMeeting | None:
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
