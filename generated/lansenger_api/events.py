# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Typed `data` of inbound callback and WebSocket events, by event type.

Unknown event types are not an error: the platform adds types before the spec lists them, so their data is
returned as it came.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

EVENT_MODELS: Mapping[str, Callable[[Mapping[str, Any]], Any]] = {}
"""Every event type the spec describes, with the parser of its data."""


def parse_event_data(event_type: str, data: Mapping[str, Any]) -> Any:
    """The typed model of an event's data, or `data` unchanged for a type the spec does not know.

    Data that does not fit its model (a field of an unexpected type) is also returned unchanged rather than
    lost: an event is never dropped for being malformed.
    """
    parse = EVENT_MODELS.get(event_type)
    if parse is None:
        return data
    try:
        return parse(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return data


__all__ = ["EVENT_MODELS", "parse_event_data"]
