# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""PUT a file's bytes to the presigned object-storage URL an upload-URL operation answered.

PUT /presigned-upload
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import ANSWERS
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...servers import asend_presigned, presigned_target, send_presigned
from ...types import UNSET, Response, Unset

_OPERATION = "put_presigned_object"
_META = RequestMeta(operation=_OPERATION, app_token=False, idempotent=False)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    url: str,
    body: bytes | Iterable[bytes] | AsyncIterable[bytes],
    content_md5: str,
    content_length: int | Unset = UNSET,
) -> dict[str, Any]:
    if type(content_md5) is not str and not isinstance(content_md5, str):
        raise errors.InvalidArgumentError(f"content_md5 must be str, not {type(content_md5).__name__}")

    if content_length is not UNSET and type(content_length) is not int and not isinstance(content_length, (int, Unset)):
        raise errors.InvalidArgumentError(f"content_length must be int, not {type(content_length).__name__}")

    headers: dict[str, Any] = {}
    headers["Content-MD5"] = content_md5

    if not isinstance(content_length, Unset):
        headers["Content-Length"] = str(content_length)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": presigned_target(url, "url"),
        "extensions": _EXTENSIONS,
    }
    _kwargs["content"] = body
    headers["Content-Type"] = "application/octet-stream"
    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> None:
    """The server's refusals were raised while sending."""


def sync_detailed(
    *,
    client: httpx.Client,
    url: str,
    body: bytes | Iterable[bytes],
    content_md5: str,
    content_length: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """PUT a file's bytes to the presigned object-storage URL an upload-URL operation answered. Also returns the HTTP status, headers and raw body."""
    response = send_presigned(
        client,
        with_request_options(
            _get_kwargs(
                url=url,
                body=body,
                content_md5=content_md5,
                content_length=content_length,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
        ANSWERS.table,
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
    url: str,
    body: bytes | Iterable[bytes],
    content_md5: str,
    content_length: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """PUT a file's bytes to the presigned object-storage URL an upload-URL operation answered."""
    _parse(
        send_presigned(
            client,
            with_request_options(
                _get_kwargs(
                    url=url,
                    body=body,
                    content_md5=content_md5,
                    content_length=content_length,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
            ANSWERS.table,
        )
    )


async def asyncio_detailed(
    *,
    client: httpx.AsyncClient,
    url: str,
    body: bytes | Iterable[bytes] | AsyncIterable[bytes],
    content_md5: str,
    content_length: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """The async twin of `sync_detailed`."""
    response = await asend_presigned(
        client,
        with_request_options(
            _get_kwargs(
                url=url,
                body=body,
                content_md5=content_md5,
                content_length=content_length,
            ),
            timeout,
            extra_headers,
            extra_query,
        ),
        _OPERATION,
        ANSWERS.table,
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
    url: str,
    body: bytes | Iterable[bytes] | AsyncIterable[bytes],
    content_md5: str,
    content_length: int | Unset = UNSET,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """The async twin of `sync`."""
    _parse(
        await asend_presigned(
            client,
            with_request_options(
                _get_kwargs(
                    url=url,
                    body=body,
                    content_md5=content_md5,
                    content_length=content_length,
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
            ANSWERS.table,
        )
    )
