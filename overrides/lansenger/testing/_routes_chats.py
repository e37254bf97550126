"""Chats and chat history, answered from what the sandbox delivered: who talked with whom, what, and when.

Every accepted send lands in its conversations (`record_delivery`), as the user of ``user_token`` (or the app's
bot, `APP`) sees them. Each message's version is a strictly growing microsecond timestamp, also the history's
cursor (`base_version` / `lastVersion`).
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar

from lansenger_api.errors import ErrorCode

from ._directory import Roster, directory
from ._replies import ApiError, Reply, success
from ._routes_groups import APP, GroupStore
from ._routes_media import tickets
from ._routing import Backend, Request, Route
from ._spec import message_body, query_default

APP_NAME = "Sandbox Bot"
PRIVATE, GROUP = "private", "group"
CHINA_TIME = timezone(timedelta(hours=8))
"""sendTime is local time; the platform's users are in UTC+8."""
HISTORY_PATH = "/v1/messages/fetch"
ALL_CHATS, PRIVATE_CHATS, GROUP_CHATS = 0, 1, 2
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


class ChatHistory:
    """Conversations in delivery order, with the revoked messages left out of every read."""

    KEY: ClassVar[str] = "chat-history"

    def __init__(self, clock: Callable[[], int] = lambda: time.time_ns() // 1000) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._last_version = 0
        self._conversations: dict[ConversationKey, list[Entry]] = {}
        self._revoked: set[str] = set()

    def record(
        self, keys: Iterable[ConversationKey], message_id: str, sender: str | None, name: str, body: Any
    ) -> None:
        """``body`` is the send's msgType and its content as history shows it."""
        with self._lock:
            version = self._last_version = max(self._clock(), self._last_version + 1)
            entry = Entry(version, message_id, sender, name, *body)
            for key in keys:
                self._conversations.setdefault(key, []).append(entry)

    def revoke(self, message_ids: Iterable[str]) -> None:
        with self._lock:
            self._revoked.update(message_ids)

    def entries(self, key: ConversationKey) -> list[Entry]:
        """The conversation's live (not revoked) messages, oldest first."""
        return self.conversations().get(key, [])

    def conversations(self, *, with_revoked: bool = False) -> dict[ConversationKey, list[Entry]]:
        """Every conversation with its live messages (and the revoked ones too, for the console), the most
        recently active first."""
        with self._lock:
            live = {
                key: [entry for entry in entries if with_revoked or entry.message_id not in self._revoked]
                for key, entries in self._conversations.items()
            }
        active = {key: entries for key, entries in live.items() if entries}
        return dict(sorted(active.items(), key=lambda item: item[1][-1].version, reverse=True))


def history(backend: Backend) -> ChatHistory:
    return backend.state.domain(ChatHistory.KEY, ChatHistory)


def _groups(backend: Backend) -> GroupStore:
    return backend.state.domain("groups", GroupStore)


def display_name(now: Roster, party: str | None) -> str:
    """A staff member's name (their id when not in the directory), or the bot's name for the app."""
    return APP_NAME if party is None else now.name(party)


def message_content(backend: Backend, body: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The msgType and the message as history shows it: text flattened to ``{text, attachments}``, each
    attachment with a share id that downloads it."""
    msg_type = str(body["msgType"])
    payload = message_body(body["msgData"], msg_type)
    if msg_type == "text":
        attachments = [_attachment(backend, media_id) for media_id in payload.get("mediaIds") or []]
        return msg_type, {"text": payload.get("content", ""), "attachments": attachments}
    if msg_type == "formatText":
        return msg_type, {"text": payload.get("text", "")}
    return msg_type, copy.deepcopy(payload) if isinstance(payload, dict) else {msg_type: copy.deepcopy(payload)}


def _attachment(backend: Backend, media_id: str) -> dict[str, Any]:
    record = backend.state.media_record(media_id)
    described = {"name": record["filename"], "size": record["size"]} if record is not None else {}
    return {"mediaId": media_id, "shareId": tickets(backend).issue(media_id, prefix="share-"), **described}


def record_delivery(backend: Backend, request: Request, body: Mapping[str, Any], message_id: str) -> None:
    """Put a message accepted by a sending route into its conversations."""
    user = backend.acting_staff(request)
    now = directory(backend.state).read()
    if "groupId" in body:
        sender = user or body.get("senderId") or APP
        keys: list[ConversationKey] = [group_key(body["groupId"])]
    elif "receiverId" in body:
        sender, keys = user, [private_key(user, body["receiverId"])]
    else:
        reached = [*body.get("userIdList", []), *now.staff_under(body.get("departmentIdList", []))]
        sender, keys = APP, [private_key(APP, staff_id) for staff_id in dict.fromkeys(reached)]
    history(backend).record(keys, message_id, sender, display_name(now, sender), message_content(backend, body))


def _in_window(version: int, body: Mapping[str, Any]) -> bool:
    start, end = body.get("startTime"), body.get("endTime")
    return (start is None or version >= start) and (end is None or version <= end)


def list_chats(backend: Backend, request: Request) -> Reply:
    actor, body = backend.acting_staff(request), request.json
    chat_type = body.get("chatType", ALL_CHATS)
    keyword = (body.get("keyword") or "").lower() if chat_type in (PRIVATE_CHATS, GROUP_CHATS) else ""
    found: dict[str, list[dict[str, Any]]] = {"staffIdInfos": [], "groupIdInfos": []}
    now = directory(backend.state).read()
    for (kind, ident), entries in history(backend).conversations().items():
        if not any(_in_window(entry.version, body) for entry in entries):
            continue
        if kind == PRIVATE and chat_type != GROUP_CHATS and isinstance(ident, frozenset) and actor in ident:
            other = next((party for party in ident if party != actor), actor)
            name = display_name(now, other)
            if other is not None and keyword in name.lower():
                sectors = (
                    [now.departments[d]["name"] for d in now.staff[other]["departments"]] if other in now.staff else []
                )
                found["staffIdInfos"].append({"staffId": other, "staffName": name, "sectorName": sectors})
        elif kind == GROUP and chat_type != PRIVATE_CHATS and isinstance(ident, str):
            group = _groups(backend).group(ident)
            name = group.settings["name"] if group is not None else ident
            visible = actor is APP or (group is not None and actor in group.members)
            if visible and keyword in name.lower():
                found["groupIdInfos"].append({"groupId": ident, "groupName": name})
    return success(found)


def list_chat_messages(backend: Backend, request: Request) -> Reply:
    actor, body = backend.acting_staff(request), request.json
    staff_id, group_id = body.get("staffId"), body.get("groupId")
    if bool(staff_id) == bool(group_id):
        raise ApiError(ErrorCode.CHAT_PARAMETER_ERROR, "parameter error: give exactly one of staffId and groupId")
    cursor = request.param("base_version") or "0"
    if not cursor.isdigit():
        raise ApiError(
            ErrorCode.CHAT_PARAMETER_ERROR, "parameter error: base_version must be a version from lastVersion"
        )
    size = int(request.param("page_size") or query_default("POST", HISTORY_PATH, "page_size"))
    key, name, kind = _chat(backend, actor, staff_id, group_id)
    sender = body.get("senderId")
    entries = [e for e in history(backend).entries(key) if _in_window(e.version, body) and sender in (None, e.sender)]
    after = [entry for entry in entries if entry.version > int(cursor)]
    page = after[:size]
    items = [
        {
            "name": name,
            "chatType": kind,
            "messageInfo": {
                "sendTime": datetime.fromtimestamp(entry.version / 1e6, CHINA_TIME).strftime("%Y-%m-%d %H:%M:%S"),
                "sender": entry.sender_name,
                "type": entry.msg_type,
                "content": entry.content,
            },
        }
        for entry in page
    ]
    last = str(page[-1].version) if page else cursor
    answer = {"messageList": items, "total": len(entries), "hasMore": len(after) > len(page), "lastVersion": last}
    return success(answer | {"name": name, "chatType": kind})


def _chat(backend: Backend, actor: str | None, staff_id: str | None, group_id: str | None) -> tuple[Any, str, str]:
    if staff_id:
        now = directory(backend.state).read()
        if staff_id not in now.staff:
            raise ApiError(ErrorCode.USER_NOT_FOUND, f"staffId: user {staff_id} not found")
        return private_key(actor, staff_id), display_name(now, staff_id), PRIVATE
    key, group = group_key(str(group_id)), _groups(backend).group(str(group_id))
    if group is None and not history(backend).entries(key):
        raise ApiError(ErrorCode.NOT_FOUND, f"groupId: group {group_id} not found")
    if group is not None and actor is not APP and actor not in group.members:
        raise ApiError(ErrorCode.NOT_IN_GROUP, "not in group")
    return key, group.settings["name"] if group is not None else str(group_id), GROUP


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/chats/fetch", list_chats, takes_json=True),
    Route("POST", HISTORY_PATH, list_chat_messages, takes_json=True),
)
