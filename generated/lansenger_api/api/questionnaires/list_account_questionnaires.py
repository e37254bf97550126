# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""List, a page at a time, the questionnaires created under an official account.

POST /xtra/questionnaire/server/openapi/v1/createList
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.questionnaire_account_list_request import QuestionnaireAccountListRequest
from ...models.questionnaire_page import QuestionnairePage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "list_account_questionnaires"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {"props": {"status": {"name": "status", "enum": [1, 2, 3, 4, 5]}}}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "status" in body:
            field0 = body["status"]
            if field0 is not None and not (type(field0) is int and field0 in {1, 2, 3, 4, 5}):
                return False
    return True


def _get_kwargs(
    *,
    body: QuestionnaireAccountListRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.account_code) is not str and not isinstance(body.account_code, str):
        raise errors.InvalidArgumentError(f"account_code must be str, not {type(body.account_code).__name__}")

    if body.page_no is not UNSET and type(body.page_no) is not int and not isinstance(body.page_no, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_no must be int, not {type(body.page_no).__name__}")

    if body.page_size is not UNSET and type(body.page_size) is not int and not isinstance(body.page_size, (int, Unset)):
        raise errors.InvalidArgumentError(f"page_size must be int, not {type(body.page_size).__name__}")

    if body.user_id is not UNSET and type(body.user_id) is not str and not isinstance(body.user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_id must be str, not {type(body.user_id).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.account_code) < 1:
        raise errors.InvalidArgumentError("account_code must not be empty")

    if type(body.page_no) is not Unset and body.page_no < 1:
        raise errors.InvalidArgumentError("page_no must be at least 1")

    if type(body.page_size) is not Unset and body.page_size < 1:
        raise errors.InvalidArgumentError("page_size must be at least 1")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/questionnaire/server/openapi/v1/createList",
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


def _parse(response: httpx.Response) -> QuestionnairePage:
    return parse(
        response,
        _OPERATION,
        QuestionnairePage.from_dict,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: QuestionnaireAccountListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[QuestionnairePage]:
    """List, a page at a time, the questionnaires created under an official account. Also returns the HTTP status, headers and raw body."""
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
    body: QuestionnaireAccountListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> QuestionnairePage:
    """List, a page at a time, the questionnaires created under an official account."""
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
    body: QuestionnaireAccountListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[QuestionnairePage]:
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
    body: QuestionnaireAccountListRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> QuestionnairePage:
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
