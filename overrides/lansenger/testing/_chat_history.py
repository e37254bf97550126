"""Chat history built from the messages the sandbox delivered: who talked with whom, what, and when.

Every send the sandbox accepts lands in one or more conversations here, so `/v1/chats/fetch` lists real chats
and `/v1/messages/fetch` pages through what was really sent. Each message gets a version, a microsecond
timestamp that strictly grows, which is also the history's cursor (`base_version` / `lastVersion`).

Parties are staff ids; `APP` (``None``) is the app itself (its bot and its official account). Reminder rules
need each message's recipients, so they are kept too.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar

from ._org_store import Roster

APP: str | None = None
"""The app's bot and official account, as a chat party."""

APP_NAME = "Sandbox Bot"
PRIVATE, GROUP = "private", "group"
CHINA_TIME = timezone(timedelta(hours=8))
"""sendTime is local time; the platform's users are in UTC+8."""

ConversationKey = tuple[str, frozenset[str | None] | str]


def private_key(one: str | None, other: str | None) -> ConversationKey:
    return (PRIVATE, frozenset({one, other}))


def group_key(group_id: str) -> ConversationKey:
    return (GROUP, group_id)


@dataclass(frozen=True)
class Entry:
    """One message as a chat shows it; ``sender`` is a staff id, or ``None`` for the app or a webhook."""

    version: int
    message_id: str
    sender: str | None
    sender_name: str
    msg_type: str
    content: dict[str, Any]


@dataclass(frozen=True)
class Sent:
    """A delivered message, described for the history by the route that accepted it."""

    message_id: str
    conversations: tuple[ConversationKey, ...]
    recipients: frozenset[str]
    sender: str | None
    sender_name: str
    msg_type: str
    content: dict[str, Any]


@dataclass
class _Conversation:
    entries: list[Entry] = field(default_factory=list)


class ChatHistory:
    """Conversations in delivery order, the recipients of every message, and the reminders sent for them."""

    KEY: ClassVar[str] = "chat-history"

    def __init__(self, clock: Callable[[], int] = lambda: time.time_ns() // 1000) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._last_version = 0
        self._conversations: dict[ConversationKey, _Conversation] = {}
        self._recipients: dict[str, frozenset[str]] = {}
        self._revoked: set[str] = set()
        self._reminders: list[dict[str, Any]] = []

    def record(self, sent: Sent) -> None:
        with self._lock:
            version = self._last_version = max(self._clock(), self._last_version + 1)
            entry = Entry(version, sent.message_id, sent.sender, sent.sender_name, sent.msg_type, sent.content)
            for key in sent.conversations:
                self._conversations.setdefault(key, _Conversation()).entries.append(entry)
            self._recipients[sent.message_id] = sent.recipients

    def revoke(self, message_ids: Iterable[str]) -> None:
        with self._lock:
            self._revoked.update(message_ids)

    def recipients(self, message_id: str) -> frozenset[str] | None:
        """``None`` for a message the history never saw."""
        with self._lock:
            return self._recipients.get(message_id)

    def is_revoked(self, message_id: str) -> bool:
        with self._lock:
            return message_id in self._revoked

    def add_reminder(self, reminder: Mapping[str, Any]) -> None:
        with self._lock:
            self._reminders.append(copy.deepcopy(dict(reminder)))

    @property
    def reminders(self) -> list[dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(self._reminders)

    def entries(self, key: ConversationKey) -> list[Entry]:
        """The conversation's live (not revoked) messages, oldest first."""
        with self._lock:
            found = self._conversations.get(key)
            return [entry for entry in found.entries if entry.message_id not in self._revoked] if found else []

    def conversations(self) -> dict[ConversationKey, list[Entry]]:
        """Every conversation with its live messages, the most recently active first."""
        with self._lock:
            live = {
                key: [entry for entry in conversation.entries if entry.message_id not in self._revoked]
                for key, conversation in self._conversations.items()
            }
        active = {key: entries for key, entries in live.items() if entries}
        return dict(sorted(active.items(), key=lambda item: item[1][-1].version, reverse=True))


def send_time(version: int) -> str:
    return datetime.fromtimestamp(version / 1_000_000, CHINA_TIME).strftime("%Y-%m-%d %H:%M:%S")


def display_name(now: Roster, party: str | None) -> str:
    """A staff member's name (their id when not in the directory), or the bot's name for the app."""
    return APP_NAME if party is None else now.name(party)


def staff_reached(now: Roster, staff_ids: Iterable[str], department_ids: Iterable[str]) -> list[str]:
    """Staff of a recipient list plus every member of the listed departments (and their sub-departments)."""
    return list(dict.fromkeys([*staff_ids, *now.staff_under(department_ids)]))


Attach = Callable[[str], dict[str, Any]]
"""Describes one attached media id (name, size, a share id to download it by)."""


def content_of(msg_type: str, msg_data: Mapping[str, Any], attach: Attach) -> dict[str, Any]:
    """The message body as chat history shows it: text flattened to ``{text, attachments}``."""
    payload = msg_data.get(msg_type)
    if msg_type == "text" and isinstance(payload, dict):
        media_ids = payload.get("mediaIds") or []
        return {"text": payload.get("content", ""), "attachments": [attach(media_id) for media_id in media_ids]}
    if msg_type == "formatText" and isinstance(payload, dict):
        return {"text": payload.get("text", "")}
    if isinstance(payload, dict):
        return copy.deepcopy(payload)
    return {msg_type: copy.deepcopy(payload)}
