# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Rename a personal app or change its avatar and description.

POST /v1/personal/apps/{app_id}/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, path_segment, send, unwrap
from ...models.personal_app_update_request import PersonalAppUpdateRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "update_personal_app"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    app_id: str,
    *,
    body: PersonalAppUpdateRequest,
    user_token: str,
) -> dict[str, Any]:
    _url = "/v1/personal/apps/{app_id}/update".format(
        app_id=path_segment(app_id, "app_id"),
    )

    if type(user_token) is not str and not isinstance(user_token, str):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(body.name) is not str and not isinstance(body.name, str):
        raise errors.InvalidArgumentError(f"name must be str, not {type(body.name).__name__}")

    if body.avatar_id is not UNSET and type(body.avatar_id) is not str and not isinstance(body.avatar_id, (str, Unset)):
        raise errors.InvalidArgumentError(f"avatar_id must be str, not {type(body.avatar_id).__name__}")

    if (
        body.description is not UNSET
        and type(body.description) is not str
        and not isinstance(body.description, (str, Unset))
    ):
        raise errors.InvalidArgumentError(f"description must be str, not {type(body.description).__name__}")

    if len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    if len(body.name) < 1:
        raise errors.InvalidArgumentError("name must not be empty")
    if len(body.name) > 10:
        raise errors.InvalidArgumentError("name must be at most 10 characters")

    if type(body.description) is not Unset and len(body.description) > 20:
        raise errors.InvalidArgumentError("description must be at most 20 characters")

    params: dict[str, Any] = {}
    params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": _url,
        "params": params,
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    return _kwargs


def _parse(response: httpx.Response) -> None:
    unwrap(response, _OPERATION, data_required=False)


def sync_detailed(
    app_id: str,
    *,
    client: httpx.Client,
    body: PersonalAppUpdateRequest,
    user_token: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """Rename a personal app or change its avatar and description. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                app_id=app_id,
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
    app_id: str,
    *,
    client: httpx.Client,
    body: PersonalAppUpdateRequest,
    user_token: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """Rename a personal app or change its avatar and description."""
    _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    app_id=app_id,
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
    app_id: str,
    *,
    client: httpx.AsyncClient,
    body: PersonalAppUpdateRequest,
    user_token: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                app_id=app_id,
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
    app_id: str,
    *,
    client: httpx.AsyncClient,
    body: PersonalAppUpdateRequest,
    user_token: str,
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
                    app_id=app_id,
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
