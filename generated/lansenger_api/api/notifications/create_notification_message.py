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
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
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
                for key4, field5 in field3.items():
                    if key4 == "text":
                        if field5 is not None:
                            if type(field5) is not dict:
                                return False
                            if "content" in field5:
                                field6 = field5["content"]
                                if field6 is not None and not (type(field6) is str and len(field6) <= 1500):
                                    return False
                            if "mediaType" in field5:
                                field7 = field5["mediaType"]
                                if field7 is not None and not (type(field7) is int and field7 in {1, 2, 3}):
                                    return False
                    elif key4 == "formatText":
                        if field5 is not None:
                            if type(field5) is not dict:
                                return False
                            if "formatType" in field5:
                                field8 = field5["formatType"]
                                if field8 is not None and not (type(field8) is int and field8 in {1}):
                                    return False
                            if "text" in field5:
                                field9 = field5["text"]
                                if field9 is not None and not (type(field9) is str and len(field9) <= 1500):
                                    return False
                    elif key4 == "oacard":
                        if field5 is not None:
                            if type(field5) is not dict:
                                return False
                            if "fields" in field5:
                                field10 = field5["fields"]
                                if field10 is not None and (type(field10) is not list or len(field10) > 10):
                                    return False
                    elif key4 == "appCard":
                        if field5 is not None:
                            if type(field5) is not dict:
                                return False
                            if "bodyTitle" in field5:
                                field11 = field5["bodyTitle"]
                                if field11 is not None and not (type(field11) is str and len(field11) <= 150):
                                    return False
                            if "bodySubTitle" in field5:
                                field12 = field5["bodySubTitle"]
                                if field12 is not None and not (type(field12) is str and len(field12) <= 300):
                                    return False
                            if "bodyContent" in field5:
                                field13 = field5["bodyContent"]
                                if field13 is not None and not (type(field13) is str and len(field13) <= 750):
                                    return False
                            if "fields" in field5:
                                field14 = field5["fields"]
                                if field14 is not None and (type(field14) is not list or len(field14) > 10):
                                    return False
                            if "links" in field5:
                                field15 = field5["links"]
                                if field15 is not None and (type(field15) is not list or len(field15) > 3):
                                    return False
                    elif key4 == "appArticles":
                        if field5 is not None:
                            if type(field5) is not list or len(field5) < 1:
                                return False
                            for item16 in field5:
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
                    elif key4 == "verifyCard":
                        if field5 is not None:
                            if type(field5) is not dict:
                                return False
                            if "body" in field5:
                                field20 = field5["body"]
                                if field20 is not None:
                                    if type(field20) is not dict:
                                        return False
                                    if "content" in field20:
                                        field21 = field20["content"]
                                        if field21 is not None:
                                            if type(field21) is not dict:
                                                return False
                                            if "formatType" in field21:
                                                field22 = field21["formatType"]
                                                if field22 is not None and not (
                                                    type(field22) is int and field22 in {0, 1}
                                                ):
                                                    return False
                                    if "fields" in field20:
                                        field23 = field20["fields"]
                                        if field23 is not None and (type(field23) is not list or len(field23) > 10):
                                            return False
                    elif key4 == "approveCard":
                        if field5 is not None:
                            if type(field5) is not dict:
                                return False
                            if "body" in field5:
                                field24 = field5["body"]
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
                                                if field26 is not None and not (
                                                    type(field26) is int and field26 in {0, 1}
                                                ):
                                                    return False
                            if "expireTime" in field5:
                                field27 = field5["expireTime"]
                                if field27 is not None and not (
                                    (type(field27) is int or type(field27) is float)
                                    and 0 <= field27
                                    and field27 <= 2592000
                                ):
                                    return False
                    elif key4 == "authorizationType":
                        if field5 is not None and not (type(field5) is int and field5 in {1}):
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

    if type(user_token) is not Unset and len(user_token) < 1:
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


def _parse(response: httpx.Response) -> NotificationMessagesSent:
    return parse(
        response,
        _OPERATION,
        NotificationMessagesSent.from_dict,
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
