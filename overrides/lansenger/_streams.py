"""Streaming replies for AI agents: a live "typing" stream message, then the full text as an ordinary message.

The platform documents only the placeholder (create) and no way to put incremental text into it, so what happens
between create and the final send is a strategy, the `updater`:
- `FinalOnly` (the default) sends nothing in between: exactly the platform's documented pattern;
- `Incremental` posts the text so far with `update_stream_message`, a SANDBOX-ONLY call (the platform answers it
  with an error), so that agents and SSE consumers can be exercised end to end against the sandbox.
Whatever happens to the chunk source (normal end, an exception, cancellation), the text that arrived is delivered
as final messages before the exception goes on, so the user is never left with a bare "typing" placeholder:
- a text longer than one message (the platform's byte limit, read from the spec) goes as several, cut at natural
  boundaries (see `_message_split`), in order;
- when no text arrived (the source failed before its first chunk, or answered nothing), a short `notice` is
  delivered instead, and it is what an updater finishes the stream message with;
- when the source failed and the ending fails too, the source's exception is the one raised, and the ending's
  failure rides on it as the attribute `final_send_error` (and, on Python 3.11+, as a note in its traceback).
"""

from __future__ import annotations

import re
import sys
import time
import uuid
from collections.abc import AsyncIterable, Callable, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Literal, Protocol

import anyio
import httpx
from lansenger_api.api.streams import AsyncStreamsResource, StreamsResource
from lansenger_api.errors import InvalidArgumentError, LansengerError
from lansenger_api.models.sent_message import SentMessage
from lansenger_api.rules import MAX_BYTES

from ._message_split import split_message
from ._messages import AsyncMessages, Messages

StreamChatType = Literal["staff", "group"]
Clock = Callable[[], float]

NOTICE = "⚠️ 回复未能完成 (the reply could not be completed)"
"""What a stream reply delivers when no text arrived: the user sees an ending, never a bare placeholder."""
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class StreamReply:
    """What a finished stream left behind: the stream message and the text that arrived; `messages` are the final
    messages in order (several for a long text; the notice when no text arrived), `final` the last of them."""

    msg_id: str
    stream_id: str
    text: str
    final: SentMessage
    updates: int
    messages: tuple[SentMessage, ...]


class Updater(Protocol):
    """Puts the text so far into the stream message (sync clients)."""

    def update(self, streams: StreamsResource, msg_id: str, text: str, *, finished: bool) -> None: ...


class AsyncUpdater(Protocol):
    """The async twin of `Updater`."""

    async def aupdate(self, streams: AsyncStreamsResource, msg_id: str, text: str, *, finished: bool) -> None: ...


class FinalOnly:
    """The platform's documented behaviour: no intermediate updates, only the final send."""

    sends_updates = False

    def update(self, streams: StreamsResource, msg_id: str, text: str, *, finished: bool) -> None:
        """Nothing to send."""

    async def aupdate(self, streams: AsyncStreamsResource, msg_id: str, text: str, *, finished: bool) -> None:
        """Nothing to send."""


class Incremental:
    """SANDBOX ONLY: post the whole text so far to the stream message (`update_stream_message`)."""

    sends_updates = True

    def update(self, streams: StreamsResource, msg_id: str, text: str, *, finished: bool) -> None:
        streams.update_stream_message(msg_id=msg_id, content=text, finished=finished)

    async def aupdate(self, streams: AsyncStreamsResource, msg_id: str, text: str, *, finished: bool) -> None:
        await streams.update_stream_message(msg_id=msg_id, content=text, finished=finished)


class _Throttle:
    """Buffers chunks and decides when an intermediate update is due: at most one per `min_interval` seconds
    of `clock`, at most `max_updates` in all, and only when the text changed since the last one."""

    def __init__(self, min_interval: float, max_updates: int | None, clock: Clock) -> None:
        if min_interval < 0:
            raise ValueError("min_interval must not be negative")
        if max_updates is not None and max_updates < 0:
            raise ValueError("max_updates must not be negative")
        self._min_interval = min_interval
        self._max_updates = max_updates
        self._clock = clock
        self._parts: list[str] = []
        self._sent_length = 0
        self._last: float | None = None
        self.updates = 0

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def add(self, chunk: str, *, updating: bool) -> str | None:
        """Buffer a chunk; return the text to post when an update is due (only when `updating`), else None."""
        if not isinstance(chunk, str):
            raise TypeError(f"stream chunks must be str, not {type(chunk).__name__}")
        self._parts.append(chunk)
        if not updating:
            return None
        length = sum(map(len, self._parts))
        if length == self._sent_length:
            return None
        if self._max_updates is not None and self.updates >= self._max_updates:
            return None
        now = self._clock()
        if self._last is not None and now - self._last < self._min_interval:
            return None
        self._last = now
        self._sent_length = length
        self.updates += 1
        self._parts = [self.text]
        return self._parts[0]


@dataclass(frozen=True)
class _Target:
    to: str
    chat_type: StreamChatType
    markdown: bool
    user_token: str | None
    notice: str


