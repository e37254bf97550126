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
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
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


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "questionList" in body:
            field0 = body["questionList"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None:
                        if type(item1) is not dict:
                            return False
                        for key2, field3 in item1.items():
                            if key2 == "questionName":
                                if field3 is not None and not (type(field3) is str and 1 <= len(field3)):
                                    return False
                            elif key2 == "questionType":
                                if field3 is not None and not (
                                    type(field3) is str
                                    and field3
                                    in {
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
                                    }
                                ):
                                    return False
                            elif key2 == "requiredFlag":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 0 <= field3 and field3 <= 1
                                ):
                                    return False
                            elif key2 == "questionDescFlag":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 0 <= field3 and field3 <= 1
                                ):
                                    return False
                            elif key2 == "questionSortOrder":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 1 <= field3 and field3 <= 999
                                ):
                                    return False
                            elif key2 == "questionOptionList":
                                if field3 is not None:
                                    if type(field3) is not list:
                                        return False
                                    for item4 in field3:
                                        if item4 is not None:
                                            if type(item4) is not dict:
                                                return False
                                            if "optionName" in item4:
                                                field5 = item4["optionName"]
                                                if field5 is not None and not (
                                                    type(field5) is str and 1 <= len(field5)
                                                ):
                                                    return False
                                            if "notUseFlag" in item4:
                                                field6 = item4["notUseFlag"]
                                                if field6 is not None and not (
                                                    (type(field6) is int or type(field6) is float)
                                                    and 0 <= field6
                                                    and field6 <= 1
                                                ):
                                                    return False
                                            if "noteFlag" in item4:
                                                field7 = item4["noteFlag"]
                                                if field7 is not None and not (
                                                    (type(field7) is int or type(field7) is float)
                                                    and 0 <= field7
                                                    and field7 <= 1
                                                ):
                                                    return False
                                            if "noteRequiredFlag" in item4:
                                                field8 = item4["noteRequiredFlag"]
                                                if field8 is not None and not (
                                                    (type(field8) is int or type(field8) is float)
                                                    and 0 <= field8
                                                    and field8 <= 1
                                                ):
                                                    return False
                            elif key2 == "radioStyle":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 1 <= field3 and field3 <= 2
                                ):
                                    return False
                            elif key2 == "selectType":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 1 <= field3 and field3 <= 2
                                ):
                                    return False
                            elif key2 == "selectMin":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 0 <= field3
                                ):
                                    return False
                            elif key2 == "selectMax":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 0 <= field3
                                ):
                                    return False
                            elif key2 == "wordLimit":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 1 <= field3
                                ):
                                    return False
                            elif key2 == "autoFill":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 0 <= field3 and field3 <= 1
                                ):
                                    return False
                            elif key2 == "addressType":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 1 <= field3 and field3 <= 4
                                ):
                                    return False
                            elif key2 == "uploadLimit":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 1 <= field3 and field3 <= 9
                                ):
                                    return False
                            elif key2 == "uploadSize":
                                if field3 is not None and not (
                                    (type(field3) is int or type(field3) is float) and 1 <= field3 and field3 <= 100
                                ):
                                    return False
    return True


def _get_kwargs(
    *,
    body: QuestionnaireQuestionsSaveRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.questionnaire_code) is not str and not isinstance(body.questionnaire_code, str):
        raise errors.InvalidArgumentError(
            f"questionnaire_code must be str, not {type(body.questionnaire_code).__name__}"
        )

    if type(body.question_list) is not list and not isinstance(body.question_list, (list, tuple)):
        raise errors.InvalidArgumentError(f"question_list must be list, not {type(body.question_list).__name__}")

    if (
        body.create_user_id is not UNSET
        and type(body.create_user_id) is not str
        and not isinstance(body.create_user_id, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"create_user_id must be str, not {type(body.create_user_id).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.questionnaire_code) < 1:
        raise errors.InvalidArgumentError("questionnaire_code must not be empty")

    if len(body.question_list) < 1:
        raise errors.InvalidArgumentError("question_list must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

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
    if not _passes(_kwargs.get("json")):
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
