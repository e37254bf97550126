"""The callback a card's button carries, and reading it back from a click (kept light: the dispatcher imports it).

The platform echoes a clicked button's ``callbackInfo`` as the ``approve_card_callback`` event's ``eventData``;
ours is ``{"card": <key>, "id": <card id>, "action": <action>}``, names of at most 64 safe characters.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from lansenger_api.errors import InvalidArgumentError

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}")
_MAX_EVENT_DATA = 1024


class CardCallback(NamedTuple):
    """What a click's ``eventData`` says, once it is known to be one of ours."""

    key: str
    card_id: str
    action: str


def checked_name(value: object, what: str) -> str:
    if not isinstance(value, str) or _NAME.fullmatch(value) is None:
        raise InvalidArgumentError(f"{what}: 1-64 letters, digits or . _ : / - (starting with a letter or digit)")
    return value


def callback_info(key: str, card_id: str, action: str) -> str:
    return json.dumps({"card": key, "id": card_id, "action": action}, separators=(",", ":"))


def parse_callback(event_data: object) -> CardCallback | None:
    """The callback a card of ours carries, or None for anything else (another app's, hostile, too long)."""
    if not isinstance(event_data, str) or len(event_data) > _MAX_EVENT_DATA:
        return None
    try:
        found = json.loads(event_data)
    except ValueError:
        return None
    if not isinstance(found, dict) or set(found) != {"card", "id", "action"}:
        return None
    values = (found["card"], found["id"], found["action"])
    if not all(isinstance(value, str) and _NAME.fullmatch(value) for value in values):
        return None
    return CardCallback(*values)
