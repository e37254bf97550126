"""A person clicks a button of an approval card: `POST /sandbox/cards/click {"msgId", "staffId", "button"?, "via"?}`.

The sandbox produces the platform's ``approve_card_callback`` event, ``{eventData: <the button's callbackInfo>,
staffId}``, and delivers it to the registered callback URL (encrypted and signed, answered with the receiver's
reply; the default) or, with ``"via": "websocket"``, as the top-level frame the platform's WebSocket sends. The
card's buttons are those of its last update that set them, so a card updated in place is clicked as it now is.
The references document the event on the WebSocket only; delivering it to the webhook too is the sandbox's
choice, so that webhook apps are tested the same way.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any

from ._directory import ORG_ID, directory
from ._replies import Reply, invalid, success
from ._routing import Backend, Request, Route
from ._state import MessageRecord, SandboxState

EVENT_TYPE = "approve_card_callback"


class CardClicks:
    """`push_frame` reaches the sandbox's WebSocket clients; the running Sandbox sets it."""

    def __init__(self) -> None:
        self.push_frame: Callable[[Mapping[str, Any]], None] | None = None


def card_clicks(state: SandboxState) -> CardClicks:
    return state.domain("card-clicks", CardClicks)


def current_buttons(record: MessageRecord) -> list[Any]:
    """The approval card's buttons as they are now: the last update that set them wins."""
    buttons = record["body"]["msgData"]["approveCard"].get("buttons", [])
    for update in record["updates"]:
        if "buttons" in update:
            buttons = update["buttons"]
    return buttons if isinstance(buttons, list) else []


def click_data(backend: Backend, message_id: object, staff_id: object, button: object) -> dict[str, Any]:
    """The event's data for this click, refused as the client would not let it happen."""
    record = next((found for found in backend.state.messages if found["id"] == message_id), None)
    if record is None or record["revoked"] or record["body"].get("msgType") != "approveCard":
        raise invalid("msgId: no approval card with this id")
    if not isinstance(staff_id, str) or staff_id not in directory(backend.state).read().staff:
        raise invalid("staffId: a staff id of the sandbox directory is required")
    buttons = current_buttons(record)
    if not isinstance(button, int) or isinstance(button, bool) or not 0 <= button < len(buttons):
        raise invalid(f"button: the card has {len(buttons)} button(s) now")
    chosen = buttons[button] if isinstance(buttons[button], dict) else {}
    scope = chosen.get("permissionScope") or {}
    permitted, prohibited = scope.get("permittedStaffs") or [], scope.get("prohibitedStaffs") or []
    if staff_id in prohibited or (permitted and staff_id not in permitted):
        raise invalid("staffId: this person may not click the button")
    info = chosen.get("callbackInfo")
    if info is None:
        raise invalid("button: it carries no callbackInfo, so clicking it calls nothing back")
    event_data = info if isinstance(info, str) else json.dumps(info, ensure_ascii=False, separators=(",", ":"))
    return {"eventData": event_data, "staffId": staff_id}


def click_card(backend: Backend, request: Request) -> Reply:
    body = request.json if isinstance(request.json, dict) else {}
    data = click_data(backend, body.get("msgId"), body.get("staffId"), body.get("button", 0))
    via = body.get("via", "webhook")
    if via == "websocket":
        push = card_clicks(backend.state).push_frame
        if push is None:
            raise invalid("via: the sandbox's WebSocket is not running")
        push({"type": EVENT_TYPE, "data": data})
        return success({"event": data})
    if via != "webhook":
        raise invalid("via: webhook or websocket")
    event = {"id": f"{ORG_ID}-{time.time_ns()}", "eventType": EVENT_TYPE, "data": data}
    status, reply = backend.callbacks.deliver([event])
    return success({"event": data, "status": status, "reply": reply})


ROUTES: tuple[Route, ...] = (Route("POST", "/sandbox/cards/click", click_card, takes_json=True, needs_app_token=False),)
