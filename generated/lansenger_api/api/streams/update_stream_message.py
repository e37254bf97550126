# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""SANDBOX ONLY: replace a stream message's content with the text produced so far.

POST /v1/sse/msg/update
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, send, unwrap
from ...models.stream_update_request import StreamUpdateRequest
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...types import UNSET, Response, Unset

_OPERATION = "update_stream_message"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    body: StreamUpdateRequest,
) -> dict[str, Any]:
    if type(body.msg_id) is not str and not isinstance(body.msg_id, str):
        raise errors.InvalidArgumentError(f"msg_id must be str, not {type(body.msg_id).__name__}")

    if type(body.content) is not str and not isinstance(body.content, str):
        raise errors.InvalidArgumentError(f"content must be str, not {type(body.content).__name__}")

    if body.finished is not UNSET and type(body.finished) is not bool and not isinstance(body.finished, (bool, Unset)):
        raise errors.InvalidArgumentError(f"finished must be bool, not {type(body.finished).__name__}")

    if len(body.msg_id) < 1:
        raise errors.InvalidArgumentError("msg_id must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sse/msg/update",
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
    *,
    client: httpx.Client,
    body: StreamUpdateRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[None]:
    """SANDBOX ONLY: replace a stream message's content with the text produced so far. Also returns the HTTP status, headers and raw body."""
    response = send(
        client,
        with_request_options(
            _get_kwargs(
                body=body,
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
    body: StreamUpdateRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> None:
    """SANDBOX ONLY: replace a stream message's content with the text produced so far."""
    _parse(
        send(
            client,
            with_request_options(
                _get_kwargs(
                    body=body,
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
    body: StreamUpdateRequest,
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
    body: StreamUpdateRequest,
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
                ),
                timeout,
                extra_headers,
                extra_query,
            ),
            _OPERATION,
        )
    )
