"""Chats, chat history and urgent reminders, answered from what the sandbox delivered.

Sending routes describe each accepted message with `record_delivery`; `/v1/chats/fetch` and
`/v1/messages/fetch` read it back as the user of ``user_token`` (or the app's bot) sees it, and
`/v1/messages/reminder/create` accepts only recipients of a message that exists and was not revoked.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._chat_history import (
    APP,
    APP_NAME,
    GROUP,
    PRIVATE,
    ChatHistory,
    ConversationKey,
    Entry,
    Sent,
    content_of,
    display_name,
    group_key,
    private_key,
    send_time,
    staff_reached,
)
from ._org_store import Roster, directory
from ._platform_stores import MediaShares
from ._replies import MEDIA_NOT_FOUND, USER_NOT_FOUND, ApiError, Reply, invalid, success
from ._routes_groups import GroupStore
from ._routing import Backend, Request, Route

CHAT_PARAMETER_ERROR = 63002
NOT_IN_GROUP = 30001
DEFAULT_PAGE_SIZE = 100
BROADCAST_PATHS = ("/v1/bot/messages/create", "/v1/messages/create")
GROUP_PATH = "/v1/messages/group/create"
CHAT_PATH = "/v1/messages/chat/create"
ALL_CHATS, PRIVATE_CHATS, GROUP_CHATS = 0, 1, 2


def history(backend: Backend) -> ChatHistory:
    return backend.state.domain(ChatHistory.KEY, ChatHistory)


def _groups(backend: Backend) -> GroupStore:
    return backend.state.domain("groups", GroupStore)


def group_members(backend: Backend, group_id: str) -> frozenset[str]:
    group = _groups(backend).group(group_id)
    return frozenset(group.members) if group is not None else frozenset()


def message_content(backend: Backend, body: Mapping[str, Any]) -> dict[str, Any]:
    """The body as history shows it; each attachment gets a share id that downloads it."""
    shares = backend.state.domain(MediaShares.KEY, MediaShares)

    def attach(media_id: str) -> dict[str, Any]:
        record = backend.state.media_record(media_id)
        described: dict[str, Any] = {"mediaId": media_id, "shareId": shares.share(media_id)}
        if record is not None:
            described |= {"name": record["filename"], "size": record["size"]}
        return described

    msg_data = body.get("msgData")
    return content_of(str(body.get("msgType")), msg_data if isinstance(msg_data, dict) else {}, attach)


def record_delivery(backend: Backend, request: Request, body: Mapping[str, Any], message_id: str) -> None:
    """Put a message accepted by a sending route into its conversations."""
    token = request.param("user_token")
    user = backend.oauth.staff_for(token) if token is not None else None
    msg_type = str(body.get("msgType"))
    content = message_content(backend, body)
    now = directory(backend.state).read()
    if request.path in BROADCAST_PATHS:
        reached = staff_reached(now, body.get("userIdList", []), body.get("departmentIdList", []))
        keys = tuple(private_key(APP, staff_id) for staff_id in reached)
        sent = Sent(message_id, keys, frozenset(reached), APP, APP_NAME, msg_type, content)
    elif request.path == GROUP_PATH:
        group_id = str(body["groupId"])
        sender = user or body.get("senderId") or APP
        members = group_members(backend, group_id)
        sent = Sent(message_id, (group_key(group_id),), members, sender, display_name(now, sender), msg_type, content)
    elif request.path == CHAT_PATH:
        receiver = str(body["receiverId"])
        key = private_key(user, receiver)
        sent = Sent(message_id, (key,), frozenset({receiver}), user, display_name(now, user), msg_type, content)
    else:
        return
    history(backend).record(sent)


def create_message_reminder(backend: Backend, request: Request) -> Reply:
    body = request.json
    message_id = body["msgId"]
    people = body.get("userIdList", [])
    chats = history(backend)
    recipients = chats.recipients(message_id)
    if recipients is None:
        raise ApiError(MEDIA_NOT_FOUND, f"msgId: message {message_id} not found")
    if chats.is_revoked(message_id):
        raise invalid("msgId: the message was revoked")
    strangers = [staff_id for staff_id in people if staff_id not in recipients]
    if strangers:
        raise invalid(f"userIdList: {', '.join(strangers)} did not receive the message")
    chats.add_reminder({"msgId": message_id, "reminderTypes": body["reminderTypes"], "userIdList": people})
    return success({})


def _in_window(version: int, body: Mapping[str, Any]) -> bool:
    start, end = body.get("startTime"), body.get("endTime")
    return (start is None or version >= start) and (end is None or version <= end)


def _sectors(now: Roster, staff_id: str) -> list[str]:
    staff = now.staff.get(staff_id)
    if staff is None:
        return []
    return [now.departments[department]["name"] for department in staff["departments"]]


def list_chats(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    body = request.json
    chat_type = body.get("chatType", ALL_CHATS)
    keyword = (body.get("keyword") or "").lower() if chat_type in (PRIVATE_CHATS, GROUP_CHATS) else ""
    staff_infos: list[dict[str, Any]] = []
    group_infos: list[dict[str, Any]] = []
    now = directory(backend.state).read()
    for (kind, ident), entries in history(backend).conversations().items():
        if not any(_in_window(entry.version, body) for entry in entries):
            continue
        if kind == PRIVATE and chat_type in (ALL_CHATS, PRIVATE_CHATS) and isinstance(ident, frozenset):
            other = _other_party(ident, actor)
            name = display_name(now, other) if other is not None else ""
            if other is not None and keyword in name.lower():
                staff_infos.append({"staffId": other, "staffName": name, "sectorName": _sectors(now, other)})
        elif kind == GROUP and chat_type in (ALL_CHATS, GROUP_CHATS) and isinstance(ident, str):
            group = _groups(backend).group(ident)
            name = group.settings["name"] if group is not None else ident
            visible = actor is APP or (group is not None and actor in group.members)
            if visible and keyword in name.lower():
                group_infos.append({"groupId": ident, "groupName": name})
    return success({"staffIdInfos": staff_infos, "groupIdInfos": group_infos})


def _other_party(parties: frozenset[str | None], actor: str | None) -> str | None:
    """The staff member a private chat is with, as ``actor`` sees it; ``None`` when not actor's chat or with the bot."""
    if actor not in parties:
        return None
    others = [party for party in parties if party != actor]
    return others[0] if others else actor


