"""Server-Sent Events answers: typed events, resumed with Last-Event-ID, an idle timeout, the response always closed.

An operation whose 200 answer is declared as both JSON and `text/event-stream` gets `stream_<operation>`: it asks
for the stream (`Accept: text/event-stream`), parses every event's `data` JSON into the event schema, and
- after a dropped connection or `idle_timeout` seconds without a byte, reconnects with `Last-Event-ID` set to the
  last event id seen, at most `max_reconnects` times in a row without an event in between, then raises
  APIConnectionError (dropped) or APITimeoutError (idle);
- waits `reconnect_delay` seconds before reconnecting, or what the server's `retry:` field last said, held to
  `max_server_delay` (MAX_SERVER_DELAY, 30 s, by default) so that a server cannot park the consumer; a negative
  or unreadable `retry:` is ignored;
- ends when the server closes the stream cleanly;
- falls back to the JSON answer when the server does not stream: one event built from the envelope's `data`
  (none when there is no data), errCodes raising as usual.
The response is closed when the iteration ends, fails, or is left early: use `with` / `async with` (or call
`close()` / `aclose()`) when breaking out of the loop, so the connection is closed at once rather than when the
iterator is garbage collected. The stream connects at its first event, or at `open()` / `aopen()`, which is what
`with_streaming_response` (raw.py) calls to show the connection's status and headers before any event.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncGenerator, Callable, Generator
from contextlib import AsyncExitStack, ExitStack
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, TypeVar

import anyio
import httpx
from httpx_sse import EventSource, ServerSentEvent

from .exceptions import APIConnectionError, APITimeoutError
from .redaction import redact
from .wire import Answers, translate

E = TypeVar("E")
EVENT_STREAM = "text/event-stream"
MAX_SERVER_DELAY = 30.0
"""The longest wait before a reconnect that a server's `retry:` field can ask for, in seconds."""


@dataclass(frozen=True)
class Resume:
    """How a stream reconnects; see the module docstring."""

    last_event_id: str | None = None
    idle_timeout: float = 30.0
    max_reconnects: int = 3
    reconnect_delay: float = 1.0
    max_server_delay: float = MAX_SERVER_DELAY


class EventStream(Generic[E]):
    """An iterator of typed events that owns its HTTP response."""

    def __init__(self, reader: _Reader[E]) -> None:
        self._reader = reader
        self._events = reader.events()

    def __iter__(self) -> EventStream[E]:
        return self

    def __next__(self) -> E:
        return next(self._events)

    @property
    def response(self) -> httpx.Response | None:
        """The connection the events come from now: None before the first connection and once closed."""
        return self._reader.response

    def open(self) -> httpx.Response:
        """Connect now rather than at the first event; a JSON answer given instead is read and checked here."""
        return self._reader.open()

    def close(self) -> None:
        """Close the response now (also what leaving a `with` block does)."""
        self._events.close()
        self._reader.close()

    def __enter__(self) -> EventStream[E]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncEventStream(Generic[E]):
    """The async twin of `EventStream`."""

    def __init__(self, reader: _AsyncReader[E]) -> None:
        self._reader = reader
        self._events = reader.events()

    def __aiter__(self) -> AsyncEventStream[E]:
        return self

    async def __anext__(self) -> E:
        return await self._events.__anext__()

    @property
    def response(self) -> httpx.Response | None:
        """The connection the events come from now: None before the first connection and once closed."""
        return self._reader.response

    async def aopen(self) -> httpx.Response:
        """Connect now rather than at the first event; a JSON answer given instead is read and checked here."""
        return await self._reader.aopen()

    async def aclose(self) -> None:
        """Close the response now (also what leaving an `async with` block does)."""
        await self._events.aclose()
        await self._reader.aclose()

    async def __aenter__(self) -> AsyncEventStream[E]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()


class _Cursor:
    """What survives a reconnect: the last event id, the delay, and the failures since the last event."""

    def __init__(self, resume: Resume) -> None:
        self.resume = resume
        self.last_event_id = resume.last_event_id
        self.delay = resume.reconnect_delay
        self.failures = 0

    def request(self, kwargs: dict[str, Any], timeout: httpx.Timeout) -> dict[str, Any]:
        headers = {**kwargs.get("headers", {}), "Accept": EVENT_STREAM, "Cache-Control": "no-store"}
        if self.last_event_id:
            headers["Last-Event-ID"] = self.last_event_id
        idle = httpx.Timeout(
            connect=timeout.connect, read=self.resume.idle_timeout, write=timeout.write, pool=timeout.pool
        )
        return {**kwargs, "headers": headers, "timeout": idle}

    def seen(self, sse: ServerSentEvent) -> None:
        if sse.id:
            self.last_event_id = sse.id
        if sse.retry is not None and sse.retry >= 0:
            # Capped as an int first: a retry of thousands of digits is no float.
            self.delay = min(sse.retry, int(self.resume.max_server_delay * 1000)) / 1000
        self.failures = 0

    def failed(self, exc: httpx.TransportError, operation: str) -> float:
        """Count a lost connection; raise once too many came in a row, else return the delay before the next."""
        self.failures += 1
        if self.failures <= self.resume.max_reconnects:
            return self.delay
        redact(exc)  # it becomes the cause: its request's URL carries the token
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError(
                f"{operation}: no event for {self.resume.idle_timeout} s ({type(exc).__name__})"
            ) from exc
        raise APIConnectionError(f"{operation}: {type(exc).__name__}: {exc}") from exc


def _is_event_stream(response: httpx.Response) -> bool:
    return response.status_code == 200 and response.headers.get("content-type", "").startswith(EVENT_STREAM)