def _target(to: str, chat_type: StreamChatType, markdown: bool, user_token: str | None, notice: str) -> _Target:
    if not isinstance(notice, str) or not notice.strip():
        raise InvalidArgumentError("notice must be a non-empty text: it is what the user sees when no text arrived")
    return _Target(to, chat_type, markdown, user_token, notice)


def _ending(text: str, target: _Target) -> tuple[str, list[str]]:
    """The stream message's last content and the messages that deliver it, each within the platform's limit.

    UTF-8 cannot carry a lone surrogate (a broken JSON escape from a model can make one), so it becomes U+FFFD.
    """
    limit = MAX_BYTES["FormatTextMessage"]["text"] if target.markdown else MAX_BYTES["TextMessage"]["content"]
    text = _LONE_SURROGATE.sub("\ufffd", text)
    parts = split_message(text, limit, markdown=target.markdown)
    if parts:
        return text, parts
    return target.notice, split_message(target.notice, limit, markdown=target.markdown)


def _attach(source: BaseException, failure: Exception) -> None:
    """Keep the source's exception the one raised, with the failed ending on it for whoever handles or logs it."""
    source.final_send_error = failure  # type: ignore[attr-defined]
    if sys.version_info >= (3, 11):
        told = f"{type(failure).__name__}: {failure}" if isinstance(failure, LansengerError) else type(failure).__name__
        source.add_note(f"lansenger: the stream reply's ending failed too ({told}); see .final_send_error")


def _sends_updates(updater: object) -> bool:
    """FinalOnly says it sends none, so nothing is buffered for it in vain; custom updaters are asked."""
    return bool(getattr(updater, "sends_updates", True))


def _new_stream_id(stream_id: str | None) -> str:
    return stream_id if stream_id is not None else f"ai-reply-{uuid.uuid4().hex}"


class StreamWriter:
    """An open stream reply: `write` chunks; leaving the `with` block delivers the final message.

    The final message is delivered on leaving the block however it is left; an exception goes on afterwards.
    `result` holds the StreamReply once the block is left.
    """

    def __init__(self, streams: Streams, target: _Target, stream_id: str, updater: Updater, throttle: _Throttle):
        self._streams = streams
        self._target = target
        self._stream_id = stream_id
        self._updater = updater
        self._throttle = throttle
        self._msg_id = ""
        self.result: StreamReply | None = None

    def __enter__(self) -> StreamWriter:
        created = self._streams.create_stream_message(
            receiver_id=self._target.to, receiver_type=self._target.chat_type, stream_id=self._stream_id
        )
        self._msg_id = created.msg_id
        return self

    def write(self, chunk: str) -> None:
        if self.result is not None:
            raise RuntimeError("this stream reply is finished")
        due = self._throttle.add(chunk, updating=_sends_updates(self._updater))
        if due is not None:
            self._updater.update(self._streams, self._msg_id, due, finished=False)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        try:
            self.result = self._finish()
        except Exception as failure:
            if exc is None:
                raise
            _attach(exc, failure)

    def _finish(self) -> StreamReply:
        """Finish the stream message, then send the messages: a failed finishing update does not hold them back."""
        shown, parts = _ending(self._throttle.text, self._target)
        unfinished: Exception | None = None
        if _sends_updates(self._updater):
            try:
                self._updater.update(self._streams, self._msg_id, shown, finished=True)
            except Exception as exc:
                unfinished = exc
        messages = self._streams._messages
        send = messages.send_markdown if self._target.markdown else messages.send_text
        target = self._target
        sent = tuple(send(target.to, part, chat_type=target.chat_type, user_token=target.user_token) for part in parts)
        if unfinished is not None:
            raise unfinished
        return StreamReply(self._msg_id, self._stream_id, self._throttle.text, sent[-1], self._throttle.updates, sent)


class AsyncStreamWriter:
    """The async twin of `StreamWriter`; the final message is delivered even on cancellation (shielded)."""

    def __init__(
        self, streams: AsyncStreams, target: _Target, stream_id: str, updater: AsyncUpdater, throttle: _Throttle
    ):
        self._streams = streams
        self._target = target
        self._stream_id = stream_id
        self._updater = updater
        self._throttle = throttle
        self._msg_id = ""
        self.result: StreamReply | None = None

    async def __aenter__(self) -> AsyncStreamWriter:
        created = await self._streams.create_stream_message(
            receiver_id=self._target.to, receiver_type=self._target.chat_type, stream_id=self._stream_id
        )
        self._msg_id = created.msg_id
        return self

    async def write(self, chunk: str) -> None:
        if self.result is not None:
            raise RuntimeError("this stream reply is finished")
        due = self._throttle.add(chunk, updating=_sends_updates(self._updater))
        if due is not None:
            await self._updater.aupdate(self._streams, self._msg_id, due, finished=False)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        with anyio.CancelScope(shield=True):
            try:
                self.result = await self._finish()
            except Exception as failure:
                if exc is None:
                    raise
                _attach(exc, failure)

    async def _finish(self) -> StreamReply:
        """See `StreamWriter._finish`."""
        shown, parts = _ending(self._throttle.text, self._target)
        unfinished: Exception | None = None
        if _sends_updates(self._updater):
            try:
                await self._updater.aupdate(self._streams, self._msg_id, shown, finished=True)
            except Exception as exc:
                unfinished = exc
        messages = self._streams._messages
        send = messages.send_markdown if self._target.markdown else messages.send_text
        target = self._target
        sent: list[SentMessage] = []
        for part in parts:
            sent.append(await send(target.to, part, chat_type=target.chat_type, user_token=target.user_token))
        if unfinished is not None:
            raise unfinished
        return StreamReply(
            self._msg_id, self._stream_id, self._throttle.text, sent[-1], self._throttle.updates, tuple(sent)
        )


