# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Send a private message as the user of `user_token` (user impersonation).

POST /v1/messages/chat/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.chat_message_request import ChatMessageRequest
from ...models.sent_message import SentMessage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_chat_message"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "msgType": {
            "name": "msg_type",
            "enum": ["text", "formatText", "oacard", "appCard", "linkCard", "verifyCard", "i18nAppCard"],
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


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "msgType" in body:
            field0 = body["msgType"]
            if field0 is not None and not (
                type(field0) is str
                and field0 in {"text", "formatText", "oacard", "appCard", "linkCard", "verifyCard", "i18nAppCard"}
            ):
                return False
        if "msgData" in body:
            field1 = body["msgData"]
            if field1 is not None:
                if type(field1) is not dict:
                    return False
                for key2, field3 in field1.items():
                    if key2 == "text":
                        if field3 is not None:
                            if type(field3) is not dict:
                                return False
                            if "content" in field3:
                                field4 = field3["content"]
                                if field4 is not None and not (type(field4) is str and len(field4) <= 1500):
                                    return False
                            if "mediaType" in field3:
                                field5 = field3["mediaType"]
                                if field5 is not None and not (type(field5) is int and field5 in {1, 2, 3}):
                                    return False
                    elif key2 == "formatText":
                        if field3 is not None:
                            if type(field3) is not dict:
                                return False
                            if "formatType" in field3:
                                field6 = field3["formatType"]
                                if field6 is not None and not (type(field6) is int and field6 in {1}):
                                    return False
                            if "text" in field3:
                                field7 = field3["text"]
                                if field7 is not None and not (type(field7) is str and len(field7) <= 1500):
                                    return False
                    elif key2 == "oacard":
                        if field3 is not None:
                            if type(field3) is not dict:
                                return False
                            if "fields" in field3:
                                field8 = field3["fields"]
                                if field8 is not None and (type(field8) is not list or len(field8) > 10):
                                    return False
                    elif key2 == "appCard":
                        if field3 is not None:
                            if type(field3) is not dict:
                                return False
                            if "bodyTitle" in field3:
                                field9 = field3["bodyTitle"]
                                if field9 is not None and not (type(field9) is str and len(field9) <= 150):
                                    return False
                            if "bodySubTitle" in field3:
                                field10 = field3["bodySubTitle"]
                                if field10 is not None and not (type(field10) is str and len(field10) <= 300):
                                    return False
                            if "bodyContent" in field3:
                                field11 = field3["bodyContent"]
                                if field11 is not None and not (type(field11) is str and len(field11) <= 750):
                                    return False
                            if "fields" in field3:
                                field12 = field3["fields"]
                                if field12 is not None and (type(field12) is not list or len(field12) > 10):
                                    return False
                            if "links" in field3:
                                field13 = field3["links"]
                                if field13 is not None and (type(field13) is not list or len(field13) > 3):
                                    return False
                    elif key2 == "appArticles":
                        if field3 is not None:
                            if type(field3) is not list or len(field3) < 1:
                                return False
                            for item14 in field3:
                                if item14 is not None:
                                    if type(item14) is not dict:
                                        return False
                                    if "imgUrl" in item14:
                                        field15 = item14["imgUrl"]
                                        if field15 is not None and not (type(field15) is str and 1 <= len(field15)):
                                            return False
                                    if "title" in item14:
                                        field16 = item14["title"]
                                        if field16 is not None and not (type(field16) is str and 1 <= len(field16)):
                                            return False
                                    if "url" in item14:
                                        field17 = item14["url"]
                                        if field17 is not None and not (type(field17) is str and 1 <= len(field17)):
                                            return False
                    elif key2 == "verifyCard":
                        if field3 is not None:
                            if type(field3) is not dict:
                                return False
                            if "body" in field3:
                                field18 = field3["body"]
                                if field18 is not None:
                                    if type(field18) is not dict:
                                        return False
                                    if "content" in field18:
                                        field19 = field18["content"]
                                        if field19 is not None:
                                            if type(field19) is not dict:
                                                return False
                                            if "formatType" in field19:
                                                field20 = field19["formatType"]
                                                if field20 is not None and not (
                                                    type(field20) is int and field20 in {0, 1}
                                                ):
                                                    return False
                                    if "fields" in field18:
                                        field21 = field18["fields"]
                                        if field21 is not None and (type(field21) is not list or len(field21) > 10):
                                            return False
                    elif key2 == "approveCard":
                        if field3 is not None:
                            if type(field3) is not dict:
                                return False
                            if "body" in field3:
                                field22 = field3["body"]
                                if field22 is not None:
                                    if type(field22) is not dict:
                                        return False
                                    if "content" in field22:
                                        field23 = field22["content"]
                                        if field23 is not None:
                                            if type(field23) is not dict:
                                                return False
                                            if "formatType" in field23:
                                                field24 = field23["formatType"]
                                                if field24 is not None and not (
                                                    type(field24) is int and field24 in {0, 1}
                                                ):
                                                    return False
                            if "expireTime" in field3:
                                field25 = field3["expireTime"]
                                if field25 is not None and not (
                                    (type(field25) is int or type(field25) is float)
                                    and 0 <= field25
                                    and field25 <= 2592000
                                ):
                                    return False
                    elif key2 == "authorizationType":
                        if field3 is not None and not (type(field3) is int and field3 in {1}):
                            return False
    return True


def _get_kwargs(
    *,
    body: ChatMessageRequest,
    user_token: str,
) -> dict[str, Any]:
    if type(user_token) is not str and not isinstance(user_token, str):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.receiver_id) is not str and not isinstance(body.receiver_id, str):
        raise errors.InvalidArgumentError(f"receiver_id must be str, not {type(body.receiver_id).__name__}")

    if body.uuid is not UNSET and type(body.uuid) is not str and not isinstance(body.uuid, (str, Unset)):
        raise errors.InvalidArgumentError(f"uuid must be str, not {type(body.uuid).__name__}")

    if len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.receiver_id) < 1:
        raise errors.InvalidArgumentError("receiver_id must not be empty")

    params: dict[str, Any] = {}
    params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/chat/create",
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


def _parse(response: httpx.Response) -> SentMessage:
    return parse(
        response,
        _OPERATION,
        SentMessage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: ChatMessageRequest,
    user_token: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[SentMessage]:
    """Send a private message as the user of `user_token` (user impersonation). Also returns the HTTP status, headers and raw body."""
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
    body: ChatMessageRequest,
    user_token: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> SentMessage:
    """Send a private message as the user of `user_token` (user impersonation)."""
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
    body: ChatMessageRequest,
    user_token: str,
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
    body: ChatMessageRequest,
    user_token: str,
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
