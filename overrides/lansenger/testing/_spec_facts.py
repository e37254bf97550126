"""Platform facts the handlers need, read from the OpenAPI document bundled with ``lansenger_api``.

The spec states them once (payload schemas per message type, response fields, paging defaults); handlers ask
here instead of restating them, so a spec change reaches the sandbox with the next generation.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

from lansenger_api.validation import resolve


@functools.cache
def _document() -> Mapping[str, Any]:
    text = resources.files("lansenger_api").joinpath("openapi.json").read_text(encoding="utf-8")
    document: Mapping[str, Any] = json.loads(text)
    return document


@functools.cache
def schema(name: str) -> Mapping[str, Any]:
    """A component schema of the spec by name."""
    found: Mapping[str, Any] = _document()["components"]["schemas"][name]
    return found


def schema_properties(name: str) -> frozenset[str]:
    """The property names a component schema declares."""
    return frozenset(schema(name).get("properties", {}))


def message_payload(msg_type: str) -> Mapping[str, Any]:
    """The schema of a message type's payload, as the spec's ``MsgData`` gives it (empty when unknown)."""
    return resolve(_document(), schema("MsgData")["properties"].get(msg_type, {}))


@functools.cache
def query_default(method: str, template: str, name: str) -> Any:
    """The ``default`` the spec gives a query parameter of one operation; ``None`` when it gives none."""
    for parameter in _document()["paths"][template][method.lower()].get("parameters", ()):
        found = resolve(_document(), parameter)
        if found.get("in") == "query" and found.get("name") == name:
            return resolve(_document(), found.get("schema", {})).get("default")
    return None
