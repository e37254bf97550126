# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Upload an attachment for personal todos, base64 in the JSON body (at most 9 MiB).

POST /xtra/tdtask/server/openapi/resource/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.personal_todo_resource import PersonalTodoResource
from ...models.personal_todo_resource_upload_request import PersonalTodoResourceUploadRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "upload_personal_todo_resource"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    body: PersonalTodoResourceUploadRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.app_id) is not str and not isinstance(body.app_id, str):
        raise errors.InvalidArgumentError(f"app_id must be str, not {type(body.app_id).__name__}")

    if type(body.size) is not int and not isinstance(body.size, int):
        raise errors.InvalidArgumentError(f"size must be int, not {type(body.size).__name__}")

    if type(body.file_name) is not str and not isinstance(body.file_name, str):
        raise errors.InvalidArgumentError(f"file_name must be str, not {type(body.file_name).__name__}")

    if type(body.content_type) is not str and not isinstance(body.content_type, str):
        raise errors.InvalidArgumentError(f"content_type must be str, not {type(body.content_type).__name__}")

    if type(body.file_data) is not str and not isinstance(body.file_data, str):
        raise errors.InvalidArgumentError(f"file_data must be str, not {type(body.file_data).__name__}")

    if type(body.org_id) is not str and not isinstance(body.org_id, str):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if body.thumb is not UNSET and type(body.thumb) is not bool and not isinstance(body.thumb, (bool, Unset)):
        raise errors.InvalidArgumentError(f"thumb must be bool, not {type(body.thumb).__name__}")

    if (
        body.extension_info is not UNSET
        and type(body.extension_info) is not str
        and not isinstance(body.extension_info, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"extension_info must be str, not {type(body.extension_info).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.app_id) < 1:
        raise errors.InvalidArgumentError("app_id must not be empty")

    if body.size < 1:
        raise errors.InvalidArgumentError("size must be at least 1")
    if body.size > 9437184:
        raise errors.InvalidArgumentError("size must be at most 9437184")

    if len(body.file_name) < 1:
        raise errors.InvalidArgumentError("file_name must not be empty")

    if len(body.content_type) < 1:
        raise errors.InvalidArgumentError("content_type must not be empty")

    if len(body.file_data) < 1:
        raise errors.InvalidArgumentError("file_data must not be empty")

    if len(body.org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/tdtask/server/openapi/resource/update",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    return _kwargs


def _parse(response: httpx.Response) -> PersonalTodoResource:
    return parse(
        response,
        _OPERATION,
        PersonalTodoResource.from_dict,
        data_required=True,
        success_codes=(200,),
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: PersonalTodoResourceUploadRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[PersonalTodoResource]:
    """Upload an attachment for personal todos, base64 in the JSON body (at most 9 MiB). Also returns the HTTP status, headers and raw body."""
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
    body: PersonalTodoResourceUploadRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> PersonalTodoResource:
    """Upload an attachment for personal todos, base64 in the JSON body (at most 9 MiB)."""
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
    body: PersonalTodoResourceUploadRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[PersonalTodoResource]:
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
    body: PersonalTodoResourceUploadRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> PersonalTodoResource:
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
