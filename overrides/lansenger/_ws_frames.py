"""What arrives on a personal bot's WebSocket, turned into `CallbackEvent`s, and the memory that drops repeats.

Frames are plain JSON (binary frames are UTF-8 text): ``{"events": [{"type", "data"}, ...]}``, or one event at the
top level, which is how ``approve_card_callback`` arrives.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from ._callback_events import CallbackEvent, normalise_event


class MalformedFrame(ValueError):
    """A frame that holds no events; the message says why without quoting the frame (it may carry chat text)."""


@dataclass
class FrameEvents:
    """The events of one frame, and how many of its items were not events (skipped)."""

    events: list[CallbackEvent] = field(default_factory=list)
    skipped: int = 0


def _text(value: object) -> str | None:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def parse_frame(frame: str | bytes, *, app_id: str | None = None) -> FrameEvents:
    """One frame → its events; raises MalformedFrame when the frame is not JSON or carries no event at all.

    Frame-level ``appId``/``orgId`` apply to its events unless an event names its own.
    """
    if isinstance(frame, bytes):
        try:
            frame = frame.decode("utf-8")
        except UnicodeDecodeError:
            raise MalformedFrame("binary frame is not UTF-8") from None
    try:
        document = json.loads(frame)
    except ValueError:
        raise MalformedFrame("not JSON") from None
    if not isinstance(document, dict):
        raise MalformedFrame("not a JSON object")
    app_id = _text(document.get("appId")) or app_id
    org_id = _text(document.get("orgId"))
    if "events" in document:
        items = document["events"]
        if isinstance(items, dict):
            items = [items]
        if not isinstance(items, list):
            raise MalformedFrame("events is neither an array nor an object")
    elif "type" in document or "eventType" in document:
        items = [document]
    else:
        raise MalformedFrame("neither events nor an event type")
    found = FrameEvents()
    for item in items:
        try:
            if not isinstance(item, dict):
                raise ValueError("not an object")
            found.events.append(normalise_event(item, app_id=app_id, org_id=org_id))
        except ValueError:
            found.skipped += 1
    if items and not found.events:
        raise MalformedFrame("no item is an event")
    return found


def dedupe_key(event: CallbackEvent) -> tuple[str, str] | None:
    """``(type, data.msgId)``, else ``(type, event id)``; None when the event carries neither and cannot repeat-check.

    The type is part of the key so that a different event about the same message (a revoke, a read receipt) is
    never mistaken for a repeat.
    """
    identity = _text(event.data.get("msgId")) or event.id
    return (event.type, identity) if identity else None


class RecentKeys:
    """The last `size` keys seen, oldest forgotten first; `size` 0 remembers nothing."""

    def __init__(self, size: int) -> None:
        if size < 0:
            raise ValueError("size must not be negative")
        self._size = size
        self._keys: OrderedDict[Any, None] = OrderedDict()

    def check_and_add(self, key: object) -> bool:
        """True when `key` was seen recently (and refreshes it); otherwise remembers it and returns False."""
        if key in self._keys:
            self._keys.move_to_end(key)
            return True
        if self._size:
            self._keys[key] = None
            if len(self._keys) > self._size:
                self._keys.popitem(last=False)
        return False

    def __len__(self) -> int:
        return len(self._keys)
