# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Create a questionnaire as a draft, or overwrite the one whose code is given.

POST /xtra/questionnaire/server/openapi/v1/saveQuestionnaire
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.questionnaire_save_request import QuestionnaireSaveRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "save_questionnaire"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {"props": {"userType": {"name": "user_type", "enum": [1, 2]}}}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "userType" in body:
            field0 = body["userType"]
            if field0 is not None and not (type(field0) is int and field0 in {1, 2}):
                return False
    return True


def _get_kwargs(
    *,
    body: QuestionnaireSaveRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.title) is not str and not isinstance(body.title, str):
        raise errors.InvalidArgumentError(f"title must be str, not {type(body.title).__name__}")

    if type(body.account_code) is not str and not isinstance(body.account_code, str):
        raise errors.InvalidArgumentError(f"account_code must be str, not {type(body.account_code).__name__}")

    if body.code is not UNSET and type(body.code) is not str and not isinstance(body.code, (str, Unset)):
        raise errors.InvalidArgumentError(f"code must be str, not {type(body.code).__name__}")

    if (
        body.welcome_speech is not UNSET
        and type(body.welcome_speech) is not str
        and not isinstance(body.welcome_speech, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"welcome_speech must be str, not {type(body.welcome_speech).__name__}")

    if (
        body.bye_speech is not UNSET
        and type(body.bye_speech) is not str
        and not isinstance(body.bye_speech, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"bye_speech must be str, not {type(body.bye_speech).__name__}")

    if (
        body.cover_resource_id is not UNSET
        and type(body.cover_resource_id) is not str
        and not isinstance(body.cover_resource_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"cover_resource_id must be str, not {type(body.cover_resource_id).__name__}")

    if (
        body.resource_ids is not UNSET
        and type(body.resource_ids) is not str
        and not isinstance(body.resource_ids, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"resource_ids must be str, not {type(body.resource_ids).__name__}")

    if body.app_id is not UNSET and type(body.app_id) is not str and not isinstance(body.app_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"app_id must be str, not {type(body.app_id).__name__}")

    if (
        body.create_mobile is not UNSET
        and type(body.create_mobile) is not str
        and not isinstance(body.create_mobile, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"create_mobile must be str, not {type(body.create_mobile).__name__}")

    if (
        body.create_user_id is not UNSET
        and type(body.create_user_id) is not str
        and not isinstance(body.create_user_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"create_user_id must be str, not {type(body.create_user_id).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.title) < 1:
        raise errors.InvalidArgumentError("title must not be empty")
    if len(body.title) > 100:
        raise errors.InvalidArgumentError("title must be at most 100 characters")

    if len(body.account_code) < 1:
        raise errors.InvalidArgumentError("account_code must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/questionnaire/server/openapi/v1/saveQuestionnaire",
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


def _build(data: Any) -> str:
    return cast(str, data)


def _parse(response: httpx.Response) -> str:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: QuestionnaireSaveRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[str]:
    """Create a questionnaire as a draft, or overwrite the one whose code is given. Also returns the HTTP status, headers and raw body."""
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
    body: QuestionnaireSaveRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> str:
    """Create a questionnaire as a draft, or overwrite the one whose code is given."""
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
    body: QuestionnaireSaveRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[str]:
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
    body: QuestionnaireSaveRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> str:
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
