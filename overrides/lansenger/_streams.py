"""Streaming replies for AI agents: a live sign that the agent is working, then the full text as ordinary messages.

What the user sees while the agent works is a strategy, the `updater`:
- a `StatusCard` (the default where a card can be used): a dynamic app card whose status line says what the agent
  is doing ("思考中…", a status the agent sets with `status(...)`, "撰写中…" with the last words written), changed in
  place with /v1/messages/dynamic/update, throttled, and frozen as done or failed once the answer is sent (see
  `_status_card`); a reply sent with a user token sends and updates the card as that person (the platform lets
  only the sender's identity update it); where a card cannot be used (the channel refuses appCard, or the
  platform refuses the card) the reply takes the text path below;
- the text path: the platform's stream message, a live "typing" placeholder that no documented call fills in:
  `FinalOnly` sends nothing in between; `Incremental` posts the text so far with `update_stream_message`, a
  SANDBOX-ONLY call (the platform answers it with an error), so that agents and SSE consumers can be exercised end
  to end against the sandbox.
Whatever happens to the chunk source (normal end, an exception, cancellation), the text that arrived is delivered
as final messages before the exception goes on, so the user is never left with a bare placeholder:
- a text longer than one message (the platform's byte limit, read from the spec) goes as several, cut at natural
  boundaries (see `_message_split`), in order;
- when no text arrived (the source failed before its first chunk, or answered nothing), a short `notice` is
  delivered instead, and it is what an updater finishes the stream message with;
- a status card is frozen as failed when the source failed, was cancelled, answered nothing or the answer could
  not be sent, else as done;
- when the source failed and the ending fails too, the source's exception is the one raised, and the ending's
  failure rides on it as the attribute `final_send_error` (and, on Python 3.11+, as a note in its traceback).
"""

from __future__ import annotations

import re
import sys
import time
import uuid
from collections.abc import AsyncIterable, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Literal, NamedTuple, Protocol

import anyio
import httpx
from lansenger_api.api.streams import AsyncStreamsResource, StreamsResource
from lansenger_api.errors import APIError, InvalidArgumentError, LansengerError
from lansenger_api.models.app_card_update import AppCardUpdate
from lansenger_api.models.bot_msg_type import BOT_MSG_TYPE_VALUES
from lansenger_api.models.dynamic_update_data import DynamicUpdateData
from lansenger_api.models.group_msg_type import GROUP_MSG_TYPE_VALUES
from lansenger_api.models.sent_message import SentMessage
from lansenger_api.rules import MAX_BYTES

from ._logging import logger
from ._message_bodies import optional
from ._message_split import split_message
from ._messages import AsyncMessages, Messages
from ._pace import Clock, Pace
from ._status_card import CardProgress, StatusCard, check_label

StreamChatType = Literal["staff", "group"]

NOTICE = "⚠️ 回复未能完成 (the reply could not be completed)"
"""What a stream reply delivers when no text arrived: the user sees an ending, never a bare placeholder."""
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_CARD_ALLOWED = {"staff": "appCard" in BOT_MSG_TYPE_VALUES, "group": "appCard" in GROUP_MSG_TYPE_VALUES}
"""Whether each stream chat type's channel takes an appCard, as the spec's message-type enums say."""
_PREVIEW_SOURCE = 400
"""Characters from the end of the text that a status line's preview is cut from (whitespace collapses)."""


@dataclass(frozen=True)
class StreamReply:
    """What a finished stream left behind: the status card's or stream message's id and the text that arrived;
    `messages` are the final messages in order (several for a long text; the notice when no text arrived),
    `final` the last of them. `card` tells whether a status card was shown (then `stream_id` is empty)."""

    msg_id: str
    stream_id: str
    text: str
    final: SentMessage
    updates: int
    messages: tuple[SentMessage, ...]
    card: bool = False


class Updater(Protocol):
    """Puts the text so far into the stream message (sync clients)."""

    def update(self, streams: StreamsResource, msg_id: str, text: str, *, finished: bool) -> None: ...


class AsyncUpdater(Protocol):
    """The async twin of `Updater`."""

    async def aupdate(self, streams: AsyncStreamsResource, msg_id: str, text: str, *, finished: bool) -> None: ...


