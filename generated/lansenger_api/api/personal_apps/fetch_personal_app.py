# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""A personal app's name, avatar, description and addresses.

GET /v1/personal/apps/{app_id}/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, path_segment, send
from ...models.personal_app import PersonalApp
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import Response

_OPERATION = "fetch_personal_app"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    app_id: str,
    *,
    user_token: str,
) -> dict[str, Any]:
    _url = "/v1/personal/apps/{app_id}/fetch".format(
        app_id=path_segment(app_id, "app_id"),
    )

    if type(user_token) is not str and not isinstance(user_token, str):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    params: dict[str, Any] = {}
    params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _url,
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _parse(response: httpx.Response) -> PersonalApp:
    return parse(
        response,
        _OPERATION,
        PersonalApp.from_dict,
        data_required=True,
    )


def sync_detailed(
    app_id: str,
    *,
    client: httpx.Client,
    user_token: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[PersonalApp]:
    """A personal app's name, avatar, description and addresses. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                app_id=app_id,
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
    app_id: str,
    *,
    client: httpx.Client,
    user_token: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> PersonalApp:
    """A personal app's name, avatar, description and addresses."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    app_id=app_id,
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
    user_token: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[PersonalApp]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                app_id=app_id,
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
    app_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> PersonalApp:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    app_id=app_id,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
