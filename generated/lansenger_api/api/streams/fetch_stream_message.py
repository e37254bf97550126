# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Fetch a stream message.

POST /v1/sse/msg/fetch
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import ANSWERS, asend, parse, send
from ...models.stream_fetch_request import StreamFetchRequest
from ...models.stream_message_event import StreamMessageEvent
from ...models.stream_message_state import StreamMessageState
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...sse import AsyncEventStream, EventStream, Resume
from ...sse import aevents as _aevents
from ...sse import events as _events
from ...types import Response

_OPERATION = "fetch_stream_message"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=True)
_EXTENSIONS = _META.extensions()


def _get_kwargs(
    *,
    body: StreamFetchRequest,
) -> dict[str, Any]:
    if type(body.msg_id) is not str and not isinstance(body.msg_id, str):
        raise errors.InvalidArgumentError(f"msg_id must be str, not {type(body.msg_id).__name__}")

    if len(body.msg_id) < 1:
        raise errors.InvalidArgumentError("msg_id must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sse/msg/fetch",
        "extensions": _EXTENSIONS,
    }
    try:
        _kwargs["json"] = body.to_dict()
    except AttributeError as error:  # a dict where a model goes: name the argument
        explain_wrong_field(body, error)
        raise
    return _kwargs


def _build(data: Any) -> StreamMessageState | None:
    if data is None:
        return None
    response_200 = StreamMessageState.from_dict(data)

    return response_200


def _parse(response: httpx.Response) -> StreamMessageState | None:
    return parse(
        response,
        _OPERATION,
        _build,
        data_required=False,
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: StreamFetchRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[StreamMessageState | None]:
    """Fetch a stream message. Also returns the HTTP status, headers and raw body."""
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
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    *,
    client: httpx.Client,
    body: StreamFetchRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> StreamMessageState | None:
    """Fetch a stream message."""
    return _parse(
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
    body: StreamFetchRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[StreamMessageState | None]:
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
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    *,
    client: httpx.AsyncClient,
    body: StreamFetchRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> StreamMessageState | None:
    """The async twin of `sync`."""
    return _parse(
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


def events(
    *,
    client: httpx.Client,
    body: StreamFetchRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
    resume: Resume = Resume(),
) -> EventStream[StreamMessageEvent]:
    """Fetch a stream message. As Server-Sent Events, typed; see `lansenger_api.sse`."""
    return _events(
        ANSWERS,
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
        StreamMessageEvent.from_dict,
        resume,
    )


def aevents(
    *,
    client: httpx.AsyncClient,
    body: StreamFetchRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
    resume: Resume = Resume(),
) -> AsyncEventStream[StreamMessageEvent]:
    """The async twin of `events`."""
    return _aevents(
        ANSWERS,
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
        StreamMessageEvent.from_dict,
        resume,
    )
