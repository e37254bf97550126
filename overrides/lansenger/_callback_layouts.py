"""The three plaintext layouts a decrypted callback can have, read into one `CallbackPayload`.

- JSON: `{"random", "length"|"len", "appId"|"app_id", "orgId"|"org_id", "events"}` (what the docs' real
  samples decrypt to);
- ids first: 16 random bytes, a big-endian uint32 N, orgId+appId, then N bytes of events JSON;
- events first: 16 random bytes, N, N bytes of events JSON, then orgId+appId.

orgId and appId travel with no separator in the binary layouts, so they are split with the app id when it is
known (else the whole run is the orgId, as the platform's SDKs do).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from ._callback_events import CallbackEvent, either_text, normalise_events

Layout = Literal["json", "ids-first", "events-first"]
_PREFIX = 16
_HEADER = 20


class LayoutError(ValueError):
    """The plaintext is in none of the known layouts."""


@dataclass(frozen=True)
class CallbackPayload:
    """A decrypted callback: its events, and the app and org it was sent for."""

    events: list[CallbackEvent]
    app_id: str | None = None
    org_id: str | None = None
    layout: Layout = "json"
    extra: dict[str, Any] = field(default_factory=dict, repr=False)


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _split_ids(run: bytes, known_app_id: str | None) -> tuple[str | None, str | None]:
    try:
        text = run.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LayoutError("ids are not UTF-8") from error
    if not text:
        return None, None
    if known_app_id:
        if text.endswith(known_app_id):
            return text[: -len(known_app_id)] or None, known_app_id
        found = text.find(known_app_id)
        if found >= 0:
            return text[:found] or None, known_app_id
    return text, None


def parse_plaintext(plain: bytes, known_app_id: str | None = None) -> CallbackPayload:
    """Read any of the three layouts; raises LayoutError (or ValueError for bad events) otherwise."""
    document = _json(plain) if plain[:1].isspace() or plain[:1] == b"{" else None
    if isinstance(document, dict) and "events" in document:
        app_id = either_text(document, "appId", "app_id")
        org_id = either_text(document, "orgId", "org_id")
        events = normalise_events(document["events"], app_id=app_id, org_id=org_id)
        extra = {k: v for k, v in document.items() if k not in ("events", "appId", "app_id", "orgId", "org_id")}
        return CallbackPayload(events, app_id, org_id, "json", extra)
    if len(plain) < _HEADER:
        raise LayoutError("too short for a binary layout")
    size = int.from_bytes(plain[_PREFIX:_HEADER], "big")
    if size == 0 or _HEADER + size > len(plain):
        raise LayoutError("events length out of range")
    events_first = _json(plain[_HEADER : _HEADER + size])
    if isinstance(events_first, (list, dict)):
        org_id, app_id = _split_ids(plain[_HEADER + size :], known_app_id)
        return CallbackPayload(
            normalise_events(events_first, app_id=app_id, org_id=org_id), app_id, org_id, "events-first"
        )
    ids_first = _json(plain[len(plain) - size :])
    if isinstance(ids_first, (list, dict)):
        org_id, app_id = _split_ids(plain[_HEADER : len(plain) - size], known_app_id)
        events = normalise_events(ids_first, app_id=app_id, org_id=org_id)
        return CallbackPayload(events, app_id, org_id, "ids-first")
    raise LayoutError("no events JSON where a binary layout puts it")
