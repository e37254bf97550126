"""Light state by declaration: the records behind operations marked `x-lansenger-resource` in the spec.

The format is documented at the top of spec/openapi.yaml. A record is the request's JSON body (or its query)
plus its id, kept under the declared id field and under `id`. Answers are synthesized from the spec and then
overlaid with the record's fields of the same name, wherever the record's value fits the answer's schema.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lansenger_api.errors import ErrorCode
from lansenger_api.validation import RuleViolation, check, merged, rule_tree

from ._replies import ApiError, invalid
from ._routing import Request
from ._spec import SpecOperation


@dataclass(frozen=True)
class ResourceHint:
    """An operation's `x-lansenger-resource`, checked when the sandbox reads the spec."""

    name: str
    role: str
    id: str | None
    parent: ResourceHint | None
    items: str | None
    missing: int

    @classmethod
    def of(cls, operation: SpecOperation) -> ResourceHint | None:
        """Read a declaration codegen has checked (codegen/derive.py `sandbox_hints`)."""
        declared = operation.extension("resource")
        if declared is None:
            return None
        missing, parent = ErrorCode[declared.get("missing", "NOT_FOUND")], declared.get("parent")
        parent_hint = cls(parent["name"], "fetch", parent["id"], None, None, missing) if parent else None
        return cls(declared["name"], declared["role"], declared.get("id"), parent_hint, declared.get("items"), missing)


class ResourceStore:
    """Records by collection, then by (parent id, id), in creation order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}

    def create(self, hint: ResourceHint, fields: Mapping[str, Any], parent: str) -> list[dict[str, Any]]:
        """One record, or one per element when the id field holds a list of ids; an id the caller gives is kept."""
        given = fields.get(hint.id) if hint.id else None
        ids = given if isinstance(given, list) else [given]
        made = []
        with self._lock:
            collection = self._records.setdefault(hint.name, {})
            for each in ids:
                new_id = str(each) if each not in (None, "") else f"{hint.name}-{secrets.token_hex(6)}"
                record = {**fields, **({hint.id: new_id} if hint.id else {}), "id": new_id}
                collection[parent, new_id] = record
                made.append(dict(record))
        return made

    def holds(self, name: str, record_id: str) -> bool:
        with self._lock:
            return any(key[1] == record_id for key in self._records.get(name, {}))

    def fetch(self, hint: ResourceHint, record_id: str, parent: str | None) -> dict[str, Any]:
        with self._lock:
            return dict(self._matching(hint, record_id, parent)[0][1])

    def update(
        self, hint: ResourceHint, record_id: str, parent: str | None, fields: Mapping[str, Any]
    ) -> dict[str, Any]:
        with self._lock:
            for _, record in self._matching(hint, record_id, parent):
                record.update({key: value for key, value in fields.items() if key not in (hint.id, "id")})
            return dict(self._matching(hint, record_id, parent)[0][1])

    def delete(self, hint: ResourceHint, record_id: str, parent: str | None) -> dict[str, Any]:
        """Without a parent, the id is taken out of every parent that holds it."""
        with self._lock:
            matching = self._matching(hint, record_id, parent)
            for key, _ in matching:
                del self._records[hint.name][key]
            return matching[0][1]

    def all(self, hint: ResourceHint, parent: str | None) -> list[dict[str, Any]]:
        with self._lock:
            collection = self._records.get(hint.name, {})
            return [dict(record) for key, record in collection.items() if parent is None or key[0] == parent]

    def _matching(
        self, hint: ResourceHint, record_id: str, parent: str | None
    ) -> list[tuple[tuple[str, str], dict[str, Any]]]:
        collection = self._records.get(hint.name, {})
        found = [
            (key, record) for key, record in collection.items() if key[1] == record_id and parent in (None, key[0])
        ]
        if not found:
            raise ApiError(hint.missing, f"{hint.name} not found: {record_id}")
        return found


def request_fields(request: Request) -> dict[str, Any]:
    """What a record keeps of a request: its JSON body, or else its query (tokens left out)."""
    if isinstance(request.json, dict):
        return dict(request.json)
    return {key: values[-1] for key, values in request.query.items() if values and not key.endswith("_token")}


def named_id(field: str, request: Request) -> str:
    """The id a request names in `field`: a path parameter, a query parameter or a body field."""
    found = request.path_params.get(field) or request.param(field)
    if found is None and isinstance(request.json, dict):
        found = request.json.get(field)
    if found is None or found == "":
        raise invalid(f"{field} is required")
    return str(found)


def overlay(document: Mapping[str, Any], schema: Mapping[str, Any], made: Any, record: Mapping[str, Any]) -> Any:
    """`made` (synthesized for `schema`) with the record's fields of the same name where they fit the schema."""
    if not isinstance(made, dict):
        return made
    properties = merged(document, schema).get("properties", {})
    for key, prop in properties.items():
        if key not in record:
            continue
        try:
            check(record[key], rule_tree(document, prop, full=True) or {}, python_names=False)
        except RuleViolation:
            continue
        made[key] = record[key]
    return made
