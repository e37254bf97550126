# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Download a file's bytes.

GET /v1/medias/{media_id}/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any

import httpx

from ... import errors
from ...client import astream as _astream
from ...client import path_segment
from ...client import stream as _stream
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Unset

_OPERATION = "fetch_media"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    media_id: str,
    *,
    user_token: str | Unset = UNSET,
) -> dict[str, Any]:
    _url = "/v1/medias/{media_id}/fetch".format(
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


def stream(
    media_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> AbstractContextManager[httpx.Response]:
    """Download a file's bytes.

    Yields the open response so its bytes can be read in chunks (`iter_bytes`); raises the typed error when
    the platform answers an error envelope instead of bytes.
    """
    return _stream(
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


def astream(
    media_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> AbstractAsyncContextManager[httpx.Response]:
    """The async twin of `stream`."""
    return _astream(
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


def sync(
    media_id: str,
    *,
    client: httpx.Client,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> bytes:
    """Download a file's bytes. The whole answer is read into memory; prefer `stream` for files."""
    with _stream(
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
    ) as response:
        return response.read()


async def asyncio(
    media_id: str,
    *,
    client: httpx.AsyncClient,
    user_token: str | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> bytes:
    """The async twin of `sync`."""
    async with _astream(
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
    ) as response:
        return await response.aread()
