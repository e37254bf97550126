# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Create a stream message, the live "typing" message a bot shows while an AI agent answers.

POST /v1/sse/msg/create
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...argument_errors import explain_wrong_field
from ...client import asend, parse, send
from ...models.stream_create_request import StreamCreateRequest
from ...models.stream_message import StreamMessage
from ...options import TimeoutOption, with_request_options
from ...request_meta import RequestMeta
from ...rules import check_body
from ...types import Response

_OPERATION = "create_stream_message"
_META = RequestMeta(operation=_OPERATION, app_token=True, idempotent=False, buffered=True)
_EXTENSIONS = _META.extensions()
_RULES = {"props": {"receiverType": {"name": "receiver_type", "enum": ["staff", "group"]}}}


def _passes(body: Any) -> bool:
    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""
    if body is not None:
        if type(body) is not dict:
            return False
        if "receiverType" in body:
            field0 = body["receiverType"]
            if field0 is not None and not (type(field0) is str and field0 in {"staff", "group"}):
                return False
    return True


def _get_kwargs(
    *,
    body: StreamCreateRequest,
) -> dict[str, Any]:
    if type(body.receiver_id) is not str and not isinstance(body.receiver_id, str):
        raise errors.InvalidArgumentError(f"receiver_id must be str, not {type(body.receiver_id).__name__}")

    if type(body.stream_id) is not str and not isinstance(body.stream_id, str):
        raise errors.InvalidArgumentError(f"stream_id must be str, not {type(body.stream_id).__name__}")

    if len(body.receiver_id) < 1:
        raise errors.InvalidArgumentError("receiver_id must not be empty")

    if len(body.stream_id) < 1:
        raise errors.InvalidArgumentError("stream_id must not be empty")

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sse/msg/create",
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


def _parse(response: httpx.Response) -> StreamMessage:
    return parse(
        response,
        _OPERATION,
        StreamMessage.from_dict,
        data_required=True,
        nonempty=("msgId",),
    )


def sync_detailed(
    *,
    client: httpx.Client,
    body: StreamCreateRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[StreamMessage]:
    """Create a stream message, the live "typing" message a bot shows while an AI agent answers. Also returns the HTTP status, headers and raw body."""
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
    body: StreamCreateRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> StreamMessage:
    """Create a stream message, the live "typing" message a bot shows while an AI agent answers."""
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
    body: StreamCreateRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> Response[StreamMessage]:
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
    body: StreamCreateRequest,
    timeout: TimeoutOption = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float] | None = None,
) -> StreamMessage:
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
