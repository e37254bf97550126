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
                if "text" in field0:
                    field1 = field0["text"]
                    if field1 is not None:
                        if type(field1) is not dict:
                            return False
                        if "content" in field1:
                            field2 = field1["content"]
                            if field2 is not None and not (type(field2) is str and len(field2) <= 1500):
                                return False
                        if "mediaType" in field1:
                            field3 = field1["mediaType"]
                            if field3 is not None and not (type(field3) is int and field3 in {1, 2, 3}):
                                return False
                if "formatText" in field0:
                    field4 = field0["formatText"]
                    if field4 is not None:
                        if type(field4) is not dict:
                            return False
                        if "formatType" in field4:
                            field5 = field4["formatType"]
                            if field5 is not None and not (type(field5) is int and field5 in {1}):
                                return False
                        if "text" in field4:
                            field6 = field4["text"]
                            if field6 is not None and not (type(field6) is str and len(field6) <= 1500):
                                return False
                if "oacard" in field0:
                    field7 = field0["oacard"]
                    if field7 is not None:
                        if type(field7) is not dict:
                            return False
                        if "fields" in field7:
                            field8 = field7["fields"]
                            if field8 is not None and (type(field8) is not list or len(field8) > 10):
                                return False
                if "appCard" in field0:
                    field9 = field0["appCard"]
                    if field9 is not None:
                        if type(field9) is not dict:
                            return False
                        if "bodyTitle" in field9:
                            field10 = field9["bodyTitle"]
                            if field10 is not None and not (type(field10) is str and len(field10) <= 150):
                                return False
                        if "bodySubTitle" in field9:
                            field11 = field9["bodySubTitle"]
                            if field11 is not None and not (type(field11) is str and len(field11) <= 300):
                                return False
                        if "bodyContent" in field9:
                            field12 = field9["bodyContent"]
                            if field12 is not None and not (type(field12) is str and len(field12) <= 750):
                                return False
                        if "fields" in field9:
                            field13 = field9["fields"]
                            if field13 is not None and (type(field13) is not list or len(field13) > 10):
                                return False
                        if "links" in field9:
                            field14 = field9["links"]
                            if field14 is not None and (type(field14) is not list or len(field14) > 3):
                                return False
                if "appArticles" in field0:
                    field15 = field0["appArticles"]
                    if field15 is not None:
                        if type(field15) is not list or len(field15) < 1:
                            return False
                        for item16 in field15:
                            if item16 is not None:
                                if type(item16) is not dict:
                                    return False
                                if "imgUrl" in item16:
                                    field17 = item16["imgUrl"]
                                    if field17 is not None and not (type(field17) is str and 1 <= len(field17)):
                                        return False
                                if "title" in item16:
                                    field18 = item16["title"]
                                    if field18 is not None and not (type(field18) is str and 1 <= len(field18)):
                                        return False
                                if "url" in item16:
                                    field19 = item16["url"]
                                    if field19 is not None and not (type(field19) is str and 1 <= len(field19)):
                                        return False
                if "verifyCard" in field0:
                    field20 = field0["verifyCard"]
                    if field20 is not None:
                        if type(field20) is not dict:
                            return False
                        if "body" in field20:
                            field21 = field20["body"]
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
                                            if field23 is not None and not (type(field23) is int and field23 in {0, 1}):
                                                return False
                                if "fields" in field21:
                                    field24 = field21["fields"]
                                    if field24 is not None and (type(field24) is not list or len(field24) > 10):
                                        return False
                if "approveCard" in field0:
                    field25 = field0["approveCard"]
                    if field25 is not None:
                        if type(field25) is not dict:
                            return False
                        if "body" in field25:
                            field26 = field25["body"]
                            if field26 is not None:
                                if type(field26) is not dict:
                                    return False
                                if "content" in field26:
                                    field27 = field26["content"]
                                    if field27 is not None:
                                        if type(field27) is not dict:
                                            return False
                                        if "formatType" in field27:
                                            field28 = field27["formatType"]
                                            if field28 is not None and not (type(field28) is int and field28 in {0, 1}):
                                                return False
                        if "expireTime" in field25:
                            field29 = field25["expireTime"]
                            if field29 is not None and not (
                                (type(field29) is int or type(field29) is float) and 0 <= field29 and field29 <= 2592000
                            ):
                                return False
                if "authorizationType" in field0:
                    field30 = field0["authorizationType"]
                    if field30 is not None and not (type(field30) is int and field30 in {1}):
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

    if app_token is not UNSET and len(app_token) < 1:
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
