"""The status card of a stream reply: a dynamic app card whose status line shows what the agent is doing.

`/v1/messages/dynamic/update` changes a dynamic appCard in place, but only its head status (`headStatusInfo`:
description, colour, iconLink) and its links; the body is fixed once sent, and `isLastUpdate` freezes the card.
So the card's body names the reply (it never changes), its status line says what happens now ("思考中…",
"正在搜索…", "撰写中… …the last words written"), the answer itself follows as ordinary messages, and the card
ends frozen as done or failed. The platform documents no length limit for the status line: `status_chars` is
this SDK's choice (see `STATUS_CHARS`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Final

from lansenger_api.errors import InvalidArgumentError
from lansenger_api.models.app_card_message import AppCardMessage
from lansenger_api.models.app_card_update import AppCardUpdate
from lansenger_api.models.head_status_info import HeadStatusInfo
from lansenger_api.rules import MAX_BYTES
from lansenger_api.types import UNSET

from ._pace import Pace

STATUS_CHARS: Final = 40
"""The status line's length in characters (label and preview together). The platform documents no limit; 40 keeps
the line on one row of a phone's chat card, the narrowest place the card is shown."""
WORKING_COLOUR: Final = "rgba(0,0,0,.47)"
"""The grey the platform's peer SDK gives a dynamic card's status by default."""
DONE_COLOUR: Final = "#2ba245"
FAILED_COLOUR: Final = "#e54545"
_COLOUR = re.compile(r"#[0-9A-Fa-f]{3,8}|rgba?\([0-9.,% ]+\)")
_ELLIPSIS = "…"


def check_label(label: object, what: str = "status") -> str:
    if not isinstance(label, str) or not label.strip():
        raise InvalidArgumentError(f"{what} must be a non-empty text")
    return label


def check_colour(colour: object, what: str = "colour") -> str:
    """Colours go into a style attribute: only a hex colour or rgb()/rgba() is taken."""
    if not isinstance(colour, str) or not _COLOUR.fullmatch(colour):
        raise InvalidArgumentError(f"{what} must be a colour like #2ba245 or rgba(0,0,0,.47)")
    return colour


@dataclass(frozen=True)
class StatusCard:
    """How the status card looks: its fixed title, the status labels, their colours and the preview.

    Pass one as `updater=` to `client.streams.reply` / `open` to change the defaults.
    """

    title: str = "AI 助手"
    thinking: str = "思考中…"
    writing: str = "撰写中…"
    done: str = "已完成"
    failed: str = "未能完成"
    working_colour: str = WORKING_COLOUR
    done_colour: str = DONE_COLOUR
    failed_colour: str = FAILED_COLOUR
    icon_link: str | None = None
    status_chars: int = STATUS_CHARS
    preview: bool = True

    def __post_init__(self) -> None:
        limit = MAX_BYTES["AppCardMessage"]["bodyTitle"]
        if len(check_label(self.title, "title").encode("utf-8")) > limit:
            raise InvalidArgumentError(f"title must be at most {limit} bytes of UTF-8, the card body title's limit")
        if not isinstance(self.status_chars, int) or self.status_chars < 1:
            raise InvalidArgumentError("status_chars must be a positive number of characters")
        for name in ("thinking", "writing", "done", "failed"):
            fitted(check_label(getattr(self, name), name), self.status_chars)
        for name in ("working_colour", "done_colour", "failed_colour"):
            check_colour(getattr(self, name), name)
        if self.icon_link is not None and not isinstance(self.icon_link, str):
            raise InvalidArgumentError("icon_link must be a URL string")


def fitted(label: str, limit: int) -> str:
    if len(label) > limit:
        raise InvalidArgumentError(
            f"a status is at most {limit} characters (StatusCard.status_chars), not {len(label)}"
        )
    return label


def preview_line(label: str, text: str, limit: int) -> str:
    """`label`, then as much of the end of `text` (whitespace collapsed) as fits in `limit` characters."""
    flat = " ".join(text.split())
    room = limit - len(label) - 1
    if not flat or room < 2:
        return label
    tail = flat if len(flat) <= room else _ELLIPSIS + flat[len(flat) - room + 1 :]
    return f"{label} {tail}"


class CardProgress:
    """What the card shows and when it changes: each event yields the update to send, or None when nothing
    changed or an update is not due yet (the pace); the I/O is the stream writer's."""

    def __init__(self, card: StatusCard, pace: Pace) -> None:
        self._card = card
        self._pace = pace
        self._line = card.thinking
        self._colour = card.working_colour
        self.shown = self._line

    def opening(self) -> AppCardMessage:
        return AppCardMessage(body_title=self._card.title, is_dynamic=True, head_status_info=self._head())

    def status(self, label: str, colour: str | None) -> AppCardUpdate | None:
        """An explicit status, shown until the next one or the next text."""
        self._line = fitted(check_label(label), self._card.status_chars)
        self._colour = self._card.working_colour if colour is None else check_colour(colour)
        return self._due()

    def progress(self, text: str) -> AppCardUpdate | None:
        """Text arrived: "writing", with the end of the text so far when the card previews."""
        shown = text if self._card.preview else ""
        self._line = preview_line(self._card.writing, shown, self._card.status_chars)
        self._colour = self._card.working_colour
        return self._due()

    def closing(self, *, succeeded: bool) -> AppCardUpdate:
        """The last update, always sent: it freezes the card as done or failed."""
        card = self._card
        self._line, self._colour = (card.done, card.done_colour) if succeeded else (card.failed, card.failed_colour)
        self.shown = self._line
        return self._update(last=True)

    def _due(self) -> AppCardUpdate | None:
        if self._line == self.shown or not self._pace.take():
            return None
        self.shown = self._line
        return self._update(last=False)

    def _head(self) -> HeadStatusInfo:
        description = f'<div style="color:{self._colour}">{html.escape(self._line, quote=False)}</div>'
        icon = UNSET if self._card.icon_link is None else self._card.icon_link
        return HeadStatusInfo(description=description, colour=self._colour, icon_link=icon)

    def _update(self, *, last: bool) -> AppCardUpdate:
        return AppCardUpdate(is_last_update=last, head_status_info=self._head())
