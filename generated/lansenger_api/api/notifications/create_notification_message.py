# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Send a message into the app's notification chat of up to 1000 people.

POST /v1/messages/notification/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.notification_message_request import NotificationMessageRequest
from ...models.notification_messages_sent import NotificationMessagesSent
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_notification_message"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "receiverIds": {"name": "receiver_ids", "items": {"minLength": 1}},
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
                "authorizationReq",
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
        if "receiverIds" in body:
            field0 = body["receiverIds"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
        if "msgType" in body:
            field2 = body["msgType"]
            if field2 is not None and not (
                type(field2) is str
                and field2
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
                    "authorizationReq",
                }
            ):
                return False
        if "msgData" in body:
            field3 = body["msgData"]
            if field3 is not None:
                if type(field3) is not dict:
                    return False
                if "text" in field3:
                    field4 = field3["text"]
                    if field4 is not None:
                        if type(field4) is not dict:
                            return False
                        if "content" in field4:
                            field5 = field4["content"]
                            if field5 is not None and not (type(field5) is str and len(field5) <= 1500):
                                return False
                        if "mediaType" in field4:
                            field6 = field4["mediaType"]
                            if field6 is not None and not (type(field6) is int and field6 in {1, 2, 3}):
                                return False
                if "formatText" in field3:
                    field7 = field3["formatText"]
                    if field7 is not None:
                        if type(field7) is not dict:
                            return False
                        if "formatType" in field7:
                            field8 = field7["formatType"]
                            if field8 is not None and not (type(field8) is int and field8 in {1}):
                                return False
                        if "text" in field7:
                            field9 = field7["text"]
                            if field9 is not None and not (type(field9) is str and len(field9) <= 1500):
                                return False
                if "oacard" in field3:
                    field10 = field3["oacard"]
                    if field10 is not None:
                        if type(field10) is not dict:
                            return False
                        if "fields" in field10:
                            field11 = field10["fields"]
                            if field11 is not None and (type(field11) is not list or len(field11) > 10):
                                return False
                if "appCard" in field3:
                    field12 = field3["appCard"]
                    if field12 is not None:
                        if type(field12) is not dict:
                            return False
                        if "bodyTitle" in field12:
                            field13 = field12["bodyTitle"]
                            if field13 is not None and not (type(field13) is str and len(field13) <= 150):
                                return False
                        if "bodySubTitle" in field12:
                            field14 = field12["bodySubTitle"]
                            if field14 is not None and not (type(field14) is str and len(field14) <= 300):
                                return False
                        if "bodyContent" in field12:
                            field15 = field12["bodyContent"]
                            if field15 is not None and not (type(field15) is str and len(field15) <= 750):
                                return False
                        if "fields" in field12:
                            field16 = field12["fields"]
                            if field16 is not None and (type(field16) is not list or len(field16) > 10):
                                return False
                        if "links" in field12:
                            field17 = field12["links"]
                            if field17 is not None and (type(field17) is not list or len(field17) > 3):
                                return False
                if "appArticles" in field3:
                    field18 = field3["appArticles"]
                    if field18 is not None:
                        if type(field18) is not list or len(field18) < 1:
                            return False
                        for item19 in field18:
                            if item19 is not None:
                                if type(item19) is not dict:
                                    return False
                                if "imgUrl" in item19:
                                    field20 = item19["imgUrl"]
                                    if field20 is not None and not (type(field20) is str and 1 <= len(field20)):
                                        return False
                                if "title" in item19:
                                    field21 = item19["title"]
                                    if field21 is not None and not (type(field21) is str and 1 <= len(field21)):
                                        return False
                                if "url" in item19:
                                    field22 = item19["url"]
                                    if field22 is not None and not (type(field22) is str and 1 <= len(field22)):
                                        return False
                if "verifyCard" in field3:
                    field23 = field3["verifyCard"]
                    if field23 is not None:
                        if type(field23) is not dict:
                            return False
                        if "body" in field23:
                            field24 = field23["body"]
                            if field24 is not None:
                                if type(field24) is not dict:
                                    return False
                                if "content" in field24:
                                    field25 = field24["content"]
                                    if field25 is not None:
                                        if type(field25) is not dict:
                                            return False
                                        if "formatType" in field25:
                                            field26 = field25["formatType"]
                                            if field26 is not None and not (type(field26) is int and field26 in {0, 1}):
                                                return False
                                if "fields" in field24:
                                    field27 = field24["fields"]
                                    if field27 is not None and (type(field27) is not list or len(field27) > 10):
                                        return False
                if "approveCard" in field3:
                    field28 = field3["approveCard"]
                    if field28 is not None:
                        if type(field28) is not dict:
                            return False
                        if "body" in field28:
                            field29 = field28["body"]
                            if field29 is not None:
                                if type(field29) is not dict:
                                    return False
                                if "content" in field29:
                                    field30 = field29["content"]
                                    if field30 is not None:
                                        if type(field30) is not dict:
                                            return False
                                        if "formatType" in field30:
                                            field31 = field30["formatType"]
                                            if field31 is not None and not (type(field31) is int and field31 in {0, 1}):
                                                return False
                        if "expireTime" in field28:
                            field32 = field28["expireTime"]
                            if field32 is not None and not (
                                (type(field32) is int or type(field32) is float) and 0 <= field32 and field32 <= 2592000
                            ):
                                return False
                if "authorizationType" in field3:
                    field33 = field3["authorizationType"]
                    if field33 is not None and not (type(field33) is int and field33 in {1}):
                        return False
    return True


def _get_kwargs(
    *,
    body: NotificationMessageRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.receiver_ids) is not list and not isinstance(body.receiver_ids, (list, tuple)):
        raise errors.InvalidArgumentError(f"receiver_ids must be list, not {type(body.receiver_ids).__name__}")

    if body.sender_id is not UNSET and type(body.sender_id) is not str and not isinstance(body.sender_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"sender_id must be str, not {type(body.sender_id).__name__}")

    if body.uuid is not UNSET and type(body.uuid) is not str and not isinstance(body.uuid, (str, Unset)):
        raise errors.InvalidArgumentError(f"uuid must be str, not {type(body.uuid).__name__}")

    if user_token is not UNSET and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.receiver_ids) < 1:
        raise errors.InvalidArgumentError("receiver_ids must not be empty")
    if len(body.receiver_ids) > 1000:
        raise errors.InvalidArgumentError("receiver_ids must have at most 1000 items")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/messages/notification/create",
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


def _build(data: Any) -> NotificationMessagesSent:
    response_200 = NotificationMessagesSent.from_dict(data)

    return response_200


def _parse(response: httpx.Response) -> NotificationMessagesSent:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: NotificationMessageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[NotificationMessagesSent]:
    """Send a message into the app's notification chat of up to 1000 people. Also returns the HTTP status, headers and raw body."""
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
    body: NotificationMessageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> NotificationMessagesSent:
    """Send a message into the app's notification chat of up to 1000 people."""
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
    body: NotificationMessageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[NotificationMessagesSent]:
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
    body: NotificationMessageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> NotificationMessagesSent:
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
