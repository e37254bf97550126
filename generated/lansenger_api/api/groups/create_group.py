# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Create a group chat.

POST /v2/groups/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.group_create_request import GroupCreateRequest
from ...models.group_created import GroupCreated
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_group"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "staffIdList": {"name": "staff_id_list", "items": {"minLength": 1}},
        "departmentIdList": {"name": "department_id_list", "items": {"minLength": 1}},
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "staffIdList" in body:
            field0 = body["staffIdList"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
        if "departmentIdList" in body:
            field2 = body["departmentIdList"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                        return False
    return True


def _get_kwargs(
    *,
    body: GroupCreateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.name) is not str and not isinstance(body.name, str):
        raise errors.InvalidArgumentError(f"name must be str, not {type(body.name).__name__}")

    if type(body.org_id) is not str and not isinstance(body.org_id, str):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if body.owner_id is not UNSET and type(body.owner_id) is not str and not isinstance(body.owner_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"owner_id must be str, not {type(body.owner_id).__name__}")

    if (
        body.description is not UNSET
        and type(body.description) is not str
        and not isinstance(body.description, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"description must be str, not {type(body.description).__name__}")

    if body.avatar_id is not UNSET and type(body.avatar_id) is not str and not isinstance(body.avatar_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"avatar_id must be str, not {type(body.avatar_id).__name__}")

    if (
        body.staff_id_list is not UNSET
        and type(body.staff_id_list) is not list
        and not isinstance(body.staff_id_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"staff_id_list must be list, not {type(body.staff_id_list).__name__}")

    if (
        body.department_id_list is not UNSET
        and type(body.department_id_list) is not list
        and not isinstance(body.department_id_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"department_id_list must be list, not {type(body.department_id_list).__name__}"
        )

    if (
        body.apply_request_id is not UNSET
        and type(body.apply_request_id) is not str
        and not isinstance(body.apply_request_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"apply_request_id must be str, not {type(body.apply_request_id).__name__}")

    if (
        body.apply_notes is not UNSET
        and type(body.apply_notes) is not str
        and not isinstance(body.apply_notes, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"apply_notes must be str, not {type(body.apply_notes).__name__}")

    if (
        body.apply_global_unique_id is not UNSET
        and type(body.apply_global_unique_id) is not str
        and not isinstance(body.apply_global_unique_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"apply_global_unique_id must be str, not {type(body.apply_global_unique_id).__name__}"
        )

    if (
        body.apply_session_unique_id is not UNSET
        and type(body.apply_session_unique_id) is not str
        and not isinstance(body.apply_session_unique_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"apply_session_unique_id must be str, not {type(body.apply_session_unique_id).__name__}"
        )

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.name) < 1:
        raise errors.InvalidArgumentError("name must not be empty")

    if len(body.org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    if type(body.owner_id) is not Unset and len(body.owner_id) < 1:
        raise errors.InvalidArgumentError("owner_id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/groups/create",
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


def _parse(response: httpx.Response) -> GroupCreated:
    return parse(
        response,
        _OPERATION,
        GroupCreated.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: GroupCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[GroupCreated]:
    """Create a group chat. Also returns the HTTP status, headers and raw body."""
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
    body: GroupCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> GroupCreated:
    """Create a group chat."""
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
    body: GroupCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[GroupCreated]:
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
    body: GroupCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> GroupCreated:
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
