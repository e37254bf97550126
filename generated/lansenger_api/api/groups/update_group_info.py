# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Change a group's name, owner, assistants or settings.

POST /v2/groups/{group_id}/info/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, path_segment, send, unwrap
from ...models.group_info_update import GroupInfoUpdate
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_group_info"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "anyRequired": [
        "name",
        "description",
        "avatarId",
        "ownerId",
        "assistant",
        "demoteAssistant",
        "manageMode",
        "locationShare",
        "needsConfirm",
        "isPublic",
        "maxMembers",
        "maxHistoryMsgCount",
        "remindAll",
        "sendMsgStatus",
    ],
    "props": {
        "assistant": {"name": "assistant", "items": {"minLength": 1}},
        "demoteAssistant": {"name": "demote_assistant", "items": {"minLength": 1}},
        "manageMode": {"name": "manage_mode", "enum": [0, 1]},
        "name": {"name": "name"},
        "description": {"name": "description"},
        "avatarId": {"name": "avatar_id"},
        "ownerId": {"name": "owner_id"},
        "locationShare": {"name": "location_share"},
        "needsConfirm": {"name": "needs_confirm"},
        "isPublic": {"name": "is_public"},
        "maxMembers": {"name": "max_members"},
        "maxHistoryMsgCount": {"name": "max_history_msg_count"},
        "remindAll": {"name": "remind_all"},
        "sendMsgStatus": {"name": "send_msg_status"},
    },
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if not (
            body.get("name")
            or body.get("description")
            or body.get("avatarId")
            or body.get("ownerId")
            or body.get("assistant")
            or body.get("demoteAssistant")
            or body.get("manageMode")
            or body.get("locationShare")
            or body.get("needsConfirm")
            or body.get("isPublic")
            or body.get("maxMembers")
            or body.get("maxHistoryMsgCount")
            or body.get("remindAll")
            or body.get("sendMsgStatus")
        ):
            return False
        if "assistant" in body:
            field0 = body["assistant"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
        if "demoteAssistant" in body:
            field2 = body["demoteAssistant"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                        return False
        if "manageMode" in body:
            field4 = body["manageMode"]
            if field4 is not None and not (type(field4) is int and field4 in {0, 1}):
                return False
    return True


def _get_kwargs(
    group_id: str,
    *,
    body: GroupInfoUpdate,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v2/groups/{group_id}/info/update".format(
        group_id=path_segment(group_id, "group_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if body.name is not UNSET and type(body.name) is not str and not isinstance(body.name, (str, Unset)):
        raise errors.InvalidArgumentError(f"name must be str, not {type(body.name).__name__}")

    if (
        body.description is not UNSET
        and type(body.description) is not str
        and not isinstance(body.description, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"description must be str, not {type(body.description).__name__}")

    if body.avatar_id is not UNSET and type(body.avatar_id) is not str and not isinstance(body.avatar_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"avatar_id must be str, not {type(body.avatar_id).__name__}")

    if body.owner_id is not UNSET and type(body.owner_id) is not str and not isinstance(body.owner_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"owner_id must be str, not {type(body.owner_id).__name__}")

    if (
        body.assistant is not UNSET
        and type(body.assistant) is not list
        and not isinstance(body.assistant, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"assistant must be list, not {type(body.assistant).__name__}")

    if (
        body.demote_assistant is not UNSET
        and type(body.demote_assistant) is not list
        and not isinstance(body.demote_assistant, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"demote_assistant must be list, not {type(body.demote_assistant).__name__}")

    if (
        body.location_share is not UNSET
        and type(body.location_share) is not bool
        and not isinstance(body.location_share, (bool, Unset))
    ):
        raise errors.InvalidArgumentError(f"location_share must be bool, not {type(body.location_share).__name__}")

    if (
        body.needs_confirm is not UNSET
        and type(body.needs_confirm) is not bool
        and not isinstance(body.needs_confirm, (bool, Unset))
    ):
        raise errors.InvalidArgumentError(f"needs_confirm must be bool, not {type(body.needs_confirm).__name__}")

    if (
        body.is_public is not UNSET
        and type(body.is_public) is not bool
        and not isinstance(body.is_public, (bool, Unset))
    ):
        raise errors.InvalidArgumentError(f"is_public must be bool, not {type(body.is_public).__name__}")

    if (
        body.max_members is not UNSET
        and type(body.max_members) is not int
        and not isinstance(body.max_members, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"max_members must be int, not {type(body.max_members).__name__}")

    if (
        body.max_history_msg_count is not UNSET
        and type(body.max_history_msg_count) is not int
        and not isinstance(body.max_history_msg_count, (int, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"max_history_msg_count must be int, not {type(body.max_history_msg_count).__name__}"
        )

    if (
        body.remind_all is not UNSET
        and type(body.remind_all) is not bool
        and not isinstance(body.remind_all, (bool, Unset))
    ):
        raise errors.InvalidArgumentError(f"remind_all must be bool, not {type(body.remind_all).__name__}")

    if (
        body.send_msg_status is not UNSET
        and type(body.send_msg_status) is not bool
        and not isinstance(body.send_msg_status, (bool, Unset))
    ):
        raise errors.InvalidArgumentError(f"send_msg_status must be bool, not {type(body.send_msg_status).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if type(body.name) is not Unset and len(body.name) < 1:
        raise errors.InvalidArgumentError("name must not be empty")

    if type(body.owner_id) is not Unset and len(body.owner_id) < 1:
        raise errors.InvalidArgumentError("owner_id must not be empty")

    if type(body.max_members) is not Unset and body.max_members < 2:
        raise errors.InvalidArgumentError("max_members must be at least 2")

    if type(body.max_history_msg_count) is not Unset and body.max_history_msg_count < 0:
        raise errors.InvalidArgumentError("max_history_msg_count must be at least 0")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": _url,
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


def _parse(response: httpx.Response) -> None:
    unwrap(response, _OPERATION, data_required=False)


def sync_detailed(
    group_id: str,
    *,
    client: httpx.Client,
    body: GroupInfoUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """Change a group's name, owner, assistants or settings. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                group_id=group_id,
                body=body,
                user_token=user_token,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync(
    group_id: str,
    *,
    client: httpx.Client,
    body: GroupInfoUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """Change a group's name, owner, assistants or settings."""
    _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    group_id=group_id,
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
    group_id: str,
    *,
    client: httpx.AsyncClient,
    body: GroupInfoUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                group_id=group_id,
                body=body,
                user_token=user_token,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
    )
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


async def asyncio(
    group_id: str,
    *,
    client: httpx.AsyncClient,
    body: GroupInfoUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """The async twin of `sync`."""
    _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    group_id=group_id,
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
