# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `streams` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any, cast

import httpx

from ...client import apaginate, paginate
from ...models.stream_create_request import StreamCreateRequest
from ...models.stream_fetch_request import StreamFetchRequest
from ...models.stream_message import StreamMessage
from ...models.stream_message_state import StreamMessageState
from ...models.stream_receiver_type import StreamReceiverType, check_stream_receiver_type
from ...types import UNSET, File, Unset
from . import create_stream_message as _create_stream_message
from . import fetch_stream_message as _fetch_stream_message


class StreamsResource:
    """Operations tagged `streams` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def create_stream_message(
        self,
        *,
        receiver_id: str,
        receiver_type: StreamReceiverType,
        stream_id: str,
    ) -> StreamMessage:
        """Create a stream message, the live "typing" message a bot shows while an AI agent answers.

        The platform has answered errCode 0 without a msgId; that answer raises UnexpectedResponseError
        rather than returning a message nobody can address. The final content is delivered with an ordinary
        message send.

        POST /v1/sse/msg/create
        """
        return _create_stream_message.sync(
            client=self._http,
            body=StreamCreateRequest(
                receiver_id=receiver_id,
                receiver_type=receiver_type,
                stream_id=stream_id,
            ),
        )

    def fetch_stream_message(
        self,
        *,
        msg_id: str,
    ) -> StreamMessageState | None:
        """Fetch a stream message.

        The platform documents only msgId in the answer; other fields are kept as they come.

        POST /v1/sse/msg/fetch
        """
        return _fetch_stream_message.sync(
            client=self._http,
            body=StreamFetchRequest(
                msg_id=msg_id,
            ),
        )


class AsyncStreamsResource:
    """Operations tagged `streams` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def create_stream_message(
        self,
        *,
        receiver_id: str,
        receiver_type: StreamReceiverType,
        stream_id: str,
    ) -> StreamMessage:
        """Create a stream message, the live "typing" message a bot shows while an AI agent answers.

        The platform has answered errCode 0 without a msgId; that answer raises UnexpectedResponseError
        rather than returning a message nobody can address. The final content is delivered with an ordinary
        message send.

        POST /v1/sse/msg/create
        """
        return await _create_stream_message.asyncio(
            client=self._http,
            body=StreamCreateRequest(
                receiver_id=receiver_id,
                receiver_type=receiver_type,
                stream_id=stream_id,
            ),
        )

    async def fetch_stream_message(
        self,
        *,
        msg_id: str,
    ) -> StreamMessageState | None:
        """Fetch a stream message.

        The platform documents only msgId in the answer; other fields are kept as they come.

        POST /v1/sse/msg/fetch
        """
        return await _fetch_stream_message.asyncio(
            client=self._http,
            body=StreamFetchRequest(
                msg_id=msg_id,
            ),
        )


__all__ = ["AsyncStreamsResource", "StreamsResource"]
