"""Sandbox-only control routes (no app token; under `/sandbox/`, never a gateway path): act as the platform's users.

`POST /sandbox/callbacks {"url"}` registers the receiver of the encrypted, signed callbacks;
`POST /sandbox/messages/to-bot {"from", "text", "groupId"?, "via"?}` delivers a `bot_private_message` (or
`bot_group_message`) callback and answers with the receiver's reply (``"via": "websocket"``: pushes it as a
WebSocket frame instead), and puts the message into its chat's history; `POST /sandbox/events {"eventType", "data"}`
publishes any event, delivered like those the sandbox publishes itself after directory and schedule changes.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

from ._directory import ORG_ID, directory
from ._replies import Reply, invalid, success
from ._routes_cards import push_frame
from ._routes_chats import group_key, history, private_key
from ._routes_groups import APP
from ._routing import Backend, Request, Route


def register_callbacks(backend: Backend, request: Request) -> Reply:
    url = request.json.get("url") if isinstance(request.json, dict) else None
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise invalid("url: an http(s) URL is required")
    backend.callbacks.url = url
    return success({"url": url})


def message_to_bot(backend: Backend, request: Request) -> Reply:
    body = request.json if isinstance(request.json, dict) else {}
    sender, text, group_id = body.get("from"), body.get("text"), body.get("groupId")
    person = directory(backend.state).read().staff.get(sender) if isinstance(sender, str) else None
    if person is None:
        raise invalid("from: a staff id of the sandbox directory is required")
    if not isinstance(text, str) or not text:
        raise invalid("text: required")
    data: dict[str, Any] = {
        "from": sender,
        "fromName": person["name"],
        "entryId": f"{backend.app_id}-entry",
        "msgType": "text",
        "msgData": {"text": {"content": text}},
        "msgId": f"in-{secrets.token_hex(8)}",
        "osType": "Mac Pc",
    }
    if isinstance(group_id, str) and group_id:
        data |= {"groupId": group_id, "botId": backend.app_id, "reminder": {"isAtMe": True, "isAtAll": False}}
    event = {
        "id": f"{ORG_ID}-{time.time_ns()}",
        "eventType": "bot_group_message" if "groupId" in data else "bot_private_message",
        "data": data,
    }
    key = group_key(data["groupId"]) if "groupId" in data else private_key(APP, sender)
    history(backend).record([key], data["msgId"], sender, person["name"], ("text", {"text": text, "attachments": []}))
    if body.get("via") == "websocket":
        push_frame(backend, {"events": [{"id": event["id"], "type": event["eventType"], "data": data}]})
        return success({"msgId": data["msgId"]})
    status, reply = backend.callbacks.deliver([event])
    return success({"status": status, "reply": reply, "msgId": data["msgId"]})


def publish_event(backend: Backend, request: Request) -> Reply:
    body = request.json if isinstance(request.json, dict) else {}
    event_type, data = body.get("eventType"), body.get("data", {})
    if not isinstance(event_type, str) or not event_type:
        raise invalid("eventType: required")
    if not isinstance(data, dict):
        raise invalid("data: an object is required")
    event = backend.callbacks.publish(event_type, data)
    return success({"id": event["id"], "delivered": backend.callbacks.url is not None})


ROUTES: tuple[Route, ...] = (
    Route("POST", "/sandbox/callbacks", register_callbacks, takes_json=True, needs_app_token=False),
    Route("POST", "/sandbox/messages/to-bot", message_to_bot, takes_json=True, needs_app_token=False),
    Route("POST", "/sandbox/events", publish_event, takes_json=True, needs_app_token=False),
)