def _build(answers: Answers, response: httpx.Response, operation: str, build: Callable[[Any], E], data: Any) -> E:
    try:
        return build(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        why = f"event data does not match the spec ({type(exc).__name__})"
        raise answers.unexpected(response, operation, why) from exc


def _event(
    answers: Answers, response: httpx.Response, operation: str, build: Callable[[Any], E], sse: ServerSentEvent
) -> E:
    try:
        data = json.loads(sse.data)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        data = None
    return _build(answers, response, operation, build, data)


def _fallback(answers: Answers, response: httpx.Response, operation: str, build: Callable[[Any], E]) -> E | None:
    data = answers.unwrap(response, operation, data_required=False)
    return None if data is None else _build(answers, response, operation, build, data)


def events(
    answers: Answers,
    http: httpx.Client,
    kwargs: dict[str, Any],
    operation: str,
    build: Callable[[Any], E],
    resume: Resume,
) -> EventStream[E]:
    """Stream an operation's events; `build` turns one event's data (a dict) into the typed event, `answers`
    reads a JSON answer given instead of a stream."""
    return EventStream(_Reader(_Call(answers, kwargs, operation, build, _Cursor(resume)), http, time.sleep))


def aevents(
    answers: Answers,
    http: httpx.AsyncClient,
    kwargs: dict[str, Any],
    operation: str,
    build: Callable[[Any], E],
    resume: Resume,
) -> AsyncEventStream[E]:
    """The async twin of `events`."""
    return AsyncEventStream(_AsyncReader(_Call(answers, kwargs, operation, build, _Cursor(resume)), http))


@dataclass
class _Call(Generic[E]):
    """One operation's stream: what to send, how to read what comes back, and where it resumes."""

    answers: Answers
    kwargs: dict[str, Any]
    operation: str
    build: Callable[[Any], E]
    cursor: _Cursor
    answer: E | None = None
    """The one event of a JSON answer given instead of a stream."""

    def request(self, timeout: httpx.Timeout) -> dict[str, Any]:
        return self.cursor.request(self.kwargs, timeout)

    def keep_answer(self, response: httpx.Response) -> None:
        """Check a JSON answer given instead of a stream (its body read) and keep its one event."""
        self.answer = _fallback(self.answers, response, self.operation, self.build)

    def event(self, response: httpx.Response, sse: ServerSentEvent) -> E | None:
        self.cursor.seen(sse)
        return _event(self.answers, response, self.operation, self.build, sse) if sse.data else None


class _Reader(Generic[E]):
    """Reads a call's events over as many connections as its cursor allows; `response` is the one open now."""

    def __init__(self, call: _Call[E], http: httpx.Client, sleep: Callable[[float], None]) -> None:
        self._call = call
        self._http = http
        self._sleep = sleep
        self._connection = ExitStack()
        self.response: httpx.Response | None = None

    def open(self) -> httpx.Response:
        call = self._call
        while self.response is None:
            try:
                response = self._connection.enter_context(self._http.stream(**call.request(self._http.timeout)))
                if not _is_event_stream(response):
                    response.read()
                    call.keep_answer(response)
                self.response = response
            except httpx.DecodingError as exc:
                raise translate(exc, call.operation) from exc
            except httpx.TransportError as exc:
                self._lost(exc)
        return self.response

    def events(self) -> Generator[E, None, None]:
        call = self._call
        try:
            while True:
                response = self.open()
                if not _is_event_stream(response):
                    if call.answer is not None:
                        yield call.answer
                    return
                try:
                    for sse in EventSource(response).iter_sse():
                        event = call.event(response, sse)
                        if event is not None:
                            yield event
                    return
                except httpx.DecodingError as exc:
                    raise translate(exc, call.operation) from exc
                except httpx.TransportError as exc:
                    self._lost(exc)
        finally:
            self.close()

    def _lost(self, exc: httpx.TransportError) -> None:
        self.close()
        delay = self._call.cursor.failed(exc, self._call.operation)
        if delay > 0:
            self._sleep(delay)

    def close(self) -> None:
        self.response = None
        self._connection.close()


class _AsyncReader(Generic[E]):
    """The async twin of `_Reader`."""

    def __init__(self, call: _Call[E], http: httpx.AsyncClient) -> None:
        self._call = call
        self._http = http
        self._connection = AsyncExitStack()
        self.response: httpx.Response | None = None

    async def aopen(self) -> httpx.Response:
        call = self._call
        while self.response is None:
            try:
                response = await self._connection.enter_async_context(
                    self._http.stream(**call.request(self._http.timeout))
                )
                if not _is_event_stream(response):
                    await response.aread()
                    call.keep_answer(response)
                self.response = response
            except httpx.DecodingError as exc:
                raise translate(exc, call.operation) from exc
            except httpx.TransportError as exc:
                await self._lost(exc)
        return self.response

    async def events(self) -> AsyncGenerator[E, None]:
        call = self._call
        try:
            while True:
                response = await self.aopen()
                if not _is_event_stream(response):
                    if call.answer is not None:
                        yield call.answer
                    return
                try:
                    async for sse in EventSource(response).aiter_sse():
                        event = call.event(response, sse)
                        if event is not None:
                            yield event
                    return
                except httpx.DecodingError as exc:
                    raise translate(exc, call.operation) from exc
                except httpx.TransportError as exc:
                    await self._lost(exc)
        finally:
            await self.aclose()

    async def _lost(self, exc: httpx.TransportError) -> None:
        await self.aclose()
        delay = self._call.cursor.failed(exc, self._call.operation)
        if delay > 0:
            await anyio.sleep(delay)

    async def aclose(self) -> None:
        self.response = None
        await self._connection.aclose()


__all__ = ["MAX_SERVER_DELAY", "AsyncEventStream", "EventStream", "Resume", "aevents", "events"]