class FinalOnly:
    """The text path with the platform's documented behaviour: no intermediate updates, only the final send."""

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
    """Buffers chunks and decides when a text-path update is due: when the `pace` allows one and the text
    changed since the last one."""

    def __init__(self, pace: Pace) -> None:
        self._pace = pace
        self._parts: list[str] = []
        self._sent_length = 0

    @property
    def updates(self) -> int:
        return self._pace.updates

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def tail(self, size: int) -> str:
        """At least the last `size` characters (fewer only when the text is shorter), without joining it all."""
        taken: list[str] = []
        length = 0
        for part in reversed(self._parts):
            taken.append(part)
            length += len(part)
            if length >= size:
                break
        return "".join(reversed(taken))

    def add(self, chunk: str, *, updating: bool) -> str | None:
        """Buffer a chunk; return the text to post when an update is due (only when `updating`), else None."""
        if not isinstance(chunk, str):
            raise TypeError(f"stream chunks must be str, not {type(chunk).__name__}")
        self._parts.append(chunk)
        if not updating:
            return None
        length = sum(map(len, self._parts))
        if length == self._sent_length or not self._pace.take():
            return None
        self._sent_length = length
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


class _Ending(NamedTuple):
    shown: str
    parts: list[str]
    answered: bool


def _clean(text: str) -> str:
    """UTF-8 cannot carry a lone surrogate (a broken JSON escape from a model can make one): it becomes U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _ending(text: str, target: _Target) -> _Ending:
    """The stream message's last content and the messages that deliver it, each within the platform's limit."""
    limit = MAX_BYTES["FormatTextMessage"]["text"] if target.markdown else MAX_BYTES["TextMessage"]["content"]
    text = _clean(text)
    parts = split_message(text, limit, markdown=target.markdown)
    if parts:
        return _Ending(text, parts, answered=True)
    return _Ending(target.notice, split_message(target.notice, limit, markdown=target.markdown), answered=False)


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


def _card_for(updater: object, target: _Target) -> StatusCard | None:
    """The status card to show, or None for the text path: a card is the default where the channel takes an
    appCard."""
    card = StatusCard() if updater is None else updater if isinstance(updater, StatusCard) else None
    if card is None or not _CARD_ALLOWED[target.chat_type]:
        return None
    return card


def _told(error: LansengerError) -> str:
    """An error as a log line may carry it: its type and code, never its text."""
    code = f" {error.err_code}" if isinstance(error, APIError) else ""
    return f"{type(error).__name__}{code}"


def _card_data(update: AppCardUpdate) -> DynamicUpdateData:
    return DynamicUpdateData(app_card_update_msg=update)


class _Live:
    """What the user sees while the agent works, shared by the sync and async writers: the status card's
    progress (None on the text path), the card's or the stream message's id, and the buffered text."""

    def __init__(self, target: _Target, card: StatusCard | None, pace: Pace) -> None:
        self.target = target
        self.throttle = _Throttle(pace)
        self.progress = CardProgress(card, pace) if card is not None else None
        self.msg_id = ""
        self.result: StreamReply | None = None

    def check_open(self) -> None:
        if self.result is not None:
            raise RuntimeError("this stream reply is finished")

    def card_shown(self) -> bool:
        return self.progress is not None and bool(self.msg_id)

    def opened(self, sent: SentMessage) -> bool:
        """The card was sent; without a msgId (the platform gives none to apps outside the org) it cannot be
        updated, so the reply takes the text path."""
        if isinstance(sent.msg_id, str) and sent.msg_id:
            self.msg_id = sent.msg_id
            return True
        self.progress = None
        return False

    def fall_back(self, error: LansengerError) -> None:
        """The card could not be used: the text path from here on."""
        logger.warning("stream reply: the status card could not be sent (%s); replying without it", _told(error))
        self.progress = None

    def card_progress(self, chunk: str) -> AppCardUpdate | None:
        self.throttle.add(chunk, updating=False)
        assert self.progress is not None
        return self.progress.progress(_clean(self.throttle.tail(_PREVIEW_SOURCE)))

    def status(self, label: str, colour: str | None) -> AppCardUpdate | None:
        self.check_open()
        if self.progress is None:
            check_label(label)
            return None
        return self.progress.status(label, colour)

    def reply(self, stream_id: str, sent: Iterable[SentMessage]) -> StreamReply:
        messages = tuple(sent)
        card = self.card_shown()
        shown_id = "" if card else stream_id
        return StreamReply(
            self.msg_id, shown_id, self.throttle.text, messages[-1], self.throttle.updates, messages, card
        )


def _warn_update_failed(error: LansengerError) -> None:
    logger.warning("stream reply: a status card update failed (%s); the answer still follows", _told(error))


class StreamWriter:
    """An open stream reply: `write` chunks, set `status`; leaving the `with` block delivers the final message.

    The final message is delivered on leaving the block however it is left; an exception goes on afterwards.
    `result` holds the StreamReply once the block is left.
    """

    def __init__(self, streams: Streams, live: _Live, stream_id: str, updater: Updater) -> None:
        self._streams = streams
        self._live = live
        self._stream_id = stream_id
        self._updater = updater

    @property
    def result(self) -> StreamReply | None:
        return self._live.result

    def __enter__(self) -> StreamWriter:
        live, messages = self._live, self._streams._messages
        if live.progress is not None:
            try:
                target = live.target
                sent = messages.send(
                    target.to, live.progress.opening(), chat_type=target.chat_type, user_token=target.user_token
                )
            except APIError as error:
                live.fall_back(error)
            else:
                if live.opened(sent):
                    return self
        created = self._streams.create_stream_message(
            receiver_id=live.target.to, receiver_type=live.target.chat_type, stream_id=self._stream_id
        )
        live.msg_id = created.msg_id
        return self

    def write(self, chunk: str) -> None:
        self._live.check_open()
        if self._live.progress is not None:
            self._update_card(self._live.card_progress(chunk))
            return
        due = self._live.throttle.add(chunk, updating=_sends_updates(self._updater))
        if due is not None:
            self._updater.update(self._streams, self._live.msg_id, due, finished=False)

    def status(self, status: str, *, colour: str | None = None) -> None:
        """Show `status` ("正在搜索…") on the card's status line until the next status or text; throttled like
        text. On the text path nothing can show it, so nothing is sent."""
        self._update_card(self._live.status(status, colour))

    def _update_card(self, update: AppCardUpdate | None) -> None:
        if update is None or not self._live.card_shown():  # not entered yet
            return
        try:
            self._send_card_update(update)
        except LansengerError as error:
            _warn_update_failed(error)

    def _send_card_update(self, update: AppCardUpdate) -> None:
        self._streams._messages.update_dynamic_message(
            msg_id=self._live.msg_id,
            msg_type="appCard",
            msg_data=_card_data(update),
            user_token=optional(self._live.target.user_token),
        )

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        try:
            self._live.result = self._finish(failed=exc is not None)
        except Exception as failure:
            if exc is None:
                raise
            _attach(exc, failure)

    def _finish(self, *, failed: bool) -> StreamReply:
        """Finish the stream message (or, after the messages, freeze the card): a failed finishing update does not
        hold the messages back, and is raised after them."""
        live = self._live
        ending = _ending(live.throttle.text, live.target)
        unfinished: Exception | None = None
        if not live.card_shown() and _sends_updates(self._updater):
            try:
                self._updater.update(self._streams, live.msg_id, ending.shown, finished=True)
            except Exception as exc:
                unfinished = exc
        messages = self._streams._messages
        send = messages.send_markdown if live.target.markdown else messages.send_text
        target = live.target
        try:
            sent = [
                send(target.to, part, chat_type=target.chat_type, user_token=target.user_token) for part in ending.parts
            ]
        except Exception:
            self._freeze(succeeded=False, raising=False)
            raise
        try:
            self._freeze(succeeded=ending.answered and not failed, raising=True)
        except Exception as exc:
            unfinished = exc
        if unfinished is not None:
            raise unfinished
        return live.reply(self._stream_id, sent)

    def _freeze(self, *, succeeded: bool, raising: bool) -> None:
        if not self._live.card_shown():
            return
        assert self._live.progress is not None
        try:
            self._send_card_update(self._live.progress.closing(succeeded=succeeded))
        except LansengerError as error:
            if raising:
                raise
            _warn_update_failed(error)


class AsyncStreamWriter:
    """The async twin of `StreamWriter`; the final message is delivered even on cancellation (shielded)."""

    def __init__(self, streams: AsyncStreams, live: _Live, stream_id: str, updater: AsyncUpdater) -> None:
        self._streams = streams
        self._live = live
        self._stream_id = stream_id
        self._updater = updater

    @property
    def result(self) -> StreamReply | None:
        return self._live.result

    async def __aenter__(self) -> AsyncStreamWriter:
        live, messages = self._live, self._streams._messages
        if live.progress is not None:
            try:
                target = live.target
                sent = await messages.send(
                    target.to, live.progress.opening(), chat_type=target.chat_type, user_token=target.user_token
                )
            except APIError as error:
                live.fall_back(error)
            else:
                if live.opened(sent):
                    return self
        created = await self._streams.create_stream_message(
            receiver_id=live.target.to, receiver_type=live.target.chat_type, stream_id=self._stream_id
        )
        live.msg_id = created.msg_id
        return self

    async def write(self, chunk: str) -> None:
        self._live.check_open()
        if self._live.progress is not None:
            await self._update_card(self._live.card_progress(chunk))
            return
        due = self._live.throttle.add(chunk, updating=_sends_updates(self._updater))
        if due is not None:
            await self._updater.aupdate(self._streams, self._live.msg_id, due, finished=False)

    async def status(self, status: str, *, colour: str | None = None) -> None:
        """See `StreamWriter.status`."""
        await self._update_card(self._live.status(status, colour))

    async def _update_card(self, update: AppCardUpdate | None) -> None:
        if update is None or not self._live.card_shown():  # not entered yet
            return
        try:
            await self._send_card_update(update)
        except LansengerError as error:
            _warn_update_failed(error)

    async def _send_card_update(self, update: AppCardUpdate) -> None:
        await self._streams._messages.update_dynamic_message(
            msg_id=self._live.msg_id,
            msg_type="appCard",
            msg_data=_card_data(update),
            user_token=optional(self._live.target.user_token),
        )

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        with anyio.CancelScope(shield=True):
            try:
                self._live.result = await self._finish(failed=exc is not None)
            except Exception as failure:
                if exc is None:
                    raise
                _attach(exc, failure)

    async def _finish(self, *, failed: bool) -> StreamReply:
        """See `StreamWriter._finish`."""
        live = self._live
        ending = _ending(live.throttle.text, live.target)
        unfinished: Exception | None = None
        if not live.card_shown() and _sends_updates(self._updater):
            try:
                await self._updater.aupdate(self._streams, live.msg_id, ending.shown, finished=True)
            except Exception as exc:
                unfinished = exc
        messages = self._streams._messages
        send = messages.send_markdown if live.target.markdown else messages.send_text
        target = live.target
        sent: list[SentMessage] = []
        try:
            for part in ending.parts:
                sent.append(await send(target.to, part, chat_type=target.chat_type, user_token=target.user_token))
        except Exception:
            await self._freeze(succeeded=False, raising=False)
            raise
        try:
            await self._freeze(succeeded=ending.answered and not failed, raising=True)
        except Exception as exc:
            unfinished = exc
        if unfinished is not None:
            raise unfinished
        return live.reply(self._stream_id, sent)

    async def _freeze(self, *, succeeded: bool, raising: bool) -> None:
        if not self._live.card_shown():
            return
        assert self._live.progress is not None
        try:
            await self._send_card_update(self._live.progress.closing(succeeded=succeeded))
        except LansengerError as error:
            if raising:
                raise
            _warn_update_failed(error)


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
        updater: Updater | StatusCard | None = None,
        user_token: str | None = None,
        clock: Clock | None = None,
        notice: str = NOTICE,
    ) -> StreamWriter:
        """A stream reply to write chunks to: `with client.streams.open(to) as s: s.write(chunk)`.

        On entering, sends the status card (`updater`: a StatusCard, or None for the default one) where the
        channel takes an appCard (with `user_token`: sent and updated as that user); otherwise, or when the
        platform refuses the card,
        creates the stream message (a success without msgId raises UnexpectedResponseError) and updates it with
        `updater` (FinalOnly when it is None or a card: no updates). On leaving, delivers the full text with
        send_markdown (or send_text with `markdown=False`) to the same receiver, as several messages when it is
        longer than one may be, or `notice` when no text arrived; then freezes the card as done or failed.
        Intermediate updates (card or stream message) go at most one per `min_interval` seconds of `clock`
        (default time.monotonic) and at most `max_updates` in all.
        """
        target = _target(to, chat_type, markdown, user_token, notice)
        live = _Live(target, _card_for(updater, target), Pace(min_interval, max_updates, clock or self._clock))
        text_path = FinalOnly() if updater is None or isinstance(updater, StatusCard) else updater
        return StreamWriter(self, live, _new_stream_id(stream_id), text_path)

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
        updater: Updater | StatusCard | None = None,
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
        updater: AsyncUpdater | StatusCard | None = None,
        user_token: str | None = None,
        clock: Clock | None = None,
        notice: str = NOTICE,
    ) -> AsyncStreamWriter:
        """`async with client.streams.open(to) as s: await s.write(chunk)`; see `Streams.open`."""
        target = _target(to, chat_type, markdown, user_token, notice)
        live = _Live(target, _card_for(updater, target), Pace(min_interval, max_updates, clock or self._clock))
        text_path = FinalOnly() if updater is None or isinstance(updater, StatusCard) else updater
        return AsyncStreamWriter(self, live, _new_stream_id(stream_id), text_path)

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
        updater: AsyncUpdater | StatusCard | None = None,
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
