"""What a dynamic card shows after its updates: the card-state side of /v1/messages/dynamic/update.

An update carries only the fields its ``<msgType>UpdateMsg`` schema lists (the spec check refuses any other): an
appCard's head status and links, an approveCard's head status and buttons; the card's body stays as it was sent.
``isLastUpdate: true`` freezes the card: later updates are refused.
"""

from __future__ import annotations

import copy
from typing import Any

from ._replies import invalid
from ._state import MessageRecord

_LAST = "isLastUpdate"
_NESTED = {("approveCard", "headStatus"): "head"}
"""Update fields that land inside a part of the sent card rather than at its top (an approveCard's head)."""


def vet_card_update(record: MessageRecord) -> None:
    """Refuse an update after the card's last update."""
    if any(update.get(_LAST) is True for update in record["updates"]):
        raise invalid("msgId: card already had its last update")


def shown_card(record: MessageRecord) -> dict[str, Any]:
    """The card as its recipients see it now: the sent card with each update's fields laid over it in order."""
    msg_type = record["body"]["msgType"]
    card: dict[str, Any] = copy.deepcopy(record["body"]["msgData"][msg_type])
    for update in record["updates"]:
        for field, value in update.items():
            if field == _LAST:
                continue
            part = _NESTED.get((msg_type, field))
            target = card.setdefault(part, {}) if part else card
            target[field] = copy.deepcopy(value)
    return card
