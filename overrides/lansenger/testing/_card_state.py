"""What a dynamic card shows after its updates: the card-state side of /v1/messages/dynamic/update.

An update may change only the fields its ``<msgType>UpdateMsg`` schema lists (an appCard's head status and links,
an approveCard's head status and buttons); the card's body stays as it was sent. ``isLastUpdate: true`` freezes
the card: later updates are refused.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ._replies import invalid
from ._spec import update_payload
from ._state import MessageRecord

_LAST = "isLastUpdate"
_NESTED = {("approveCard", "headStatus"): "head"}
"""Update fields that land inside a part of the sent card rather than at its top (an approveCard's head)."""


def _changeable(msg_type: str) -> frozenset[str]:
    """The fields an update of `msg_type` may carry, as the spec's update schema lists them."""
    return frozenset(update_payload(msg_type).get("properties", {}))


def frozen(record: MessageRecord) -> bool:
    return any(update.get(_LAST) is True for update in record["updates"])


def vet_card_update(record: MessageRecord, msg_type: str, update: Mapping[str, Any]) -> None:
    """Refuse an update that would change the card's body, or one after the card's last update."""
    fixed = sorted(set(update) - _changeable(msg_type))
    if fixed:
        raise invalid(f"msgData.{msg_type}UpdateMsg.{fixed[0]}: the card's body cannot change, only its status")
    if frozen(record):
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
