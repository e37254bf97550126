# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Change the fields of a personal todo that updateFields names.

POST /xtra/tdtask/server/openapi/v3/taskopt/updatePersonalTask
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, send, unwrap
from ...models.personal_todo_update_request import PersonalTodoUpdateRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "update_personal_todo"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "updateFields": {"name": "update_fields", "items": {"minLength": 1}},
        "updateContent": {
            "name": "update_content",
            "props": {
                "code": {"name": "code", "minLength": 1},
                "createUserId": {"name": "create_user_id", "minLength": 1},
                "appid": {"name": "appid", "minLength": 1},
                "subject": {"name": "subject", "minLength": 1},
                "priority": {"name": "priority", "enum": [0, 1, 2, 3]},
                "executors": {
                    "name": "executors",
                    "items": {"props": {"staffId": {"name": "staff_id", "minLength": 1}}},
                },
                "resources": {
                    "name": "resources",
                    "items": {
                        "props": {
                            "fileName": {"name": "file_name", "minLength": 1},
                            "resourceId": {"name": "resource_id", "minLength": 1},
                            "fileType": {"name": "file_type", "minLength": 1},
                            "fileSize": {"name": "file_size", "minimum": 0},
                        }
                    },
                },
            },
        },
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "updateFields" in body:
            field0 = body["updateFields"]
            if field0 is not None:
                if type(field0) is not list:
                    return False
                for item1 in field0:
                    if item1 is not None and not (type(item1) is str and 1 <= len(item1)):
                        return False
        if "updateContent" in body:
            field2 = body["updateContent"]
            if field2 is not None:
                if type(field2) is not dict:
                    return False
                for key3, field4 in field2.items():
                    if key3 == "code":
                        if field4 is not None and not (type(field4) is str and 1 <= len(field4)):
                            return False
                    elif key3 == "createUserId":
                        if field4 is not None and not (type(field4) is str and 1 <= len(field4)):
                            return False
                    elif key3 == "appid":
                        if field4 is not None and not (type(field4) is str and 1 <= len(field4)):
                            return False
                    elif key3 == "subject":
                        if field4 is not None and not (type(field4) is str and 1 <= len(field4)):
                            return False
                    elif key3 == "priority":
                        if field4 is not None and not (type(field4) is int and field4 in {0, 1, 2, 3}):
                            return False
                    elif key3 == "executors":
                        if field4 is not None:
                            if type(field4) is not list:
                                return False
                            for item5 in field4:
                                if item5 is not None:
                                    if type(item5) is not dict:
                                        return False
                                    if "staffId" in item5:
                                        field6 = item5["staffId"]
                                        if field6 is not None and not (type(field6) is str and 1 <= len(field6)):
                                            return False
                    elif key3 == "resources":
                        if field4 is not None:
                            if type(field4) is not list:
                                return False
                            for item7 in field4:
                                if item7 is not None:
                                    if type(item7) is not dict:
                                        return False
                                    if "fileName" in item7:
                                        field8 = item7["fileName"]
                                        if field8 is not None and not (type(field8) is str and 1 <= len(field8)):
                                            return False
                                    if "resourceId" in item7:
                                        field9 = item7["resourceId"]
                                        if field9 is not None and not (type(field9) is str and 1 <= len(field9)):
                                            return False
                                    if "fileType" in item7:
                                        field10 = item7["fileType"]
                                        if field10 is not None and not (type(field10) is str and 1 <= len(field10)):
                                            return False
                                    if "fileSize" in item7:
                                        field11 = item7["fileSize"]
                                        if field11 is not None and not (
                                            (type(field11) is int or type(field11) is float) and 0 <= field11
                                        ):
                                            return False
    return True


def _get_kwargs(
    *,
    body: PersonalTodoUpdateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.org_id) is not str and not isinstance(body.org_id, str):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if type(body.update_fields) is not list and not isinstance(body.update_fields, (list, tuple)):
        raise errors.InvalidArgumentError(f"update_fields must be list, not {type(body.update_fields).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    if len(body.update_fields) < 1:
        raise errors.InvalidArgumentError("update_fields must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/tdtask/server/openapi/v3/taskopt/updatePersonalTask",
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


def _parse(response: httpx.Response) -> None:
    unwrap(response, _OPERATION, data_required=False, success_codes=(200,))


def sync_detailed(
    *,
    client: httpx.Client,
    body: PersonalTodoUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """Change the fields of a personal todo that updateFields names. Also returns the HTTP status, headers and raw body."""
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
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync(
    *,
    client: httpx.Client,
    body: PersonalTodoUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """Change the fields of a personal todo that updateFields names."""
    _parse(
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
    body: PersonalTodoUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
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
    _parse(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


async def asyncio(
    *,
    client: httpx.AsyncClient,
    body: PersonalTodoUpdateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """The async twin of `sync`."""
    _parse(
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
