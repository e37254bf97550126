# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""One page of the history of a private chat (staffId) or a group chat (groupId).

POST /v1/messages/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.chat_messages_page import ChatMessagesPage
from ...models.chat_messages_request import ChatMessagesRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "list_chat_messages"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "anyRequired": ["staffId", "groupId"],
    "props": {"staffId": {"name": "staff_id"}, "groupId": {"name": "group_id"}},
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if not (body.get("staffId") or body.get("groupId")):
            return False
    return True


def _get_kwargs(
    *,
    body: ChatMessagesRequest,
    page_size: int | Unset = 100,
    base_version: str | Unset = "0",
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if page_size is not UNSET and type(page_size) is not int and not isinstance(page_size, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_size must be int, not {type(page_size).__name__}")

    if base_version is not UNSET and type(base_version) is not str and not isinstance(base_version, (str, Unset)):
        raise errors.InvalidArgumentError(f"base_version must be str, not {type(base_version).__name__}")

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if body.staff_id is not UNSET and type(body.staff_id) is not str and not isinstance(body.staff_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"staff_id must be str, not {type(body.staff_id).__name__}")

    if body.group_id is not UNSET and type(body.group_id) is not str and not isinstance(body.group_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"group_id must be str, not {type(body.group_id).__name__}")

    if (
        body.start_time is not UNSET
        and type(body.start_time) is not int
        and not isinstance(body.start_time, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"start_time must be int, not {type(body.start_time).__name__}")

    if body.end_time is not UNSET and type(body.end_time) is not int and not isinstance(body.end_time, (int, Unset)):
        raise errors.InvalidArgumentError(f"end_time must be int, not {type(body.end_time).__name__}")

    if body.sender_id is not UNSET and type(body.sender_id) is not str and not isinstance(body.sender_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"sender_id must be str, not {type(body.sender_id).__name__}")

    if type(page_size) is not Unset and page_size < 1:
        raise errors.InvalidArgumentError("page_size must be at least 1")
    if type(page_size) is not Unset and page_size > 100:
        raise errors.InvalidArgumentError("page_size must be at most 100")

    if type(base_version) is not Unset and len(base_version) < 1:
        raise errors.InvalidArgumentError("base_version must not be empty")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    params: dict[str, Any] = {}
    if page_size is not UNSET and page_size is not None:
        params["page_size"] = page_size
    if base_version is not UNSET and base_version is not None:
        params["base_version"] = base_version
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/fetch",
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


def _parse(response: httpx.Response) -> ChatMessagesPage:
    return parse(
        response,
        _OPERATION,
        ChatMessagesPage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: ChatMessagesRequest,
    page_size: int | Unset = 100,
    base_version: str | Unset = "0",
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ChatMessagesPage]:
    """One page of the history of a private chat (staffId) or a group chat (groupId). Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
                page_size=page_size,
                base_version=base_version,
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
    body: ChatMessagesRequest,
    page_size: int | Unset = 100,
    base_version: str | Unset = "0",
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ChatMessagesPage:
    """One page of the history of a private chat (staffId) or a group chat (groupId)."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                    page_size=page_size,
                    base_version=base_version,
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
    body: ChatMessagesRequest,
    page_size: int | Unset = 100,
    base_version: str | Unset = "0",
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[ChatMessagesPage]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
                page_size=page_size,
                base_version=base_version,
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
    body: ChatMessagesRequest,
    page_size: int | Unset = 100,
    base_version: str | Unset = "0",
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> ChatMessagesPage:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                    page_size=page_size,
                    base_version=base_version,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
