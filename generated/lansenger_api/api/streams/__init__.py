# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `streams` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import evolve

from ...client import apaginate, next_offset, next_page, paged, paginate, with_extra
from ...errors import TABLE
from ...lazy import Deferred
from ...options import TimeoutOption
from ...raw import aevents_method, araw_method, astreamed_method, events_method, raw_method, streamed_method
from ...sse import AsyncEventStream, EventStream, Resume
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.stream_create_request import StreamCreateRequest
    from ...models.stream_fetch_request import StreamFetchRequest
    from ...models.stream_message import StreamMessage
    from ...models.stream_message_event import StreamMessageEvent
    from ...models.stream_message_state import StreamMessageState
    from ...models.stream_receiver_type import StreamReceiverType, check_stream_receiver_type
    from ...models.stream_update_request import StreamUpdateRequest
    from . import create_stream_message as _create_stream_message
    from . import fetch_stream_message as _fetch_stream_message
    from . import update_stream_message as _update_stream_message
else:
    StreamCreateRequest = Deferred(__name__, "...models.stream_create_request", "StreamCreateRequest")
    StreamFetchRequest = Deferred(__name__, "...models.stream_fetch_request", "StreamFetchRequest")
    StreamUpdateRequest = Deferred(__name__, "...models.stream_update_request", "StreamUpdateRequest")
    _create_stream_message = Deferred(__name__, ".create_stream_message")
    _fetch_stream_message = Deferred(__name__, ".fetch_stream_message")
    _update_stream_message = Deferred(__name__, ".update_stream_message")


