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
_META = RequestMeta(operation=_OPERATION, app_token=False, idempotent=False, buffered=True)
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


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "msgData" in body:
            field0 = body["msgData"]
            if field0 is not None:
                if type(field0) is not dict:
                    return False
                for key1, field2 in field0.items():
                    if key1 == "text":
                        if field2 is not None:
                            if type(field2) is not dict:
                                return False
                            if "content" in field2:
                                field3 = field2["content"]
                                if field3 is not None and not (type(field3) is str and len(field3) <= 1500):
                                    return False
                            if "mediaType" in field2:
                                field4 = field2["mediaType"]
                                if field4 is not None and not (type(field4) is int and field4 in {1, 2, 3}):
                                    return False
                    elif key1 == "formatText":
                        if field2 is not None:
                            if type(field2) is not dict:
                                return False
                            if "formatType" in field2:
                                field5 = field2["formatType"]
                                if field5 is not None and not (type(field5) is int and field5 in {1}):
                                    return False
                            if "text" in field2:
                                field6 = field2["text"]
                                if field6 is not None and not (type(field6) is str and len(field6) <= 1500):
                                    return False
                    elif key1 == "oacard":
                        if field2 is not None:
                            if type(field2) is not dict:
                                return False
                            if "fields" in field2:
                                field7 = field2["fields"]
                                if field7 is not None and (type(field7) is not list or len(field7) > 10):
                                    return False
                    elif key1 == "appCard":
                        if field2 is not None:
                            if type(field2) is not dict:
                                return False
                            if "bodyTitle" in field2:
                                field8 = field2["bodyTitle"]
                                if field8 is not None and not (type(field8) is str and len(field8) <= 150):
                                    return False
                            if "bodySubTitle" in field2:
                                field9 = field2["bodySubTitle"]
                                if field9 is not None and not (type(field9) is str and len(field9) <= 300):
                                    return False
                            if "bodyContent" in field2:
                                field10 = field2["bodyContent"]
                                if field10 is not None and not (type(field10) is str and len(field10) <= 750):
                                    return False
                            if "fields" in field2:
                                field11 = field2["fields"]
                                if field11 is not None and (type(field11) is not list or len(field11) > 10):
                                    return False
                            if "links" in field2:
                                field12 = field2["links"]
                                if field12 is not None and (type(field12) is not list or len(field12) > 3):
                                    return False
                    elif key1 == "appArticles":
                        if field2 is not None:
                            if type(field2) is not list or len(field2) < 1:
                                return False
                            for item13 in field2:
                                if item13 is not None:
                                    if type(item13) is not dict:
                                        return False
                                    if "imgUrl" in item13:
                                        field14 = item13["imgUrl"]
                                        if field14 is not None and not (type(field14) is str and 1 <= len(field14)):
                                            return False
                                    if "title" in item13:
                                        field15 = item13["title"]
                                        if field15 is not None and not (type(field15) is str and 1 <= len(field15)):
                                            return False
                                    if "url" in item13:
                                        field16 = item13["url"]
                                        if field16 is not None and not (type(field16) is str and 1 <= len(field16)):
                                            return False
                    elif key1 == "verifyCard":
                        if field2 is not None:
                            if type(field2) is not dict:
                                return False
                            if "body" in field2:
                                field17 = field2["body"]
                                if field17 is not None:
                                    if type(field17) is not dict:
                                        return False
                                    if "content" in field17:
                                        field18 = field17["content"]
                                        if field18 is not None:
                                            if type(field18) is not dict:
                                                return False
                                            if "formatType" in field18:
                                                field19 = field18["formatType"]
                                                if field19 is not None and not (
                                                    type(field19) is int and field19 in {0, 1}
                                                ):
                                                    return False
                                    if "fields" in field17:
                                        field20 = field17["fields"]
                                        if field20 is not None and (type(field20) is not list or len(field20) > 10):
                                            return False
                    elif key1 == "approveCard":
                        if field2 is not None:
                            if type(field2) is not dict:
                                return False
                            if "body" in field2:
                                field21 = field2["body"]
                                if field21 is not None:
                                    if type(field21) is not dict:
                                        return False
                                    if "content" in field21:
                                        field22 = field21["content"]
                                        if field22 is not None:
                                            if type(field22) is not dict:
                                                return False
                                            if "formatType" in field22:
                                                field23 = field22["formatType"]
                                                if field23 is not None and not (
                                                    type(field23) is int and field23 in {0, 1}
                                                ):
                                                    return False
                            if "expireTime" in field2:
                                field24 = field2["expireTime"]
                                if field24 is not None and not (
                                    (type(field24) is int or type(field24) is float)
                                    and 0 <= field24
                                    and field24 <= 2592000
                                ):
                                    return False
                    elif key1 == "authorizationType":
                        if field2 is not None and not (type(field2) is int and field2 in {1}):
                            return False
    return True


def _get_kwargs(
    *,
    body: HookMessageRequest,
    hook_token: str,
    app_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if type(hook_token) is not str and not isinstance(hook_token, str):
        raise errors.InvalidArgumentError(f"hook_token must be str, not {type(hook_token).__name__}")

    if app_token is not UNSET and type(app_token) is not str and not isinstance(app_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"app_token must be str, not {type(app_token).__name__}")

    if type(body.msg_type) is not str and not isinstance(body.msg_type, str):
        raise errors.InvalidArgumentError(f"msg_type must be str, not {type(body.msg_type).__name__}")

    if body.timestamp is not UNSET and type(body.timestamp) is not str and not isinstance(body.timestamp, (str, Unset)):
        raise errors.InvalidArgumentError(f"timestamp must be str, not {type(body.timestamp).__name__}")

    if body.sign is not UNSET and type(body.sign) is not str and not isinstance(body.sign, (str, Unset)):
        raise errors.InvalidArgumentError(f"sign must be str, not {type(body.sign).__name__}")

    if len(hook_token) < 1:
        raise errors.InvalidArgumentError("hook_token must not be empty")

    if type(app_token) is not Unset and len(app_token) < 1:
        raise errors.InvalidArgumentError("app_token must not be empty")

    if len(body.msg_type) < 1:
        raise errors.InvalidArgumentError("msg_type must not be empty")

    params: dict[str, Any] = {}
    params["hook_token"] = hook_token
    if app_token is not UNSET and app_token is not None:
        params["app_token"] = app_token

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
