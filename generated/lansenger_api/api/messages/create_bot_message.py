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
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False)
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
                if "text" in field5:
                    field6 = field5["text"]
                    if field6 is not None:
                        if type(field6) is not dict:
                            return False
                        if "content" in field6:
                            field7 = field6["content"]
                            if field7 is not None and not (type(field7) is str and len(field7) <= 1500):
                                return False
                        if "mediaType" in field6:
                            field8 = field6["mediaType"]
                            if field8 is not None and not (type(field8) is int and field8 in {1, 2, 3}):
                                return False
                if "formatText" in field5:
                    field9 = field5["formatText"]
                    if field9 is not None:
                        if type(field9) is not dict:
                            return False
                        if "formatType" in field9:
                            field10 = field9["formatType"]
                            if field10 is not None and not (type(field10) is int and field10 in {1}):
                                return False
                        if "text" in field9:
                            field11 = field9["text"]
                            if field11 is not None and not (type(field11) is str and len(field11) <= 1500):
                                return False
                if "oacard" in field5:
                    field12 = field5["oacard"]
                    if field12 is not None:
                        if type(field12) is not dict:
                            return False
                        if "fields" in field12:
                            field13 = field12["fields"]
                            if field13 is not None and (type(field13) is not list or len(field13) > 10):
                                return False
                if "appCard" in field5:
                    field14 = field5["appCard"]
                    if field14 is not None:
                        if type(field14) is not dict:
                            return False
                        if "bodyTitle" in field14:
                            field15 = field14["bodyTitle"]
                            if field15 is not None and not (type(field15) is str and len(field15) <= 150):
                                return False
                        if "bodySubTitle" in field14:
                            field16 = field14["bodySubTitle"]
                            if field16 is not None and not (type(field16) is str and len(field16) <= 300):
                                return False
                        if "bodyContent" in field14:
                            field17 = field14["bodyContent"]
                            if field17 is not None and not (type(field17) is str and len(field17) <= 750):
                                return False
                        if "fields" in field14:
                            field18 = field14["fields"]
                            if field18 is not None and (type(field18) is not list or len(field18) > 10):
                                return False
                        if "links" in field14:
                            field19 = field14["links"]
                            if field19 is not None and (type(field19) is not list or len(field19) > 3):
                                return False
                if "appArticles" in field5:
                    field20 = field5["appArticles"]
                    if field20 is not None:
                        if type(field20) is not list or len(field20) < 1:
                            return False
                        for item21 in field20:
                            if item21 is not None:
                                if type(item21) is not dict:
                                    return False
                                if "imgUrl" in item21:
                                    field22 = item21["imgUrl"]
                                    if field22 is not None and not (type(field22) is str and 1 <= len(field22)):
                                        return False
                                if "title" in item21:
                                    field23 = item21["title"]
                                    if field23 is not None and not (type(field23) is str and 1 <= len(field23)):
                                        return False
                                if "url" in item21:
                                    field24 = item21["url"]
                                    if field24 is not None and not (type(field24) is str and 1 <= len(field24)):
                                        return False
                if "verifyCard" in field5:
                    field25 = field5["verifyCard"]
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
                                if "fields" in field26:
                                    field29 = field26["fields"]
                                    if field29 is not None and (type(field29) is not list or len(field29) > 10):
                                        return False
                if "approveCard" in field5:
                    field30 = field5["approveCard"]
                    if field30 is not None:
                        if type(field30) is not dict:
                            return False
                        if "body" in field30:
                            field31 = field30["body"]
                            if field31 is not None:
                                if type(field31) is not dict:
                                    return False
                                if "content" in field31:
                                    field32 = field31["content"]
                                    if field32 is not None:
                                        if type(field32) is not dict:
                                            return False
                                        if "formatType" in field32:
                                            field33 = field32["formatType"]
                                            if field33 is not None and not (type(field33) is int and field33 in {0, 1}):
                                                return False
                        if "expireTime" in field30:
                            field34 = field30["expireTime"]
                            if field34 is not None and not (
                                (type(field34) is int or type(field34) is float) and 0 <= field34 and field34 <= 2592000
                            ):
                                return False
                if "authorizationType" in field5:
                    field35 = field5["authorizationType"]
                    if field35 is not None and not (type(field35) is int and field35 in {1}):
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

    if user_token is not UNSET and len(user_token) < 1:
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
