# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""A temporary download URL for a file, with its name, type and size.

GET /v1/medias/{media_id}/path/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import asend, parse, path_segment, send
from ...models.media_path import MediaPath
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "fetch_media_path"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    media_id: str,
    *,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/medias/{media_id}/path/fetch".format(
        media_id=path_segment(media_id, "media_id"),
    )

    if user_token is not UNSET and type(user_token) is not str and not isinstance(user_token, (str, Unset)):
        raise errors.InvalidArgumentError(f"user_token must be str, not {type(user_token).__name__}")

    if type(user_token) is not Unset and len(user_token) < 1:
        raise errors.InvalidArgumentError("user_token must not be empty")

    params: dict[str, Any] = {}
    if user_token is not UNSET and user_token is not None:
        params["user_token"] = user_token

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": _url,
        "params": params,
        "extensions": _EXTENSIONS,
    }
    return _kwargs


def _parse(response: httpx.Response) -> MediaPath:
    return parse(
        response,
        _OPERATION,
        MediaPath.from_dict,
        data_required=True,
    )


def sync_detailed(
    media_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[MediaPath]:
    """A temporary download URL for a file, with its name, type and size. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                media_id=media_id,
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
    media_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> MediaPath:
    """A temporary download URL for a file, with its name, type and size."""
    return _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    media_id=media_id,
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
    media_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[MediaPath]:
    """The async twin of `sync_detailed`."""
    response = await asend(
        client,
        with_request_options(
            _get_kwargs(
                media_id=media_id,
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
    media_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> MediaPath:
    """The async twin of `sync`."""
    return _parse(
        await asend(
            client,
            with_request_options(
                _get_kwargs(
                    media_id=media_id,
                    user_token=user_token,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
