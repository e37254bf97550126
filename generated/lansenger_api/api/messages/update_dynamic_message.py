# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Update a dynamic card (an appCard sent with isDynamic, or an approveCard) in place.

POST /v1/messages/dynamic/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.dynamic_update_request import DynamicUpdateRequest
from ...models.message_ack import MessageAck
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_dynamic_message"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "msgType": {"name": "msg_type", "enum": ["appCard", "approveCard"]},
        "msgData": {
            "name": "msg_data",
            "props": {
                "appCardUpdateMsg": {
                    "name": "app_card_update_msg",
                    "props": {"links": {"name": "links", "maxItems": 3}},
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
        if "msgType" in body:
            field0 = body["msgType"]
            if field0 is not None and not (type(field0) is str and field0 in {"appCard", "approveCard"}):
                return False
        if "msgData" in body:
            field1 = body["msgData"]
            if field1 is not None:
                if type(field1) is not dict:
                    return False
                if "appCardUpdateMsg" in field1:
                    field2 = field1["appCardUpdateMsg"]
                    if field2 is not None:
                        if type(field2) is not dict:
                            return False
                        if "links" in field2:
                            field3 = field2["links"]
                            if field3 is not None and (type(field3) is not list or len(field3) > 3):
                                return False
    return True


def _get_kwargs(
    *,
    body: DynamicUpdateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.msg_id) is not str and not isinstance(body.msg_id, str):
        raise errors.InvalidArgumentError(f"msg_id must be str, not {type(body.msg_id).__name__}")

    if body.user_id is not UNSET and type(body.user_id) is not str and not isinstance(body.user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_id must be str, not {type(body.user_id).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.msg_id) < 1:
        raise errors.InvalidArgumentError("msg_id must not be empty")

    if type(body.user_id) is not Unset and len(body.user_id) < 1:
        raise errors.InvalidArgumentError("user_id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/dynamic/update",
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


def _build(data: Any) -> MessageAck | None:
    if data is None:
        return None
    response_200 = MessageAck.from_dict(data)

    return response_200


def _parse(response: httpx.Response) -> MessageAck | None:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=False,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: DynamicUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[MessageAck | None]:
    """Update a dynamic card (an appCard sent with isDynamic, or an approveCard) in place. Also returns the HTTP status, headers and raw body."""
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
    body: DynamicUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> MessageAck | None:
    """Update a dynamic card (an appCard sent with isDynamic, or an approveCard) in place."""
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
    body: DynamicUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[MessageAck | None]:
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
    body: DynamicUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> MessageAck | None:
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
