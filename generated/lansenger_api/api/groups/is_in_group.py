# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Whether someone is a member of a group.

GET /v2/groups/{group_id}/members/is_in_group
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, path_segment, send
from ...models.group_membership import GroupMembership
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "is_in_group"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    group_id: str,
    *,
    staff_id: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v2/groups/{group_id}/members/is_in_group".format(
        group_id=path_segment(group_id, "group_id"),
    )

    if staff_id is not UNSET and type(staff_id) is not str and not isinstance(staff_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"staff_id must be str, not {type(staff_id).__name__}")

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(staff_id) is not Unset and len(staff_id) < 1:
        raise errors.InvalidArgumentError("staff_id must not be empty")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    params: dict[str, Any] = {}
    if staff_id is not UNSET and staff_id is not None:
        params["staff_id"] = staff_id
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _url,
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _parse(response: httpx.Response) -> GroupMembership:
    return parse(
        response,
        _OPERATION,
        GroupMembership.from_dict,
        data_required=True,
        errcode_data={10000: {"isInGroup": False}},
    )


def sync_detailed(
    group_id: str,
    *,
    client: httpx.Client,
    staff_id: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[GroupMembership]:
    """Whether someone is a member of a group. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                group_id=group_id,
                staff_id=staff_id,
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
    staff_id: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> GroupMembership:
    """Whether someone is a member of a group."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    group_id=group_id,
                    staff_id=staff_id,
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
    staff_id: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[GroupMembership]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                group_id=group_id,
                staff_id=staff_id,
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
    staff_id: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> GroupMembership:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    group_id=group_id,
                    staff_id=staff_id,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
