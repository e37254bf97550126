# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Dismiss (delete) a group; the owner only.

POST /v2/groups/{group_id}/delete
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, path_segment, send, unwrap
from ...models.group_delete_request import GroupDeleteRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "delete_group"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    group_id: str,
    *,
    body: GroupDeleteRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v2/groups/{group_id}/delete".format(
        group_id=path_segment(group_id, "group_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

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
    return _kwargs


def _parse(response: httpx.Response) -> None:
    unwrap(response, _OPERATION, data_required=False)


def sync_detailed(
    group_id: str,
    *,
    client: httpx.Client,
    body: GroupDeleteRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """Dismiss (delete) a group; the owner only. Also returns the HTTP status, headers and raw body."""
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
    body: GroupDeleteRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """Dismiss (delete) a group; the owner only."""
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
    body: GroupDeleteRequest,
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
    body: GroupDeleteRequest,
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
