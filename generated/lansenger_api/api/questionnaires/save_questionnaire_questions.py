# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Add or change several questions of a questionnaire at once.

POST /xtra/questionnaire/server/openapi/v1/saveQuestionList
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.questionnaire_questions_save_request import QuestionnaireQuestionsSaveRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "save_questionnaire_questions"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "questionList": {
            "name": "question_list",
            "items": {
                "props": {
                    "questionName": {"name": "question_name", "minLength": 1},
                    "questionType": {
                        "name": "question_type",
                        "enum": [
                            "radio",
                            "checkbox",
                            "picturesVote",
                            "fillblank",
                            "name",
                            "phone",
                            "email",
                            "sex",
                            "age",
                            "date",
                            "dateTime",
                            "address",
                            "multiScore",
                            "remark",
                            "picturesUpload",
                            "filesUpload",
                        ],
                    },
                    "requiredFlag": {"name": "required_flag", "minimum": 0, "maximum": 1},
                    "questionDescFlag": {"name": "question_desc_flag", "minimum": 0, "maximum": 1},
                    "questionSortOrder": {"name": "question_sort_order", "minimum": 1, "maximum": 999},
                    "questionOptionList": {
                        "name": "question_option_list",
                        "items": {
                            "props": {
                                "optionName": {"name": "option_name", "minLength": 1},
                                "notUseFlag": {"name": "not_use_flag", "minimum": 0, "maximum": 1},
                                "noteFlag": {"name": "note_flag", "minimum": 0, "maximum": 1},
                                "noteRequiredFlag": {"name": "note_required_flag", "minimum": 0, "maximum": 1},
                            }
                        },
                    },
                    "radioStyle": {"name": "radio_style", "minimum": 1, "maximum": 2},
                    "selectType": {"name": "select_type", "minimum": 1, "maximum": 2},
                    "selectMin": {"name": "select_min", "minimum": 0},
                    "selectMax": {"name": "select_max", "minimum": 0},
                    "wordLimit": {"name": "word_limit", "minimum": 1},
                    "autoFill": {"name": "auto_fill", "minimum": 0, "maximum": 1},
                    "addressType": {"name": "address_type", "minimum": 1, "maximum": 4},
                    "uploadLimit": {"name": "upload_limit", "minimum": 1, "maximum": 9},
                    "uploadSize": {"name": "upload_size", "minimum": 1, "maximum": 100},
                }
            },
        }
    }
}


def _get_kwargs(
    *,
    body: QuestionnaireQuestionsSaveRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if not isinstance(body.questionnaire_code, str):
        raise errors.InvalidArgumentError(
            f"questionnaire_code must be str, not {type(body.questionnaire_code).__name__}"
        )

    if not isinstance(body.question_list, (list, tuple)):
        raise errors.InvalidArgumentError(f"question_list must be list, not {type(body.question_list).__name__}")

    if not isinstance(body.create_user_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"create_user_id must be str, not {type(body.create_user_id).__name__}")

    if not isinstance(user_token, Unset) and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.questionnaire_code) < 1:
        raise errors.InvalidArgumentError("questionnaire_code must not be empty")

    if len(body.question_list) < 1:
        raise errors.InvalidArgumentError("question_list must not be empty")

    params: dict[str, Any] = {}

    params["user_token"] = user_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/questionnaire/server/openapi/v1/saveQuestionList",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    check_body(_kwargs.get("json"), _RULES)
    return _kwargs


def _build(data: Any) -> int:
    return cast(int, data)


def _parse(response: httpx.Response) -> int:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=True,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: QuestionnaireQuestionsSaveRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[int]:
    """Add or change several questions of a questionnaire at once. Also returns the HTTP status, headers and raw body."""
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
    body: QuestionnaireQuestionsSaveRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> int:
    """Add or change several questions of a questionnaire at once."""
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
    body: QuestionnaireQuestionsSaveRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[int]:
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
    body: QuestionnaireQuestionsSaveRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> int:
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
