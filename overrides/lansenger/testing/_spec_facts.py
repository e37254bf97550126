"""Platform facts the handlers need, read from the OpenAPI document bundled with ``lansenger_api``.

The spec states them once (payload schemas per message type, paging defaults); handlers ask here instead of
restating them, so a spec change reaches the sandbox with the next generation.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any


@functools.cache
def _document() -> Mapping[str, Any]:
    loaded: Mapping[str, Any] = json.loads(
        resources.files("lansenger_api").joinpath("openapi.json").read_text(encoding="utf-8")
    )
    return loaded


def _resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    reference = node.get("$ref")
    if not isinstance(reference, str):
        return node
    found: Mapping[str, Any] = _document()
    for part in reference.removeprefix("#/").split("/"):
        found = found[part]
    return _resolve(found)


@functools.cache
def message_payloads() -> Mapping[str, tuple[str, Mapping[str, Any]]]:
    """``msgType`` -> the name and schema of its payload, as the spec's ``MsgData`` gives them."""
    found = {}
    for key, value in _document()["components"]["schemas"]["MsgData"]["properties"].items():
        reference = value.get("$ref") or value.get("items", {}).get("$ref")
        if reference:
            found[key] = (reference.rsplit("/", 1)[-1], _resolve({"$ref": reference}))
    return found


@functools.cache
def query_default(method: str, template: str, name: str) -> Any:
    """The ``default`` the spec gives a query parameter of one operation; ``None`` when it gives none."""
    operation = _document()["paths"][template][method.lower()]
    for parameter in map(_resolve, operation.get("parameters", ())):
        if parameter.get("in") == "query" and parameter.get("name") == name:
            return _resolve(parameter.get("schema", {})).get("default")
    return None


@functools.cache
def schema_properties(name: str) -> frozenset[str]:
    """The property names a component schema of the spec declares."""
    return frozenset(_document()["components"]["schemas"][name].get("properties", {}))
