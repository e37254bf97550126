"""Schema-valid values made up from the spec, for answers no hand-written route gives: a schema's `example` (or
first `examples`) as it is, else a value keeping its type, enum, format, length and range limits and required
fields, from a seed, so the same request gets the same answer.
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
from collections.abc import Mapping
from typing import Any

from lansenger_api.validation import merged

_MAX_DEPTH = 6
# Query parameters that carry a credential or change with every call, left out of the seed.
_UNSEEDED = frozenset({"app_token", "user_token"})


def request_seed(operation_id: str, query: Mapping[str, list[str]], body: object) -> int:
    """A seed from the operation and the canonical request: the same request, the same answer."""
    canonical = json.dumps(
        [operation_id, sorted((k, v) for k, v in query.items() if k not in _UNSEEDED), body],
        sort_keys=True,
        default=str,
        ensure_ascii=False,
    )
    return int.from_bytes(hashlib.sha256(canonical.encode("utf-8")).digest()[:8], "big")


class Synthesizer:
    """Makes up values for schemas of one document."""

    def __init__(self, document: Mapping[str, Any], seed: int) -> None:
        self._document = document
        self._random = random.Random(seed)

    def value(self, schema: Mapping[str, Any], name: str = "value") -> Any:
        return self._value(schema, name, 0, frozenset())

    def _value(self, schema: Mapping[str, Any], name: str, depth: int, seen: frozenset[str]) -> Any:
        ref = schema.get("$ref")
        seen = seen | {ref} if ref else seen
        schema = merged(self._document, schema)
        if "example" in schema:
            return copy.deepcopy(schema["example"])
        if schema.get("examples"):
            return copy.deepcopy(schema["examples"][0])
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return self._random.choice(schema["enum"])
        declared = schema.get("type", "object" if "properties" in schema else "string")
        kind = declared if isinstance(declared, str) else next(t for t in declared if t != "null")
        if kind == "object":
            return self._object(schema, depth, seen)
        if kind == "array":
            return self._array(schema, name, depth, seen)
        if kind == "integer":
            return self._integer(schema)
        if kind == "number":
            return self._integer(schema) + self._random.choice((0.0, 0.25, 0.5))
        if kind == "boolean":
            return self._random.random() < 0.5
        return self._text(schema, name)

    def _object(self, schema: Mapping[str, Any], depth: int, seen: frozenset[str]) -> dict[str, Any]:
        required = set(schema.get("required", ()))
        made: dict[str, Any] = {}
        for key, prop in schema.get("properties", {}).items():
            recursive = prop.get("$ref") in seen or prop.get("items", {}).get("$ref") in seen
            if key in required or (depth < _MAX_DEPTH and not recursive):
                made[key] = self._value(prop, key, depth + 1, seen)
        span = schema.get("x-lansenger-max-span")
        if span is not None and isinstance(made.get(span["start"]), int) and span["end"] in made:
            made[span["end"]] = made[span["start"]] + self._random.randint(0, span["max"])
        return made

    def _array(self, schema: Mapping[str, Any], name: str, depth: int, seen: frozenset[str]) -> list[Any]:
        items = schema.get("items", {})
        low = schema.get("minItems", 0)
        count = max(low, 0 if depth >= _MAX_DEPTH or items.get("$ref") in seen else 1)
        count = min(count, schema.get("maxItems", count))
        return [self._value(items, name, depth + 1, seen) for _ in range(count)]

    def _integer(self, schema: Mapping[str, Any]) -> int:
        low = int(schema.get("minimum", 1))
        high = int(schema.get("maximum", max(low, 1) + 999))
        return self._random.randint(low, max(low, high))

    def _text(self, schema: Mapping[str, Any], name: str) -> str:
        text = f"{name}-{self._random.getrandbits(32):08x}"
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        text = text.ljust(low, "x")
        return text if high is None else text[:high]
