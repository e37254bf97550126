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


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "msgType" in body:
            field0 = body["msgType"]
            if field0 is not None and not (
                type(field0) is str
                and field0
                in {
                    "text",
                    "formatText",
                    "oacard",
                    "appCard",
                    "linkCard",
                    "appArticles",
                    "verifyCard",
                    "i18nAppCard",
                    "approveCard",
                }
            ):
                return False
        if "msgData" in body:
            field1 = body["msgData"]
            if field1 is not None:
                if type(field1) is not dict:
                    return False
                if "text" in field1:
                    field2 = field1["text"]
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
                if "formatText" in field1:
                    field5 = field1["formatText"]
                    if field5 is not None:
                        if type(field5) is not dict:
                            return False
                        if "formatType" in field5:
                            field6 = field5["formatType"]
                            if field6 is not None and not (type(field6) is int and field6 in {1}):
                                return False
                        if "text" in field5:
                            field7 = field5["text"]
                            if field7 is not None and not (type(field7) is str and len(field7) <= 1500):
                                return False
                if "oacard" in field1:
                    field8 = field1["oacard"]
                    if field8 is not None:
                        if type(field8) is not dict:
                            return False
                        if "fields" in field8:
                            field9 = field8["fields"]
                            if field9 is not None and (type(field9) is not list or len(field9) > 10):
                                return False
                if "appCard" in field1:
                    field10 = field1["appCard"]
                    if field10 is not None:
                        if type(field10) is not dict:
                            return False
                        if "bodyTitle" in field10:
                            field11 = field10["bodyTitle"]
                            if field11 is not None and not (type(field11) is str and len(field11) <= 150):
                                return False
                        if "bodySubTitle" in field10:
                            field12 = field10["bodySubTitle"]
                            if field12 is not None and not (type(field12) is str and len(field12) <= 300):
                                return False
                        if "bodyContent" in field10:
                            field13 = field10["bodyContent"]
                            if field13 is not None and not (type(field13) is str and len(field13) <= 750):
                                return False
                        if "fields" in field10:
                            field14 = field10["fields"]
                            if field14 is not None and (type(field14) is not list or len(field14) > 10):
                                return False
                        if "links" in field10:
                            field15 = field10["links"]
                            if field15 is not None and (type(field15) is not list or len(field15) > 3):
                                return False
                if "appArticles" in field1:
                    field16 = field1["appArticles"]
                    if field16 is not None:
                        if type(field16) is not list or len(field16) < 1:
                            return False
                        for item17 in field16:
                            if item17 is not None:
                                if type(item17) is not dict:
                                    return False
                                if "imgUrl" in item17:
                                    field18 = item17["imgUrl"]
                                    if field18 is not None and not (type(field18) is str and 1 <= len(field18)):
                                        return False
                                if "title" in item17:
                                    field19 = item17["title"]
                                    if field19 is not None and not (type(field19) is str and 1 <= len(field19)):
                                        return False
                                if "url" in item17:
                                    field20 = item17["url"]
                                    if field20 is not None and not (type(field20) is str and 1 <= len(field20)):
                                        return False
                if "verifyCard" in field1:
                    field21 = field1["verifyCard"]
                    if field21 is not None:
                        if type(field21) is not dict:
                            return False
                        if "body" in field21:
                            field22 = field21["body"]
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
                                            if field24 is not None and not (type(field24) is int and field24 in {0, 1}):
                                                return False
                                if "fields" in field22:
                                    field25 = field22["fields"]
                                    if field25 is not None and (type(field25) is not list or len(field25) > 10):
                                        return False
                if "approveCard" in field1:
                    field26 = field1["approveCard"]
                    if field26 is not None:
                        if type(field26) is not dict:
                            return False
                        if "body" in field26:
                            field27 = field26["body"]
                            if field27 is not None:
                                if type(field27) is not dict:
                                    return False
                                if "content" in field27:
                                    field28 = field27["content"]
                                    if field28 is not None:
                                        if type(field28) is not dict:
                                            return False
                                        if "formatType" in field28:
                                            field29 = field28["formatType"]
                                            if field29 is not None and not (type(field29) is int and field29 in {0, 1}):
                                                return False
                        if "expireTime" in field26:
                            field30 = field26["expireTime"]
                            if field30 is not None and not (
                                (type(field30) is int or type(field30) is float) and 0 <= field30 and field30 <= 2592000
                            ):
                                return False
                if "authorizationType" in field1:
                    field31 = field1["authorizationType"]
                    if field31 is not None and not (type(field31) is int and field31 in {1}):
                        return False
    return True


def _get_kwargs(
    *,
    body: GroupMessageRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.group_id) is not str and not isinstance(body.group_id, str):
        raise errors.InvalidArgumentError(f"group_id must be str, not {type(body.group_id).__name__}")

    if body.sender_id is not UNSET and type(body.sender_id) is not str and not isinstance(body.sender_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"sender_id must be str, not {type(body.sender_id).__name__}")

    if body.outlines is not UNSET and type(body.outlines) is not str and not isinstance(body.outlines, (str, Unset)):
        raise errors.InvalidArgumentError(f"outlines must be str, not {type(body.outlines).__name__}")

    if body.uuid is not UNSET and type(body.uuid) is not str and not isinstance(body.uuid, (str, Unset)):
        raise errors.InvalidArgumentError(f"uuid must be str, not {type(body.uuid).__name__}")

    if body.entry_id is not UNSET and type(body.entry_id) is not str and not isinstance(body.entry_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"entry_id must be str, not {type(body.entry_id).__name__}")

    if (
        body.ref_msg_id is not UNSET
        and type(body.ref_msg_id) is not str
        and not isinstance(body.ref_msg_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"ref_msg_id must be str, not {type(body.ref_msg_id).__name__}")

    if user_token is not UNSET and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.group_id) < 1:
        raise errors.InvalidArgumentError("group_id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

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
    if not _passes(_kwargs.get("json")):
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
