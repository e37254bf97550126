# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Add and remove group members.

POST /v2/groups/{group_id}/members/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, path_segment, send
from ...models.group_members_update import GroupMembersUpdate
from ...models.group_members_updated import GroupMembersUpdated
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_group_members"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "anyRequired": ["addUserList", "delUserList", "addDepartmentIdList"],
    "props": {
        "addUserList": {"name": "add_user_list", "items": {"minLength": 1}},
        "delUserList": {"name": "del_user_list", "items": {"minLength": 1}},
        "addDepartmentIdList": {"name": "add_department_id_list", "items": {"minLength": 1}},
    },
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if not (body.get("addUserList") or body.get("delUserList") or body.get("addDepartmentIdList")):
            return False
        if "addUserList" in body:
            field0 = body["addUserList"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
        if "delUserList" in body:
            field2 = body["delUserList"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                        return False
        if "addDepartmentIdList" in body:
            field4 = body["addDepartmentIdList"]
            if field4 is not None:
                if type(field4) is not list:
                    return False
                for item5 in field4:
                    if item5 is not None and not (type(item5) is str and 1 <= len(item5)):
                        return False
    return True


def _get_kwargs(
    group_id: str,
    *,
    body: GroupMembersUpdate,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v2/groups/{group_id}/members/update".format(
        group_id=path_segment(group_id, "group_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if (
        body.add_user_list is not UNSET
        and type(body.add_user_list) is not list
        and not isinstance(body.add_user_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"add_user_list must be list, not {type(body.add_user_list).__name__}")

    if (
        body.del_user_list is not UNSET
        and type(body.del_user_list) is not list
        and not isinstance(body.del_user_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"del_user_list must be list, not {type(body.del_user_list).__name__}")

    if (
        body.add_department_id_list is not UNSET
        and type(body.add_department_id_list) is not list
        and not isinstance(body.add_department_id_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"add_department_id_list must be list, not {type(body.add_department_id_list).__name__}"
        )

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

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


def _parse(response: httpx.Response) -> GroupMembersUpdated:
    return parse(
        response,
        _OPERATION,
        GroupMembersUpdated.from_dict,
        data_required=True,
    )


def sync_detailed(
    group_id: str,
    *,
    client: httpx.Client,
    body: GroupMembersUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[GroupMembersUpdated]:
    """Add and remove group members. Also returns the HTTP status, headers and raw body."""
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
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    group_id: str,
    *,
    client: httpx.Client,
    body: GroupMembersUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> GroupMembersUpdated:
    """Add and remove group members."""
    return _parse(
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
    body: GroupMembersUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[GroupMembersUpdated]:
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
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    group_id: str,
    *,
    client: httpx.AsyncClient,
    body: GroupMembersUpdate,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> GroupMembersUpdated:
    """The async twin of `sync`."""
    return _parse(
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
