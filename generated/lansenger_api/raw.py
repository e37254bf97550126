# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Raw responses: what `client.<resource>.with_raw_response.<operation>(...)` and `with_streaming_response` give.

A raw response is read and checked exactly as the normal call's answer (an error still raises, typed), and keeps
the HTTP status, headers and request id beside the typed result. A streamed one is the open response, its body
not read yet: a download too large to hold in memory, or an event stream whose typed events are read as they come.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, cast

import httpx

from .exceptions import ErrorTable
from .redaction import bare_url

if TYPE_CHECKING:  # sse.py (and httpx-sse, anyio) loads with the first event-stream operation, not with this
    from .sse import AsyncEventStream, EventStream

T = TypeVar("T")
P = ParamSpec("P")


class _Answer:
    __slots__ = ("http_response", "request_id")

    def __init__(self, http_response: httpx.Response, request_id: str | None) -> None:
        self.http_response = http_response
        self.request_id = request_id

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def __repr__(self) -> str:
        """Status, method and the URL without its query, which holds the tokens."""
        request = self.http_response.request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {bare_url(request.url)}>"


class RawResponse(_Answer, Generic[T]):
    """An answer with its HTTP details: `status_code`, `headers`, `request_id`, `http_response`, and `parse()`
    (or `parsed`) for the same typed result the normal call returns."""

    __slots__ = ("_parsed",)

    def __init__(self, http_response: httpx.Response, parsed: T, table: ErrorTable) -> None:
        super().__init__(http_response, table.request_id_from(http_response.headers))
        self._parsed = parsed

    def parse(self) -> T:
        """The typed result; the answer was already checked, so this never raises."""
        return self._parsed

    @property
    def parsed(self) -> T:
        return self._parsed


class StreamedResponse(_Answer):
    """An open byte answer (a download) whose body has not been read: read it in chunks with `iter_bytes` /
    `aiter_bytes`, or whole with `read` / `aread`. The platform's error answers have already raised."""

    __slots__ = ()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def read(self) -> bytes:
        return self.http_response.read()

    async def aread(self) -> bytes:
        return await self.http_response.aread()


class _EventAnswer(_Answer):
    """An open event stream's HTTP details; they follow the stream to the connection each event came from."""

    __slots__ = ("_table",)

    def __init__(self, http_response: httpx.Response, table: ErrorTable) -> None:
        super().__init__(http_response, table.request_id_from(http_response.headers))
        self._table = table

    def _follow(self, response: httpx.Response | None) -> None:
        if response is not None and response is not self.http_response:  # reconnected
            self.http_response = response
            self.request_id = self._table.request_id_from(response.headers)


class EventStreamResponse(_EventAnswer, Generic[T]):
    """An open event stream (Server-Sent Events) in a `with` block: `iter_events()` yields the same typed events
    as `stream_<operation>`, reconnecting as it does. The platform's error answers have already raised."""

    __slots__ = ("_stream",)

    def __init__(self, stream: EventStream[T], response: httpx.Response, table: ErrorTable) -> None:
        super().__init__(response, table)
        self._stream = stream

    def iter_events(self) -> Iterator[T]:
        for event in self._stream:
            self._follow(self._stream.response)
            yield event


class AsyncEventStreamResponse(_EventAnswer, Generic[T]):
    """The async twin of `EventStreamResponse`, in an `async with` block: `aiter_events()` in `async for`."""

    __slots__ = ("_stream",)

    def __init__(self, stream: AsyncEventStream[T], response: httpx.Response, table: ErrorTable) -> None:
        super().__init__(response, table)
        self._stream = stream

    async def aiter_events(self) -> AsyncIterator[T]:
        async for event in self._stream:
            self._follow(self._stream.response)
            yield event


class _Capturing:
    """Stands in for the client a resource sends through, for one call: it sends through the real client and keeps
    the last response (the call's own answer; retries and token replays happen below it, inside httpx)."""

    def __init__(self, http: Any) -> None:
        self._http = http
        self.response: httpx.Response | None = None

    def __getattr__(self, name: str) -> Any:  # base_url, timeout, ...: the real client's
        return getattr(self._http, name)


class _Capture(_Capturing):
    def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        self.response = self._http.request(*args, **kwargs)
        return self.response

    @contextmanager
    def stream(self, *args: Any, **kwargs: Any) -> Iterator[httpx.Response]:
        with self._http.stream(*args, **kwargs) as response:
            self.response = response
            yield response


