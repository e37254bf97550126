# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Send a message from the app's bot to people, one private chat each.

POST /v1/bot/messages/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.bot_message_request import BotMessageRequest
from ...models.sent_message import SentMessage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_bot_message"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "anyRequired": ["userIdList", "departmentIdList"],
    "props": {
        "userIdList": {"name": "user_id_list", "items": {"minLength": 1}},
        "departmentIdList": {"name": "department_id_list", "items": {"minLength": 1}},
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
    },
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if not (body.get("userIdList") or body.get("departmentIdList")):
            return False
        if "userIdList" in body:
            field0 = body["userIdList"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
        if "departmentIdList" in body:
            field2 = body["departmentIdList"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                        return False
        if "msgType" in body:
            field4 = body["msgType"]
            if field4 is not None and not (
                type(field4) is str
                and field4
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
            field5 = body["msgData"]
            if field5 is not None:
                if type(field5) is not dict:
                    return False
                for key6, field7 in field5.items():
                    if key6 == "text":
                        if field7 is not None:
                            if type(field7) is not dict:
                                return False
                            if "content" in field7:
                                field8 = field7["content"]
                                if field8 is not None and not (type(field8) is str and len(field8) <= 1500):
                                    return False
                            if "mediaType" in field7:
                                field9 = field7["mediaType"]
                                if field9 is not None and not (type(field9) is int and field9 in {1, 2, 3}):
                                    return False
                    elif key6 == "formatText":
                        if field7 is not None:
                            if type(field7) is not dict:
                                return False
                            if "formatType" in field7:
                                field10 = field7["formatType"]
                                if field10 is not None and not (type(field10) is int and field10 in {1}):
                                    return False
                            if "text" in field7:
                                field11 = field7["text"]
                                if field11 is not None and not (type(field11) is str and len(field11) <= 1500):
                                    return False
                    elif key6 == "oacard":
                        if field7 is not None:
                            if type(field7) is not dict:
                                return False
                            if "fields" in field7:
                                field12 = field7["fields"]
                                if field12 is not None and (type(field12) is not list or len(field12) > 10):
                                    return False
                    elif key6 == "appCard":
                        if field7 is not None:
                            if type(field7) is not dict:
                                return False
                            if "bodyTitle" in field7:
                                field13 = field7["bodyTitle"]
                                if field13 is not None and not (type(field13) is str and len(field13) <= 150):
                                    return False
                            if "bodySubTitle" in field7:
                                field14 = field7["bodySubTitle"]
                                if field14 is not None and not (type(field14) is str and len(field14) <= 300):
                                    return False
                            if "bodyContent" in field7:
                                field15 = field7["bodyContent"]
                                if field15 is not None and not (type(field15) is str and len(field15) <= 750):
                                    return False
                            if "fields" in field7:
                                field16 = field7["fields"]
                                if field16 is not None and (type(field16) is not list or len(field16) > 10):
                                    return False
                            if "links" in field7:
                                field17 = field7["links"]
                                if field17 is not None and (type(field17) is not list or len(field17) > 3):
                                    return False
                    elif key6 == "appArticles":
                        if field7 is not None:
                            if type(field7) is not list or len(field7) < 1:
                                return False
                            for item18 in field7:
                                if item18 is not None:
                                    if type(item18) is not dict:
                                        return False
                                    if "imgUrl" in item18:
                                        field19 = item18["imgUrl"]
                                        if field19 is not None and not (type(field19) is str and 1 <= len(field19)):
                                            return False
                                    if "title" in item18:
                                        field20 = item18["title"]
                                        if field20 is not None and not (type(field20) is str and 1 <= len(field20)):
                                            return False
                                    if "url" in item18:
                                        field21 = item18["url"]
                                        if field21 is not None and not (type(field21) is str and 1 <= len(field21)):
                                            return False
                    elif key6 == "verifyCard":
                        if field7 is not None:
                            if type(field7) is not dict:
                                return False
                            if "body" in field7:
                                field22 = field7["body"]
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
                                    if "fields" in field22:
                                        field25 = field22["fields"]
                                        if field25 is not None and (type(field25) is not list or len(field25) > 10):
                                            return False
                    elif key6 == "approveCard":
                        if field7 is not None:
                            if type(field7) is not dict:
                                return False
                            if "body" in field7:
                                field26 = field7["body"]
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
                                                if field28 is not None and not (
                                                    type(field28) is int and field28 in {0, 1}
                                                ):
                                                    return False
                            if "expireTime" in field7:
                                field29 = field7["expireTime"]
                                if field29 is not None and not (
                                    (type(field29) is int or type(field29) is float)
                                    and 0 <= field29
                                    and field29 <= 2592000
                                ):
                                    return False
                    elif key6 == "authorizationType":
                        if field7 is not None and not (type(field7) is int and field7 in {1}):
                            return False
    return True


def _get_kwargs(
    *,
    body: BotMessageRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if (
        body.user_id_list is not UNSET
        and type(body.user_id_list) is not list
        and not isinstance(body.user_id_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"user_id_list must be list, not {type(body.user_id_list).__name__}")

    if (
        body.department_id_list is not UNSET
        and type(body.department_id_list) is not list
        and not isinstance(body.department_id_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"department_id_list must be list, not {type(body.department_id_list).__name__}"
        )

    if body.entry_id is not UNSET and type(body.entry_id) is not str and not isinstance(body.entry_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"entry_id must be str, not {type(body.entry_id).__name__}")

    if (
        body.ref_msg_id is not UNSET
        and type(body.ref_msg_id) is not str
        and not isinstance(body.ref_msg_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"ref_msg_id must be str, not {type(body.ref_msg_id).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/bot/messages/create",
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
    body: BotMessageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[SentMessage]:
    """Send a message from the app's bot to people, one private chat each. Also returns the HTTP status, headers and raw body."""
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
    body: BotMessageRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> SentMessage:
    """Send a message from the app's bot to people, one private chat each."""
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
    body: BotMessageRequest,
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
    body: BotMessageRequest,
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
