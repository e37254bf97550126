"""Message bodies built and checked locally, so a send that the platform would reject never leaves the machine."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal, TypeVar

from lansenger_api.errors import InvalidArgumentError
from lansenger_api.models.format_text_message import FormatTextMessage
from lansenger_api.models.message_media_type import MessageMediaType
from lansenger_api.models.msg_data import MsgData
from lansenger_api.models.msg_type import MsgType
from lansenger_api.models.reminder import Reminder
from lansenger_api.models.text_message import TextMessage
from lansenger_api.types import UNSET, Unset

ChatType = Literal["staff", "group"]
"""Where a send goes: a private chat with one staff member (the bot channel) or a group chat."""

TEXT_LIMIT_BYTES: Final = 6000
"""The platform's limit on text and Markdown content, in bytes of UTF-8."""

MARKDOWN_FORMAT: Final = 1

T = TypeVar("T")


@dataclass(frozen=True)
class Outgoing:
    """A message ready to send: its type and the msgData holding the body under that type's key."""

    msg_type: MsgType
    msg_data: MsgData


def optional(value: T | None) -> T | Unset:
    """None means "not given" to users; the generated layer spells that UNSET."""
    return UNSET if value is None else value


def check_recipient(to: str, chat_type: ChatType) -> None:
    if chat_type not in ("staff", "group"):
        raise InvalidArgumentError(f"chat_type must be 'staff' or 'group', not {chat_type!r}")
    if not isinstance(to, str) or not to.strip():
        what = "group id" if chat_type == "group" else "staff id"
        raise InvalidArgumentError(f"the recipient {what} must be a non-empty string")


def _check_content(content: str, what: str, *, allow_empty: bool = False) -> None:
    if not isinstance(content, str):
        raise InvalidArgumentError(f"{what} must be a string")
    if not allow_empty and not content.strip():
        raise InvalidArgumentError(f"{what} must not be empty")
    size = len(content.encode("utf-8"))
    if size > TEXT_LIMIT_BYTES:
        raise InvalidArgumentError(f"{what} is {size} bytes of UTF-8; the platform accepts at most {TEXT_LIMIT_BYTES}")


def _reminder(
    chat_type: ChatType, mentions: Sequence[str], mention_all: bool, mention_bots: Sequence[str]
) -> Reminder | Unset:
    if not (mentions or mention_all or mention_bots):
        return UNSET
    if chat_type != "group":
        raise InvalidArgumentError("@mentions work in group chats only; the platform ignores them in private chats")
    if isinstance(mentions, str) or isinstance(mention_bots, str):
        raise InvalidArgumentError("mentions and mention_bots take a list of ids, not a single string")
    if any(not m for m in [*mentions, *mention_bots]):
        raise InvalidArgumentError("mention ids must be non-empty strings")
    return Reminder(all_=mention_all, user_ids=list(mentions), bot_ids=list(mention_bots))


def text(
    content: str,
    *,
    chat_type: ChatType,
    mentions: Sequence[str] = (),
    mention_all: bool = False,
    mention_bots: Sequence[str] = (),
) -> Outgoing:
    _check_content(content, "text")
    body = TextMessage(content=content, reminder=_reminder(chat_type, mentions, mention_all, mention_bots))
    return Outgoing("text", MsgData(text=body))


def markdown(
    content: str,
    *,
    chat_type: ChatType,
    mentions: Sequence[str] = (),
    mention_all: bool = False,
    mention_bots: Sequence[str] = (),
) -> Outgoing:
    _check_content(content, "markdown")
    reminder = _reminder(chat_type, mentions, mention_all, mention_bots)
    body = FormatTextMessage(format_type=MARKDOWN_FORMAT, text=content, reminder=reminder)
    return Outgoing("formatText", MsgData(format_text=body))


def check_caption(caption: str) -> None:
    _check_content(caption, "caption", allow_empty=True)


def attachment(media_type: MessageMediaType, media_ids: Sequence[str], caption: str = "") -> Outgoing:
    """A text message carrying uploaded media; files take no @mentions."""
    check_caption(caption)
    body = TextMessage(content=caption, media_type=media_type, media_ids=list(media_ids))
    return Outgoing("text", MsgData(text=body))
