"""The sandbox console: `GET /sandbox/console`, a page that shows the sandbox's chats as people see them.

The page (``console.html``, one static file) polls `GET /sandbox/console/view?chat=KEY`, whose answer carries the
chat list and the chosen chat as server-rendered HTML (`_console_render`). What a person does there goes through
the sandbox's own control routes: writing to the bot is `POST /sandbox/messages/to-bot`, clicking an approval
card's button is `POST /sandbox/cards/click`. Served to loopback clients only, under a Content-Security-Policy that
runs no script but the page's own.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from importlib import resources
from typing import Any

from ._card_state import shown_card
from ._console_render import attachment, bubble, card, markdown, text
from ._directory import Roster, directory
from ._replies import FileReply, RawReply, Reply, failure, success
from ._routes_chats import APP_NAME, GROUP, Entry, history
from ._routes_groups import GroupStore
from ._routes_streams import StreamRecords
from ._routing import Backend, Request, Route
from ._state import MessageRecord

PAGE = resources.files(__package__).joinpath("console.html").read_bytes()
_SCRIPT = re.search(rb"<script>(.*)</script>", PAGE, re.DOTALL)
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.group(1) if _SCRIPT else b"").digest()).decode()
_POLICY = (
    f"default-src 'none'; script-src 'sha256-{_SCRIPT_HASH}'; style-src 'unsafe-inline'; img-src 'self'; "
    "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})
"""Uploads the page shows inline; anything else (SVG can carry script) is drawn as a file."""
_LOCAL_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})


@dataclass
class Chat:
    """One conversation: ``person`` is who writes in a private chat with the bot (None: the page's chosen person)."""

    key: str
    title: str
    person: str | None = None
    group_id: str | None = None
    messages: list[tuple[int, str]] = field(default_factory=list)


def _local(request: Request) -> bool:
    """A loopback client that named a loopback host, so a page on another site cannot reach it by DNS rebinding."""
    try:
        peer_is_local = ipaddress.ip_address(request.peer).is_loopback
    except ValueError:
        return False
    return peer_is_local and request.host.rsplit(":", 1)[0] in _LOCAL_NAMES


def _refused() -> RawReply:
    return failure(403, "the sandbox console answers loopback clients only", status=403)


def console_page(backend: Backend, request: Request) -> Reply:
    if not _local(request):
        return _refused()
    headers = {"Content-Security-Policy": _POLICY, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}
    return RawReply(PAGE, "text/html; charset=utf-8", headers=headers)


def console_media(backend: Backend, request: Request) -> Reply:
    if not _local(request):
        return _refused()
    record = backend.state.media_record(request.path_params["media_id"])
    if record is None or record["content_type"] not in IMAGE_TYPES:
        return failure(404, "not found", status=404)
    return FileReply(record["path"], record["content_type"], record["size"])


def console_view(backend: Backend, request: Request) -> Reply:
    if not _local(request):
        return _refused()
    now = directory(backend.state).read()
    found = chats(backend, now)
    chosen = found.get(request.param("chat") or "") or next(iter(found.values()), Chat("", "No chats yet"))
    items = "".join(
        f'<button class="chat{" active" if chat is chosen else ""}" data-chat="{escape(chat.key)}">'
        f"{escape(chat.title)}</button>"
        for chat in found.values()
    )
    people = "".join(f'<option value="{escape(staff)}">{escape(now.name(staff))}</option>' for staff in now.staff)
    return success(
        {
            "chat": chosen.key,
            "title": chosen.title,
            "person": chosen.person,
            "groupId": chosen.group_id,
            "writable": chosen.person is not None or chosen.group_id is not None,
            "chats": items,
            "people": people,
            "messages": "".join(html for _, html in sorted(chosen.messages, key=lambda item: item[0])),
            "via": "webhook" if backend.callbacks.url is not None else "websocket",
        }
    )


def chats(backend: Backend, now: Roster) -> dict[str, Chat]:
    """Every chat: those with messages, the most recently active first, then a private chat with the bot for each
    staff member and every group, so a person can start one."""
    groups = backend.state.domain("groups", GroupStore)
    records = {record["id"]: record for record in backend.state.messages}
    found: dict[str, Chat] = {}

    def chat(kind: str, ident: str | frozenset[str | None]) -> Chat:
        if kind == GROUP:
            group = groups.group(str(ident))
            name = group.settings["name"] if group is not None else str(ident)
            return found.setdefault(f"group:{ident}", Chat(f"group:{ident}", f"# {name}", group_id=str(ident)))
        people = sorted(party for party in ident if party is not None)
        if len(people) == 1 and None in ident:
            return found.setdefault(f"bot:{people[0]}", Chat(f"bot:{people[0]}", now.name(people[0]), people[0]))
        key = "pair:" + ",".join(people)
        return found.setdefault(key, Chat(key, " ↔ ".join(now.name(person) for person in people)))

    for (kind, ident), entries in history(backend).conversations(with_revoked=True).items():
        conversation = chat(kind, ident)
        conversation.messages += [(entry.version, _message(backend, entry, records)) for entry in entries]
    streams = backend.state.domain("streams", StreamRecords)
    for stream in streams.messages:
        group = stream["receiverType"] == "group"
        conversation = (
            chat(GROUP, stream["receiverId"]) if group else chat("private", frozenset({None, stream["receiverId"]}))
        )
        note, kind = ("stream", "stream") if stream["finished"] else ("streaming…", "stream streaming")
        drawn = bubble(APP_NAME, False, text(stream["content"]), note=note, kind=kind)
        conversation.messages.append((streams.created(stream["msgId"]), drawn))
    for staff_id in now.staff:
        chat("private", frozenset({None, staff_id}))
    for group_id in groups.group_ids(None):
        chat(GROUP, group_id)
    return found


def _message(backend: Backend, entry: Entry, records: dict[str, MessageRecord]) -> str:
    record = records.get(entry.message_id)
    content: dict[str, Any] = entry.content
    if entry.msg_type == "text":
        body = text(content.get("text", "")) + "".join(_attachments(backend, content.get("attachments") or []))
    elif entry.msg_type == "formatText":
        body = markdown(str(content.get("text", "")))
    else:
        shown = shown_card(record) if record is not None else content
        updates = record["updates"] if record is not None else []
        body = card(entry.message_id, entry.msg_type, shown if isinstance(shown, dict) else content, updates)
    revoked = record is not None and record["revoked"]
    return bubble(entry.sender_name, entry.sender is not None, body, revoked=revoked)


def _attachments(backend: Backend, attachments: Iterable[Any]) -> Iterable[str]:
    for item in attachments:
        media = backend.state.media_record(str(item.get("mediaId")))
        image = media is not None and media["content_type"] in IMAGE_TYPES
        yield attachment(str(item.get("mediaId")), str(item.get("name", "file")), int(item.get("size", 0)), image)


ROUTES: tuple[Route, ...] = (
    Route("GET", "/sandbox/console", console_page, needs_app_token=False),
    Route("GET", "/sandbox/console/view", console_view, needs_app_token=False),
    Route("GET", "/sandbox/console/media/{media_id}", console_media, needs_app_token=False),
)
