"""`BotEvent`: a bot message as a `BotRuntime` hands it to handlers, with `reply` and `download_media` bound to it.

A reply goes back where the message came from: a private message on the bot channel, a group message to the
group, quoting the message (`refMsgId`) and, in a group, @mentioning the sender (the platform honours a mention
only on the group channel). `stream` / `open_stream` answer there too, as a streaming reply (`client.streams`).
The runtime's "processing…" message is revoked by the first reply.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from lansenger_api.errors import InvalidArgumentError, LansengerError
from lansenger_api.events import CallbackEvent
from lansenger_api.models.bot_message_event import BotMessageEvent
from lansenger_api.models.sent_message import SentMessage

from ._commands import Command, parse_command
from ._streams import NOTICE

if TYPE_CHECKING:
    from ._client import AsyncLansenger
    from ._message_bodies import Body
    from ._status_card import StatusCard
    from ._streams import AsyncStreamWriter, AsyncUpdater, StreamChatType, StreamReply

logger = logging.getLogger("lansenger.bot")

GROUP_MESSAGE = "bot_group_message"
MEDIA_KINDS = ("image", "video", "file", "voice")


def _field(data: Mapping[str, Any], *path: str) -> Any:
    value: Any = data
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


def message_text(data: Mapping[str, Any]) -> str | None:
    """The text of a text or formatText message (`format` on the WebSocket), else None."""
    for path in (("text", "content"), ("formatText", "text"), ("format", "text")):
        value = _field(data, "msgData", *path)
        if isinstance(value, str):
            return value
    return None


async def revoke_sent(client: AsyncLansenger, message_id: str, *, bot_id: str | None) -> None:
    """Revoke one message the bot sent: the runtime's only revoke call. In a group (`bot_id` given) the platform
    wants the sender, which is the bot; a private message goes back on the bot channel. A message the platform
    did not revoke (its per-message `subStatus`) raises `PartialRevokeError`, so a notice left showing is seen."""
    if bot_id is not None:
        await client.messages.revoke([message_id], chat_type="group", sender_id=bot_id)
    else:
        await client.messages.revoke([message_id], chat_type="bot")


@dataclass
class _Ack:
    """The processing message still showing, if any."""

    message_id: str | None = None


@dataclass(frozen=True)
class BotEvent(CallbackEvent[BotMessageEvent]):
    """A `bot_private_message` / `bot_group_message`, possibly several merged (`merged` holds the originals when
    the runtime's debounce joined a sender's rapid messages; `data` is then the last one's)."""

    merged: tuple[CallbackEvent, ...] = ()
    client: AsyncLansenger | None = field(default=None, repr=False, compare=False)
    _ack: _Ack = field(default_factory=_Ack, repr=False, compare=False)

    @classmethod
    def bind(cls, events: tuple[CallbackEvent, ...], client: AsyncLansenger) -> BotEvent:
        last = events[-1]
        merged = events if len(events) > 1 else ()
        return cls(last.type, last.data, last.id, last.app_id, last.org_id, last.raw, merged=merged, client=client)

    @property
    def sender(self) -> str | None:
        return self._id("from")

    @property
    def is_group(self) -> bool:
        return self.type == GROUP_MESSAGE

    @property
    def group_id(self) -> str | None:
        return self._id("groupId")

    @property
    def chat_id(self) -> str | None:
        """The group for a group message, the sender for a private one: where replies go."""
        return self.group_id if self.is_group else self.sender

    @property
    def msg_id(self) -> str | None:
        return self._id("msgId")

    @property
    def text(self) -> str | None:
        """The message's text; the merged messages' texts one per line."""
        if not self.merged:
            return message_text(self.data)
        texts = [message_text(event.data) for event in self.merged]
        return "\n".join(text for text in texts if text) or None

    @property
    def command(self) -> Command | None:
        """The slash command the text starts with (name, shell-split args, the rest as typed)."""
        return parse_command(self.text)

    @property
    def media_ids(self) -> list[str]:
        """The ids of an image, video (the second is its cover), file or voice message."""
        for kind in MEDIA_KINDS:
            ids = _field(self.data, "msgData", kind, "mediaIds")
            if isinstance(ids, list):
                return [media_id for media_id in ids if isinstance(media_id, str) and media_id]
        return []

    async def reply(
        self, content: str | Body, *, markdown: bool = False, quote: bool = True, mention: bool = True
    ) -> SentMessage:
        """Answer in the message's chat: quoting it (`quote`), @mentioning the sender in a group (`mention`; text
        and Markdown only, as the platform allows). `content` is text, Markdown, or any message body model."""
        client, to = self._client(), self._target()
        reply_to = self.msg_id if quote else None
        chat_type = self._chat_type()
        mentions = [self.sender] if mention and self.is_group and self.sender else []
        if isinstance(content, str):
            send = client.messages.send_markdown if markdown else client.messages.send_text
            sent = await send(to, content, chat_type=chat_type, mentions=mentions, reply_to=reply_to)
        else:
            sent = await client.messages.send(to, content, chat_type=chat_type, reply_to=reply_to)
        await self.withdraw_ack()
        return sent

    @asynccontextmanager
    async def open_stream(
        self, *, markdown: bool = True, updater: AsyncUpdater | StatusCard | None = None, notice: str = NOTICE
    ) -> AsyncIterator[AsyncStreamWriter]:
        """A streaming reply in the message's chat (`client.streams.open`: a status card while the agent works,
        then the answer): `async with event.open_stream() as stream: await stream.write(token)`. The processing
        message is revoked once the block is left."""
        client, to = self._client(), self._target()
        try:
            async with client.streams.open(
                to, chat_type=self._chat_type(), markdown=markdown, updater=updater, notice=notice
            ) as stream:
                yield stream
        finally:
            await self.withdraw_ack()

    async def stream(
        self,
        chunks: AsyncIterable[str] | Iterable[str],
        *,
        markdown: bool = True,
        updater: AsyncUpdater | StatusCard | None = None,
        notice: str = NOTICE,
    ) -> StreamReply:
        """Stream `chunks` (an LLM's tokens, sync or async) as the reply; see `open_stream`."""
        async with self.open_stream(markdown=markdown, updater=updater, notice=notice) as stream:
            if isinstance(chunks, AsyncIterable):
                async for chunk in chunks:
                    await stream.write(chunk)
            else:
                for chunk in chunks:
                    await stream.write(chunk)
        assert stream.result is not None
        return stream.result

    async def download_media(self, to: str | os.PathLike[str] | BinaryIO, *, index: int = 0) -> int:
        """Save the message's `index`-th media (image, video, file or voice) to a path or an open binary file;
        returns the bytes written."""
        ids = self.media_ids
        if not ids:
            raise InvalidArgumentError("download_media: the message carries no media")
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(ids):
            raise InvalidArgumentError(f"download_media: index must be in [0, {len(ids)})")
        return await self._client().media.download(ids[index], to)

    async def acknowledge(self, text: str) -> None:
        """Show `text` ("processing…") until the first reply; the runtime calls this when configured to."""
        sent = await self._client().messages.send_text(
            self._target(), text, chat_type=self._chat_type(), reply_to=self.msg_id
        )
        self._ack.message_id = sent.msg_id if isinstance(sent.msg_id, str) and sent.msg_id else None

    async def withdraw_ack(self) -> None:
        """Revoke the processing message, once; a failed revoke is logged, never raised into the handler."""
        message_id, self._ack.message_id = self._ack.message_id, None
        if message_id is None:
            return
        bot_id = self._id("botId") if self.is_group else None
        try:
            await revoke_sent(self._client(), message_id, bot_id=bot_id)
        except LansengerError as error:
            logger.warning("bot: could not revoke the processing message (%s)", type(error).__name__)

    def _id(self, name: str) -> str | None:
        value = self.data.get(name)
        return value if isinstance(value, str) and value else None

    def _chat_type(self) -> StreamChatType:
        return "group" if self.is_group else "staff"

    def _client(self) -> AsyncLansenger:
        if self.client is None:
            raise InvalidArgumentError("this event is not bound to a client: BotRuntime binds the events it runs")
        return self.client

    def _target(self) -> str:
        target = self.chat_id
        if target is None:
            raise InvalidArgumentError("the message names no sender or group to reply to")
        return target