class StreamsResource:
    """Operations tagged `streams` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> StreamsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return StreamsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StreamsResourceWithStreamingResponse:
        """The event streams, their responses open and read as you go."""
        return StreamsResourceWithStreamingResponse(self)

    def create_stream_message(
        self,
        *,
        receiver_id: str,
        receiver_type: StreamReceiverType,
        stream_id: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StreamMessage:
        """Create a stream message, the live "typing" message a bot shows while an AI agent answers.

        The platform has answered errCode 0 without a msgId; that answer raises UnexpectedResponseError
        rather than returning a message nobody can address. The final content is delivered with an ordinary
        message send.

        POST /v1/sse/msg/create
        """
        return _create_stream_message.sync(
            client=self._http,
            body=with_extra(
                StreamCreateRequest(
                    receiver_id,
                    receiver_type,
                    stream_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_stream_message(
        self,
        *,
        msg_id: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StreamMessageState | None:
        """Fetch a stream message.

        The platform documents only msgId in the answer; other fields are kept as they come. A server that
        can stream answers `Accept: text/event-stream` with Server-Sent Events whose `data` is a
        StreamMessageEvent (the sandbox does; the platform documents no such format). The generated
        `stream_fetch_stream_message` asks for the stream, resumes with Last-Event-ID after a dropped
        connection, and falls back to the JSON answer (one event built from `data`) when the server does not
        stream.

        POST /v1/sse/msg/fetch
        """
        return _fetch_stream_message.sync(
            client=self._http,
            body=with_extra(
                StreamFetchRequest(
                    msg_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def stream_fetch_stream_message(
        self,
        *,
        msg_id: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
        last_event_id: str | None = None,
        idle_timeout: float = 30.0,
        max_reconnects: int = 3,
        reconnect_delay: float = 1.0,
    ) -> EventStream[StreamMessageEvent]:
        """Like `fetch_stream_message`, as a stream of typed events (Server-Sent Events) while the server has them.

        Reconnects with Last-Event-ID after a dropped connection or `idle_timeout` seconds without a byte, at
        most `max_reconnects` times in a row, waiting `reconnect_delay` seconds (or the server's `retry:`);
        then raises APIConnectionError / APITimeoutError. A server that answers JSON yields one event built from
        the answer. Use it in a `with` block (or close it) when leaving the loop early: that closes the response.
        """
        return _fetch_stream_message.events(
            client=self._http,
            body=with_extra(
                StreamFetchRequest(
                    msg_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            resume=Resume(last_event_id, idle_timeout, max_reconnects, reconnect_delay),
        )

    def update_stream_message(
        self,
        *,
        msg_id: str,
        content: str,
        finished: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """SANDBOX ONLY: replace a stream message's content with the text produced so far.

        Not a platform call: the platform documents no way to put incremental content into a stream message
        (its documented pattern is the placeholder plus a final ordinary send). The sandbox serves it so the
        incremental updater of `client.streams.reply` and the SSE consumer can be exercised end to end; the
        platform answers it with an error. `finished` closes the message's event stream.

        POST /v1/sse/msg/update
        """
        _update_stream_message.sync(
            client=self._http,
            body=with_extra(
                StreamUpdateRequest(
                    msg_id,
                    content,
                    finished,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class StreamsResourceWithRawResponse:
    """Every operation of `StreamsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: StreamsResource) -> None:
        self.create_stream_message = raw_method(resource.create_stream_message, TABLE)
        self.fetch_stream_message = raw_method(resource.fetch_stream_message, TABLE)
        self.update_stream_message = raw_method(resource.update_stream_message, TABLE)


class StreamsResourceWithStreamingResponse:
    """The streamed answers of `StreamsResource`, named as their operations, with the arguments of
    `stream_<operation>`; leaving the `with` block closes the response however it ends.
    An event stream gives an `EventStreamResponse`, its typed events read as they come.
    """

    def __init__(self, resource: StreamsResource) -> None:
        self.fetch_stream_message = events_method(resource.stream_fetch_stream_message, TABLE)


class AsyncStreamsResource:
    """Operations tagged `streams` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncStreamsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncStreamsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStreamsResourceWithStreamingResponse:
        """The event streams, their responses open and read as you go."""
        return AsyncStreamsResourceWithStreamingResponse(self)

    async def create_stream_message(
        self,
        *,
        receiver_id: str,
        receiver_type: StreamReceiverType,
        stream_id: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StreamMessage:
        """Create a stream message, the live "typing" message a bot shows while an AI agent answers.

        The platform has answered errCode 0 without a msgId; that answer raises UnexpectedResponseError
        rather than returning a message nobody can address. The final content is delivered with an ordinary
        message send.

        POST /v1/sse/msg/create
        """
        return await _create_stream_message.asyncio(
            client=self._http,
            body=with_extra(
                StreamCreateRequest(
                    receiver_id,
                    receiver_type,
                    stream_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_stream_message(
        self,
        *,
        msg_id: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> StreamMessageState | None:
        """Fetch a stream message.

        The platform documents only msgId in the answer; other fields are kept as they come. A server that
        can stream answers `Accept: text/event-stream` with Server-Sent Events whose `data` is a
        StreamMessageEvent (the sandbox does; the platform documents no such format). The generated
        `stream_fetch_stream_message` asks for the stream, resumes with Last-Event-ID after a dropped
        connection, and falls back to the JSON answer (one event built from `data`) when the server does not
        stream.

        POST /v1/sse/msg/fetch
        """
        return await _fetch_stream_message.asyncio(
            client=self._http,
            body=with_extra(
                StreamFetchRequest(
                    msg_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def astream_fetch_stream_message(
        self,
        *,
        msg_id: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
        last_event_id: str | None = None,
        idle_timeout: float = 30.0,
        max_reconnects: int = 3,
        reconnect_delay: float = 1.0,
    ) -> AsyncEventStream[StreamMessageEvent]:
        """Like `fetch_stream_message`, as a stream of typed events (Server-Sent Events) while the server has them.

        Reconnects with Last-Event-ID after a dropped connection or `idle_timeout` seconds without a byte, at
        most `max_reconnects` times in a row, waiting `reconnect_delay` seconds (or the server's `retry:`);
        then raises APIConnectionError / APITimeoutError. A server that answers JSON yields one event built from
        the answer. Use it in a `async with` block (or `aclose()` it) when leaving the loop early: that closes the response.
        """
        return _fetch_stream_message.aevents(
            client=self._http,
            body=with_extra(
                StreamFetchRequest(
                    msg_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            resume=Resume(last_event_id, idle_timeout, max_reconnects, reconnect_delay),
        )

    async def update_stream_message(
        self,
        *,
        msg_id: str,
        content: str,
        finished: bool | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """SANDBOX ONLY: replace a stream message's content with the text produced so far.

        Not a platform call: the platform documents no way to put incremental content into a stream message
        (its documented pattern is the placeholder plus a final ordinary send). The sandbox serves it so the
        incremental updater of `client.streams.reply` and the SSE consumer can be exercised end to end; the
        platform answers it with an error. `finished` closes the message's event stream.

        POST /v1/sse/msg/update
        """
        await _update_stream_message.asyncio(
            client=self._http,
            body=with_extra(
                StreamUpdateRequest(
                    msg_id,
                    content,
                    finished,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncStreamsResourceWithRawResponse:
    """Every operation of `AsyncStreamsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncStreamsResource) -> None:
        self.create_stream_message = araw_method(resource.create_stream_message, TABLE)
        self.fetch_stream_message = araw_method(resource.fetch_stream_message, TABLE)
        self.update_stream_message = araw_method(resource.update_stream_message, TABLE)


class AsyncStreamsResourceWithStreamingResponse:
    """The streamed answers of `AsyncStreamsResource`, named as their operations, with the arguments of
    `astream_<operation>`; leaving the `async with` block closes the response however it ends.
    An event stream gives an `AsyncEventStreamResponse`, its typed events read as they come.
    """

    def __init__(self, resource: AsyncStreamsResource) -> None:
        self.fetch_stream_message = aevents_method(resource.astream_fetch_stream_message, TABLE)


__all__ = ["AsyncStreamsResource", "StreamsResource"]