class _ACapture(_Capturing):
    """The async twin of `_Capture`."""

    async def request(self, *args: Any, **kwargs: Any) -> httpx.Response:
        self.response = await self._http.request(*args, **kwargs)
        return self.response

    @asynccontextmanager
    async def stream(self, *args: Any, **kwargs: Any) -> AsyncIterator[httpx.Response]:
        async with self._http.stream(*args, **kwargs) as response:
            self.response = response
            yield response


if TYPE_CHECKING:  # a type only: defining a Protocol class costs a first send its import time

    class _Resource(Protocol):
        _http: Any


def _rebound(method: Callable[..., Any], capture: _Capturing) -> Callable[..., Any]:
    """`method` of a twin of its resource that sends through `capture`."""
    bound: Any = method  # a bound method: its resource and name
    twin: _Resource = copy.copy(bound.__self__)
    twin._http = capture
    return cast("Callable[..., Any]", getattr(twin, bound.__name__))


def _http_of(method: Callable[..., Any]) -> Any:
    bound: Any = method
    return bound.__self__._http


def _captured(capture: _Capturing) -> httpx.Response:
    if capture.response is None:  # an operation always sends; nothing to describe otherwise
        raise RuntimeError("the operation sent no request")
    return capture.response


def raw_method(method: Callable[P, T], table: ErrorTable) -> Callable[P, RawResponse[T]]:
    """A resource's method returning its `RawResponse`; the signature (and so the typed result) stays the same."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        capture = _Capture(_http_of(method))
        result: T = _rebound(method, capture)(*args, **kwargs)
        return RawResponse(_captured(capture), result, table)

    return call


def araw_method(method: Callable[P, Awaitable[T]], table: ErrorTable) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The async twin of `raw_method`."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        capture = _ACapture(_http_of(method))
        result: T = await _rebound(method, capture)(*args, **kwargs)
        return RawResponse(_captured(capture), result, table)

    return call


def streamed_method(
    method: Callable[P, AbstractContextManager[httpx.Response]], table: ErrorTable
) -> Callable[P, AbstractContextManager[StreamedResponse]]:
    """A resource's `stream_<operation>` yielding a `StreamedResponse`, its body not read."""

    @contextmanager
    def call(*args: P.args, **kwargs: P.kwargs) -> Iterator[StreamedResponse]:
        with method(*args, **kwargs) as response:
            yield StreamedResponse(response, table.request_id_from(response.headers))

    return call


def astreamed_method(
    method: Callable[P, AbstractAsyncContextManager[httpx.Response]], table: ErrorTable
) -> Callable[P, AbstractAsyncContextManager[StreamedResponse]]:
    """The async twin of `streamed_method`."""

    @asynccontextmanager
    async def call(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[StreamedResponse]:
        async with method(*args, **kwargs) as response:
            yield StreamedResponse(response, table.request_id_from(response.headers))

    return call


def events_method(
    method: Callable[P, EventStream[T]], table: ErrorTable
) -> Callable[P, AbstractContextManager[EventStreamResponse[T]]]:
    """A resource's `stream_<operation>` (event stream) yielding an `EventStreamResponse`, already connected, and
    closing it however the block ends."""

    @contextmanager
    def call(*args: P.args, **kwargs: P.kwargs) -> Iterator[EventStreamResponse[T]]:
        with method(*args, **kwargs) as stream:
            yield EventStreamResponse(stream, stream.open(), table)

    return call


def aevents_method(
    method: Callable[P, AsyncEventStream[T]], table: ErrorTable
) -> Callable[P, AbstractAsyncContextManager[AsyncEventStreamResponse[T]]]:
    """The async twin of `events_method`."""

    @asynccontextmanager
    async def call(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[AsyncEventStreamResponse[T]]:
        async with method(*args, **kwargs) as stream:
            yield AsyncEventStreamResponse(stream, await stream.aopen(), table)

    return call


__all__ = [
    "AsyncEventStreamResponse",
    "EventStreamResponse",
    "RawResponse",
    "StreamedResponse",
    "aevents_method",
    "araw_method",
    "astreamed_method",
    "events_method",
    "raw_method",
    "streamed_method",
]
