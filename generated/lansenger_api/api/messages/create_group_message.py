# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Send a message to a group chat.

POST /v1/messages/group/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.group_message_request import GroupMessageRequest
from ...models.sent_message import SentMessage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_group_message"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "msgType": {
            "name": "msg_type",
            "enum": [
                "text",
                "formatText",
                "oacard",
                "appCard",
                "linkCard",
                "appArticles",
                "verifyCard",
                "i18nAppCard",
                "approveCard",
            ],
        },
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
        },
    }
}


def _get_kwargs(
    *,
    body: GroupMessageRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if not isinstance(body.group_id, str):
        raise errors.InvalidArgumentError(f"group_id must be str, not {type(body.group_id).__name__}")

    if not isinstance(body.sender_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"sender_id must be str, not {type(body.sender_id).__name__}")

    if not isinstance(body.outlines, (str, Unset)):
        raise errors.InvalidArgumentError(f"outlines must be str, not {type(body.outlines).__name__}")

    if not isinstance(body.uuid, (str, Unset)):
        raise errors.InvalidArgumentError(f"uuid must be str, not {type(body.uuid).__name__}")

    if not isinstance(body.entry_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"entry_id must be str, not {type(body.entry_id).__name__}")

    if not isinstance(body.ref_msg_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"ref_msg_id must be str, not {type(body.ref_msg_id).__name__}")

    if not isinstance(user_token, Unset) and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.group_id) < 1:
        raise errors.InvalidArgumentError("group_id must not be empty")

    params: dict[str, Any] = {}

    params["user_token"] = user_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/group/create",
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


def _build(data: Any) -> SentMessage:
    response_200 = SentMessage.from_dict(data)

    return response_200


def _parse(response: httpx.Response) -> SentMessage:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: GroupMessageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[SentMessage]:
    """Send a message to a group chat. Also returns the HTTP status, headers and raw body."""
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
    body: GroupMessageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> SentMessage:
    """Send a message to a group chat."""
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
    body: GroupMessageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[SentMessage]:
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
    body: GroupMessageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> SentMessage:
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
