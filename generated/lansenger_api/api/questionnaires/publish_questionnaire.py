# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Publish a draft (or withdrawn) questionnaire so people can answer it.

POST /xtra/questionnaire/server/openapi/v1/publish
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.questionnaire_publish_request import QuestionnairePublishRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "publish_questionnaire"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "scopeType": {"name": "scope_type", "enum": [1, 2]},
        "answerLimit": {"name": "answer_limit", "enum": [1, -1]},
        "staffIdList": {"name": "staff_id_list", "items": {"minLength": 1}},
        "phoneList": {"name": "phone_list", "items": {"minLength": 1}},
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "scopeType" in body:
            field0 = body["scopeType"]
            if field0 is not None and not (type(field0) is int and field0 in {1, 2}):
                return False
        if "answerLimit" in body:
            field1 = body["answerLimit"]
            if field1 is not None and not (type(field1) is int and field1 in {1, -1}):
                return False
        if "staffIdList" in body:
            field2 = body["staffIdList"]
            if field2 is not None:
                if type(field2) is not list:
                    return False
                for item3 in field2:
                    if item3 is not None and not (type(item3) is str and 1 <= len(item3)):
                        return False
        if "phoneList" in body:
            field4 = body["phoneList"]
            if field4 is not None:
                if type(field4) is not list:
                    return False
                for item5 in field4:
                    if item5 is not None and not (type(item5) is str and 1 <= len(item5)):
                        return False
    return True


def _get_kwargs(
    *,
    body: QuestionnairePublishRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.questionnaire_code) is not str and not isinstance(body.questionnaire_code, str):
        raise errors.InvalidArgumentError(
            f"questionnaire_code must be str, not {type(body.questionnaire_code).__name__}"
        )

    if (
        body.message_flag is not UNSET
        and type(body.message_flag) is not int
        and not isinstance(body.message_flag, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"message_flag must be int, not {type(body.message_flag).__name__}")

    if body.page_flag is not UNSET and type(body.page_flag) is not int and not isinstance(body.page_flag, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_flag must be int, not {type(body.page_flag).__name__}")

    if (
        body.share_flag is not UNSET
        and type(body.share_flag) is not int
        and not isinstance(body.share_flag, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"share_flag must be int, not {type(body.share_flag).__name__}")

    if (
        body.view_stats_flag is not UNSET
        and type(body.view_stats_flag) is not int
        and not isinstance(body.view_stats_flag, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"view_stats_flag must be int, not {type(body.view_stats_flag).__name__}")

    if (
        body.anonym_flag is not UNSET
        and type(body.anonym_flag) is not int
        and not isinstance(body.anonym_flag, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"anonym_flag must be int, not {type(body.anonym_flag).__name__}")

    if (
        body.staff_id_list is not UNSET
        and type(body.staff_id_list) is not list
        and not isinstance(body.staff_id_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"staff_id_list must be list, not {type(body.staff_id_list).__name__}")

    if (
        body.phone_list is not UNSET
        and type(body.phone_list) is not list
        and not isinstance(body.phone_list, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"phone_list must be list, not {type(body.phone_list).__name__}")

    if (
        body.publish_user_id is not UNSET
        and type(body.publish_user_id) is not str
        and not isinstance(body.publish_user_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"publish_user_id must be str, not {type(body.publish_user_id).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.questionnaire_code) < 1:
        raise errors.InvalidArgumentError("questionnaire_code must not be empty")

    if type(body.message_flag) is not Unset and body.message_flag < 0:
        raise errors.InvalidArgumentError("message_flag must be at least 0")
    if type(body.message_flag) is not Unset and body.message_flag > 1:
        raise errors.InvalidArgumentError("message_flag must be at most 1")

    if type(body.page_flag) is not Unset and body.page_flag < 0:
        raise errors.InvalidArgumentError("page_flag must be at least 0")
    if type(body.page_flag) is not Unset and body.page_flag > 1:
        raise errors.InvalidArgumentError("page_flag must be at most 1")

    if type(body.share_flag) is not Unset and body.share_flag < 0:
        raise errors.InvalidArgumentError("share_flag must be at least 0")
    if type(body.share_flag) is not Unset and body.share_flag > 1:
        raise errors.InvalidArgumentError("share_flag must be at most 1")

    if type(body.view_stats_flag) is not Unset and body.view_stats_flag < 0:
        raise errors.InvalidArgumentError("view_stats_flag must be at least 0")
    if type(body.view_stats_flag) is not Unset and body.view_stats_flag > 1:
        raise errors.InvalidArgumentError("view_stats_flag must be at most 1")

    if type(body.anonym_flag) is not Unset and body.anonym_flag < 0:
        raise errors.InvalidArgumentError("anonym_flag must be at least 0")
    if type(body.anonym_flag) is not Unset and body.anonym_flag > 1:
        raise errors.InvalidArgumentError("anonym_flag must be at most 1")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/questionnaire/server/openapi/v1/publish",
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


def _build(data: Any) -> bool:
    return cast(bool, data)


def _parse(response: httpx.Response) -> bool:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: QuestionnairePublishRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[bool]:
    """Publish a draft (or withdrawn) questionnaire so people can answer it. Also returns the HTTP status, headers and raw body."""
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
    body: QuestionnairePublishRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> bool:
    """Publish a draft (or withdrawn) questionnaire so people can answer it."""
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
    body: QuestionnairePublishRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[bool]:
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
    body: QuestionnairePublishRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> bool:
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
