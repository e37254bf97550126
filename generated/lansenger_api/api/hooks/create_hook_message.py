# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Send a message to a group through the group's webhook bot.

POST /v1/bot/hook/messages/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.hook_message_request import HookMessageRequest
from ...models.message_ack import MessageAck
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_hook_message"
_META = RequestMeta(operation=_OPERATION, app_token=False, idempotent=False)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "msgData": {
            "name": "msg_data",
            "props": {
                "text": {
                    "name": "text",
                    "props": {
                        "content": {"name": "content", "maxBytes": 6000},
                        "mediaType": {"name": "media_type", "enum": [1, 2, 3]},
                    },
                },
                "formatText": {
                    "name": "format_text",
                    "props": {
                        "formatType": {"name": "format_type", "enum": [1]},
                        "text": {"name": "text", "maxBytes": 6000},
                    },
                },
                "oacard": {"name": "oacard", "props": {"fields": {"name": "fields", "maxItems": 10}}},
                "appCard": {
                    "name": "app_card",
                    "props": {
                        "bodyTitle": {"name": "body_title", "maxBytes": 600},
                        "bodySubTitle": {"name": "body_sub_title", "maxBytes": 1200},
                        "bodyContent": {"name": "body_content", "maxBytes": 3000},
                        "fields": {"name": "fields", "maxItems": 10},
                        "links": {"name": "links", "maxItems": 3},
                    },
                },
                "appArticles": {
                    "name": "app_articles",
                    "minItems": 1,
                    "items": {
                        "props": {
                            "imgUrl": {"name": "img_url", "minLength": 1},
                            "title": {"name": "title", "minLength": 1},
                            "url": {"name": "url", "minLength": 1},
                        }
                    },
                },
                "verifyCard": {
                    "name": "verify_card",
                    "props": {
                        "body": {
                            "name": "body",
                            "props": {
                                "content": {
                                    "name": "content",
                                    "props": {"formatType": {"name": "format_type", "enum": [0, 1]}},
                                },
                                "fields": {"name": "fields", "maxItems": 10},
                            },
                        }
                    },
                },
                "approveCard": {
                    "name": "approve_card",
                    "props": {
                        "body": {
                            "name": "body",
                            "props": {
                                "content": {
                                    "name": "content",
                                    "props": {"formatType": {"name": "format_type", "enum": [0, 1]}},
                                }
                            },
                        },
                        "expireTime": {"name": "expire_time", "minimum": 0, "maximum": 2592000},
                    },
                },
                "authorizationType": {"name": "authorization_type", "enum": [1]},
            },
        }
    }
}


def _get_kwargs(
    *,
    body: HookMessageRequest,
    hook_token: str,
    app_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(hook_token, str):
        raise errors.InvalidArgumentError(f"hook_token must be str, not {type(hook_token).__name__}")

    if not isinstance(app_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"app_token must be str, not {type(app_token).__name__}")

    if not isinstance(body.msg_type, str):
        raise errors.InvalidArgumentError(f"msg_type must be str, not {type(body.msg_type).__name__}")

    if not isinstance(body.timestamp, (str, Unset)):
        raise errors.InvalidArgumentError(f"timestamp must be str, not {type(body.timestamp).__name__}")

    if not isinstance(body.sign, (str, Unset)):
        raise errors.InvalidArgumentError(f"sign must be str, not {type(body.sign).__name__}")

    if len(hook_token) < 1:
        raise errors.InvalidArgumentError("hook_token must not be empty")

    if not isinstance(app_token, Unset) and len(app_token) < 1:
        raise errors.InvalidArgumentError("app_token must not be empty")

    if len(body.msg_type) < 1:
        raise errors.InvalidArgumentError("msg_type must not be empty")

    params: dict[str, Any] = {}

    params["hook_token"] = hook_token

    params["app_token"] = app_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/bot/hook/messages/create",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
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
    body: HookMessageRequest,
    hook_token: str,
    app_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[MessageAck | None]:
    """Send a message to a group through the group's webhook bot. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
                hook_token=hook_token,
                app_token=app_token,
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
    body: HookMessageRequest,
    hook_token: str,
    app_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> MessageAck | None:
    """Send a message to a group through the group's webhook bot."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
                    hook_token=hook_token,
                    app_token=app_token,
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
    body: HookMessageRequest,
    hook_token: str,
    app_token: str | Unset = UNSET,
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
                hook_token=hook_token,
                app_token=app_token,
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
    body: HookMessageRequest,
    hook_token: str,
    app_token: str | Unset = UNSET,
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
                    hook_token=hook_token,
                    app_token=app_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
