# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The private and group chats of the app's bot, or of the user of `user_token`.

POST /v1/chats/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.chat_list import ChatList
from ...models.chat_list_request import ChatListRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "list_chats"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {"props": {"chatType": {"name": "chat_type", "enum": [0, 1, 2]}}}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "chatType" in body:
            field0 = body["chatType"]
            if field0 is not None and not (type(field0) is int and field0 in {0, 1, 2}):
                return False
    return True


def _get_kwargs(
    *,
    body: ChatListRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if body.keyword is not UNSET and type(body.keyword) is not str and not isinstance(body.keyword, (str, Unset)):
        raise errors.InvalidArgumentError(f"keyword must be str, not {type(body.keyword).__name__}")

    if (
        body.start_time is not UNSET
        and type(body.start_time) is not int
        and not isinstance(body.start_time, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"start_time must be int, not {type(body.start_time).__name__}")

    if body.end_time is not UNSET and type(body.end_time) is not int and not isinstance(body.end_time, (int, Unset)):
        raise errors.InvalidArgumentError(f"end_time must be int, not {type(body.end_time).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chats/fetch",
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


def _parse(response: httpx.Response) -> ChatList:
    return parse(
        response,
        _OPERATION,
        ChatList.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: ChatListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ChatList]:
    """The private and group chats of the app's bot, or of the user of `user_token`. Also returns the HTTP status, headers and raw body."""
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
    body: ChatListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ChatList:
    """The private and group chats of the app's bot, or of the user of `user_token`."""
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
    body: ChatListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ChatList]:
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
    body: ChatListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ChatList:
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
