"""Inbound events as they arrive by webhook or WebSocket, normalised to one shape.

The platform spells the same fields several ways (`eventType` or `type`, `id` or `eventId`, ids per event
or per payload); `CallbackEvent` hides that. Unknown event types are kept whole, never dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lansenger_api.events import (
    CallbackEvent as CallbackEvent,
)  # the event and its payload types are rendered from the spec


def _text(value: object) -> str | None:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def either_text(raw: Mapping[str, Any], name: str, alias: str) -> str | None:
    """`_text` of `raw[name]`, else of `raw[alias]`. This runs six times per callback, so the usual cases (a
    plain non-empty string, or nothing under either name) return without a further call."""
    value = raw.get(name)
    if type(value) is str:
        if value:
            return value
        value = None
    if value is None:
        value = raw.get(alias)
        if value is None or type(value) is str:
            return value or None
        return _text(value)
    return _text(value) or _text(raw.get(alias))


def normalise_event(raw: Mapping[str, Any], *, app_id: str | None = None, org_id: str | None = None) -> CallbackEvent:
    """One event object → `CallbackEvent`; per-event appId/orgId win over the payload's.

    Raises ValueError when the object names no event type.
    """
    event_type = either_text(raw, "eventType", "type")
    if event_type is None:
        raise ValueError("event without eventType/type")
    data = raw.get("data")
    if not isinstance(data, dict) or not data:
        data = {key: value for key, value in raw.items() if key not in ("eventType", "type", "id", "eventId")}
    return CallbackEvent(
        type=event_type,
        data=data,
        id=either_text(raw, "id", "eventId"),
        app_id=either_text(raw, "appId", "app_id") or app_id,
        org_id=either_text(raw, "orgId", "org_id") or org_id,
        raw=raw if isinstance(raw, dict) else dict(raw),
    )


def normalise_events(events: object, *, app_id: str | None = None, org_id: str | None = None) -> list[CallbackEvent]:
    """`events` as an array or as a single object; raises ValueError when it is neither or an item is not an event."""
    if isinstance(events, dict):
        events = [events]
    if not isinstance(events, list):
        raise ValueError("events is neither an array nor an object")
    found = []
    for item in events:
        if not isinstance(item, dict):
            raise ValueError("an event is not an object")
        found.append(normalise_event(item, app_id=app_id, org_id=org_id))
    return found
