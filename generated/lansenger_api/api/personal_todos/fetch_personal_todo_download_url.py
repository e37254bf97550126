# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""A download URL for an uploaded resource, valid for at most one hour.

POST /xtra/tdtask/server/openapi/resource/getResourceDownload
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.personal_todo_download_url_request import PersonalTodoDownloadUrlRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "fetch_personal_todo_download_url"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    body: PersonalTodoDownloadUrlRequest,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.resource_id) is not str and not isinstance(body.resource_id, str):
        raise errors.InvalidArgumentError(f"resource_id must be str, not {type(body.resource_id).__name__}")

    if type(body.org_id) is not str and not isinstance(body.org_id, str):
        raise errors.InvalidArgumentError(f"org_id must be str, not {type(body.org_id).__name__}")

    if body.file_name is not UNSET and type(body.file_name) is not str and not isinstance(body.file_name, (str, Unset)):
        raise errors.InvalidArgumentError(f"file_name must be str, not {type(body.file_name).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.resource_id) < 1:
        raise errors.InvalidArgumentError("resource_id must not be empty")

    if len(body.org_id) < 1:
        raise errors.InvalidArgumentError("org_id must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xtra/tdtask/server/openapi/resource/getResourceDownload",
        "params": params,
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
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
    body: PersonalTodoDownloadUrlRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[str]:
    """A download URL for an uploaded resource, valid for at most one hour. Also returns the HTTP status, headers and raw body."""
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
    body: PersonalTodoDownloadUrlRequest,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> str:
    """A download URL for an uploaded resource, valid for at most one hour."""
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
    body: PersonalTodoDownloadUrlRequest,
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
    body: PersonalTodoDownloadUrlRequest,
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
