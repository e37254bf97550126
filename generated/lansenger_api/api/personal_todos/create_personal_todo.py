# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Create a personal todo; answers its code.

POST /xtra/tdtask/server/openapi/v3/taskopt/savePersonalTask
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.personal_todo_create_request import PersonalTodoCreateRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import UNSET, Response, Unset

_OPERATION = "create_personal_todo"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {
    "props": {
        "priority": {"name": "priority", "enum": [0, 1, 2, 3]},
        "type": {"name": "type_", "enum": [1]},
        "platform": {"name": "platform", "enum": [1, 2, 3]},
        "executors": {"name": "executors", "items": {"props": {"staffId": {"name": "staff_id", "minLength": 1}}}},
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
    }
}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "priority" in body:
            field0 = body["priority"]
            if field0 is not None and not (type(field0) is int and field0 in {0, 1, 2, 3}):
                return False
        if "type" in body:
            field1 = body["type"]
            if field1 is not None and not (type(field1) is int and field1 in {1}):
                return False
        if "platform" in body:
            field2 = body["platform"]
            if field2 is not None and not (type(field2) is int and field2 in {1, 2, 3}):
                return False
        if "executors" in body:
            field3 = body["executors"]
            if field3 is not None:
                if type(field3) is not list:
                    return False
                for item4 in field3:
                    if item4 is not None:
                        if type(item4) is not dict:
                            return False
                        if "staffId" in item4:
                            field5 = item4["staffId"]
                            if field5 is not None and not (type(field5) is str and 1 <= len(field5)):
                                return False
        if "resources" in body:
            field6 = body["resources"]
            if field6 is not None:
                if type(field6) is not list:
                    return False
                for item7 in field6:
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
    body: PersonalTodoCreateRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.subject) is not str and not isinstance(body.subject, str):
        raise errors.InvalidArgumentError(f"subject must be str, not {type(body.subject).__name__}")

    if type(body.start_time) is not int and not isinstance(body.start_time, int):
        raise errors.InvalidArgumentError(f"start_time must be int, not {type(body.start_time).__name__}")

    if type(body.due_time) is not int and not isinstance(body.due_time, int):
        raise errors.InvalidArgumentError(f"due_time must be int, not {type(body.due_time).__name__}")

    if type(body.create_user_id) is not str and not isinstance(body.create_user_id, str):
        raise errors.InvalidArgumentError(f"create_user_id must be str, not {type(body.create_user_id).__name__}")

    if type(body.org_id) is not str and not isinstance(body.org_id, str):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if type(body.appid) is not str and not isinstance(body.appid, str):
        raise errors.InvalidArgumentError(f"appid must be str, not {type(body.appid).__name__}")

    if (
        body.finish_time is not UNSET
        and type(body.finish_time) is not int
        and not isinstance(body.finish_time, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"finish_time must be int, not {type(body.finish_time).__name__}")

    if (
        body.description is not UNSET
        and type(body.description) is not str
        and not isinstance(body.description, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"description must be str, not {type(body.description).__name__}")

    if (
        body.parent_code is not UNSET
        and type(body.parent_code) is not str
        and not isinstance(body.parent_code, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"parent_code must be str, not {type(body.parent_code).__name__}")

    if body.group_id is not UNSET and type(body.group_id) is not str and not isinstance(body.group_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"group_id must be str, not {type(body.group_id).__name__}")

    if (
        body.group_category_code is not UNSET
        and type(body.group_category_code) is not str
        and not isinstance(body.group_category_code, (str, Unset))
    ):
        raise errors.InvalidArgumentError(
            f"group_category_code must be str, not {type(body.group_category_code).__name__}"
        )

    if (
        body.status_tag_no is not UNSET
        and type(body.status_tag_no) is not str
        and not isinstance(body.status_tag_no, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"status_tag_no must be str, not {type(body.status_tag_no).__name__}")

    if (
        body.status_tag_yes is not UNSET
        and type(body.status_tag_yes) is not str
        and not isinstance(body.status_tag_yes, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"status_tag_yes must be str, not {type(body.status_tag_yes).__name__}")

    if (
        body.app_info_id is not UNSET
        and type(body.app_info_id) is not int
        and not isinstance(body.app_info_id, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"app_info_id must be int, not {type(body.app_info_id).__name__}")

    if (
        body.app_category_id is not UNSET
        and type(body.app_category_id) is not int
        and not isinstance(body.app_category_id, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"app_category_id must be int, not {type(body.app_category_id).__name__}")

    if (
        body.subscribe_status is not UNSET
        and type(body.subscribe_status) is not int
        and not isinstance(body.subscribe_status, (int, Unset))
    ):
        raise errors.InvalidArgumentError(f"subscribe_status must be int, not {type(body.subscribe_status).__name__}")

    if body.user_code is not UNSET and type(body.user_code) is not str and not isinstance(body.user_code, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_code must be str, not {type(body.user_code).__name__}")

    if (
        body.executors is not UNSET
        and type(body.executors) is not list
        and not isinstance(body.executors, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"executors must be list, not {type(body.executors).__name__}")

    if body.copys is not UNSET and type(body.copys) is not list and not isinstance(body.copys, (list, tuple, Unset)):
        raise errors.InvalidArgumentError(f"copys must be list, not {type(body.copys).__name__}")

    if (
        body.resources is not UNSET
        and type(body.resources) is not list
        and not isinstance(body.resources, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"resources must be list, not {type(body.resources).__name__}")

    if (
        body.reminds is not UNSET
        and type(body.reminds) is not list
        and not isinstance(body.reminds, (list, tuple, Unset))
    ):
        raise errors.InvalidArgumentError(f"reminds must be list, not {type(body.reminds).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.subject) < 1:
        raise errors.InvalidArgumentError("subject must not be empty")

    if len(body.create_user_id) < 1:
        raise errors.InvalidArgumentError("create_user_id must not be empty")

    if len(body.org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    if len(body.appid) < 1:
        raise errors.InvalidArgumentError("appid must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/tdtask/server/openapi/v3/taskopt/savePersonalTask",
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
        success_codes=(200,),
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: PersonalTodoCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[str]:
    """Create a personal todo; answers its code. Also returns the HTTP status, headers and raw body."""
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
    body: PersonalTodoCreateRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> str:
    """Create a personal todo; answers its code."""
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
    body: PersonalTodoCreateRequest,
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
    body: PersonalTodoCreateRequest,
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
