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
from ...client import asend, path_segment, send, unwrap
from ...models.group_info_update import GroupInfoUpdate
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_group_info"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False)
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


def _get_kwargs(
    group_id: str,
    *,
    body: GroupInfoUpdate,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v2/groups/{group_id}/info/update".format(
        group_id=path_segment(group_id, "group_id"),
    )

    if not isinstance(user_token, Unset) and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if not isinstance(body.name, Unset) and len(body.name) < 1:
        raise errors.InvalidArgumentError("name must not be empty")

    if not isinstance(body.owner_id, Unset) and len(body.owner_id) < 1:
        raise errors.InvalidArgumentError("owner_id must not be empty")

    if not isinstance(body.max_members, Unset) and body.max_members < 2:
        raise errors.InvalidArgumentError("max_members must be at least 2")

    if not isinstance(body.max_history_msg_count, Unset) and body.max_history_msg_count < 0:
        raise errors.InvalidArgumentError("max_history_msg_count must be at least 0")

    params: dict[str, Any] = {}

    params["user_token"] = user_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": _url,
        "params": params,
        "extensions": _EXTENSIONS,
    }
    _kwargs["json"] = body.to_dict()

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