def list_chat_messages(backend: Backend, request: Request) -> Reply:
    actor = backend.acting_staff(request)
    body = request.json
    staff_id, group_id = body.get("staffId"), body.get("groupId")
    if bool(staff_id) == bool(group_id):
        raise ApiError(CHAT_PARAMETER_ERROR, "parameter error: give exactly one of staffId and groupId")
    cursor = request.param("base_version") or "0"
    if not cursor.isdigit():
        raise ApiError(CHAT_PARAMETER_ERROR, "parameter error: base_version must be a version from lastVersion")
    size = int(request.param("page_size") or DEFAULT_PAGE_SIZE)
    key, name, kind = _chat(backend, actor, staff_id, group_id)
    sender = body.get("senderId")
    entries = [
        entry
        for entry in history(backend).entries(key)
        if _in_window(entry.version, body) and (sender is None or entry.sender == sender)
    ]
    after = [entry for entry in entries if entry.version > int(cursor)]
    page = after[:size]
    return success(
        {
            "messageList": [_item(entry, name, kind) for entry in page],
            "total": len(entries),
            "hasMore": len(after) > len(page),
            "lastVersion": str(page[-1].version) if page else cursor,
            "name": name,
            "chatType": kind,
        }
    )


def _chat(
    backend: Backend, actor: str | None, staff_id: str | None, group_id: str | None
) -> tuple[ConversationKey, str, str]:
    if staff_id:
        now = directory(backend.state).read()
        if staff_id not in now.staff:
            raise ApiError(USER_NOT_FOUND, f"staffId: user {staff_id} not found")
        return private_key(actor, staff_id), display_name(now, staff_id), PRIVATE
    assert group_id is not None
    key = group_key(group_id)
    group = _groups(backend).group(group_id)
    if group is None and not history(backend).entries(key):
        raise ApiError(MEDIA_NOT_FOUND, f"groupId: group {group_id} not found")
    if group is not None and actor is not APP and actor not in group.members:
        raise ApiError(NOT_IN_GROUP, "not in group")
    return key, group.settings["name"] if group is not None else group_id, GROUP


def _item(entry: Entry, name: str, kind: str) -> dict[str, Any]:
    info = {"sendTime": send_time(entry.version), "sender": entry.sender_name, "type": entry.msg_type}
    return {"name": name, "chatType": kind, "messageInfo": {**info, "content": entry.content}}


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/messages/reminder/create", create_message_reminder, takes_json=True),
    Route("POST", "/v1/chats/fetch", list_chats, takes_json=True),
    Route("POST", "/v1/messages/fetch", list_chat_messages, takes_json=True),
)