class Streams(StreamsResource):
    """Stream-message operations, plus `reply` / `open` for streaming an AI agent's answer."""

    def __init__(self, http: httpx.Client, messages: Messages, clock: Clock = time.monotonic) -> None:
        super().__init__(http)
        self._messages = messages
        self._clock = clock

    def open(
        self,
        to: str,
        *,
        chat_type: StreamChatType = "staff",
        markdown: bool = True,
        stream_id: str | None = None,
        min_interval: float = 0.5,
        max_updates: int | None = None,
        updater: Updater | None = None,
        user_token: str | None = None,
        clock: Clock | None = None,
        notice: str = NOTICE,
    ) -> StreamWriter:
        """A stream reply to write chunks to: `with client.streams.open(to) as s: s.write(chunk)`.

        Creates the stream message on entering (a success without msgId raises UnexpectedResponseError); on
        leaving, delivers the full text with send_markdown (or send_text with `markdown=False`) to the same
        receiver, as several messages when it is longer than one may be, or `notice` when no text arrived.
        Intermediate updates go through `updater` (default FinalOnly: none), at most one per `min_interval`
        seconds of `clock` (default time.monotonic) and at most `max_updates` in all.
        """
        target = _target(to, chat_type, markdown, user_token, notice)
        throttle = _Throttle(min_interval, max_updates, clock or self._clock)
        return StreamWriter(self, target, _new_stream_id(stream_id), updater or FinalOnly(), throttle)

    def reply(
        self,
        to: str,
        chunks: Iterable[str],
        *,
        chat_type: StreamChatType = "staff",
        markdown: bool = True,
        stream_id: str | None = None,
        min_interval: float = 0.5,
        max_updates: int | None = None,
        updater: Updater | None = None,
        user_token: str | None = None,
        clock: Clock | None = None,
        notice: str = NOTICE,
    ) -> StreamReply:
        """Stream `chunks` (an LLM's tokens) as a reply; see `open`. If `chunks` raises, the text so far (or
        `notice`) is delivered and the exception goes on, carrying `final_send_error` if that delivery failed."""
        writer = self.open(
            to,
            chat_type=chat_type,
            markdown=markdown,
            stream_id=stream_id,
            min_interval=min_interval,
            max_updates=max_updates,
            updater=updater,
            user_token=user_token,
            clock=clock,
            notice=notice,
        )
        with writer:
            for chunk in chunks:
                writer.write(chunk)
        assert writer.result is not None
        return writer.result


class AsyncStreams(AsyncStreamsResource):
    """The async twin of `Streams`; `reply` takes an async iterable and finishes even when cancelled."""

    def __init__(self, http: httpx.AsyncClient, messages: AsyncMessages, clock: Clock = time.monotonic) -> None:
        super().__init__(http)
        self._messages = messages
        self._clock = clock

    def open(
        self,
        to: str,
        *,
        chat_type: StreamChatType = "staff",
        markdown: bool = True,
        stream_id: str | None = None,
        min_interval: float = 0.5,
        max_updates: int | None = None,
        updater: AsyncUpdater | None = None,
        user_token: str | None = None,
        clock: Clock | None = None,
        notice: str = NOTICE,
    ) -> AsyncStreamWriter:
        """`async with client.streams.open(to) as s: await s.write(chunk)`; see `Streams.open`."""
        target = _target(to, chat_type, markdown, user_token, notice)
        throttle = _Throttle(min_interval, max_updates, clock or self._clock)
        return AsyncStreamWriter(self, target, _new_stream_id(stream_id), updater or FinalOnly(), throttle)

    async def reply(
        self,
        to: str,
        chunks: AsyncIterable[str],
        *,
        chat_type: StreamChatType = "staff",
        markdown: bool = True,
        stream_id: str | None = None,
        min_interval: float = 0.5,
        max_updates: int | None = None,
        updater: AsyncUpdater | None = None,
        user_token: str | None = None,
        clock: Clock | None = None,
        notice: str = NOTICE,
    ) -> StreamReply:
        """Stream `chunks` as a reply; see `Streams.reply`. On cancellation the text so far is still delivered."""
        writer = self.open(
            to,
            chat_type=chat_type,
            markdown=markdown,
            stream_id=stream_id,
            min_interval=min_interval,
            max_updates=max_updates,
            updater=updater,
            user_token=user_token,
            clock=clock,
            notice=notice,
        )
        async with writer:
            async for chunk in chunks:
                await writer.write(chunk)
        assert writer.result is not None
        return writer.result
