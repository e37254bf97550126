"""Light state by declaration: the records behind operations marked `x-lansenger-resource` in the spec.

    x-lansenger-resource:
      name: notice          # one collection per name, shared by the operations that name it
      role: create          # create | fetch | list | update | delete
      id: noticeId          # create: the answer's field that receives the new id (kept from the body when the
                            # caller names it there); others: the path parameter, query parameter or body field
                            # holding the id
      items: notices        # list only, optional: the answer's array the records fill (default: the
                            # pagination `items`, else the data itself when it is an array)
      missing: NOT_FOUND    # optional: the x-lansenger-errors name answered for an unknown id (NOT_FOUND)
    x-lansenger-emits: notice_created   # optional: the x-lansenger-events type pushed after the change

A record is the request's JSON body (or its query) plus the id. Answers are synthesized from the spec and then
overlaid with the record's fields of the same name, wherever the record's value fits the answer's schema.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lansenger_api.validation import RuleViolation, check, merged, rule_tree

from ._replies import ApiError, invalid
from ._routing import Request
from ._spec import SpecOperation

ROLES = ("create", "fetch", "list", "update", "delete")


@dataclass(frozen=True)
class ResourceHint:
    """An operation's `x-lansenger-resource`, checked when the sandbox reads the spec."""

    name: str
    role: str
    id: str
    items: str | None
    missing: int

    @classmethod
    def of(cls, operation: SpecOperation) -> ResourceHint | None:
        declared = operation.extension("resource")
        if declared is None:
            return None
        if declared.get("role") not in ROLES or not declared.get("name") or not declared.get("id"):
            raise ValueError(f"{operation.operation_id}: x-lansenger-resource needs name, id and a role of {ROLES}")
        codes = {entry["name"]: int(entry["code"]) for entry in operation.document["x-lansenger-errors"]["codes"]}
        missing = declared.get("missing", "NOT_FOUND")
        if missing not in codes:
            raise ValueError(f"{operation.operation_id}: x-lansenger-resource missing {missing!r} is no error name")
        return cls(declared["name"], declared["role"], declared["id"], declared.get("items"), codes[missing])


class ResourceStore:
    """Records by collection name and id, in creation order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[str, dict[str, dict[str, Any]]] = {}

    def create(self, hint: ResourceHint, fields: Mapping[str, Any]) -> dict[str, Any]:
        given = fields.get(hint.id)
        new_id = given if isinstance(given, str) and given else f"{hint.name}-{secrets.token_hex(6)}"
        record = {**fields, hint.id: new_id}
        with self._lock:
            self._records.setdefault(hint.name, {})[str(record[hint.id])] = record
        return record

    def fetch(self, hint: ResourceHint, record_id: str) -> dict[str, Any]:
        with self._lock:
            return dict(self._known(hint, record_id))

    def update(self, hint: ResourceHint, record_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        with self._lock:
            record = self._known(hint, record_id)
            record.update({key: value for key, value in fields.items() if key != hint.id})
            return dict(record)

    def delete(self, hint: ResourceHint, record_id: str) -> dict[str, Any]:
        with self._lock:
            record = self._known(hint, record_id)
            del self._records[hint.name][record_id]
            return record

    def all(self, hint: ResourceHint) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(record) for record in self._records.get(hint.name, {}).values()]

    def _known(self, hint: ResourceHint, record_id: str) -> dict[str, Any]:
        record = self._records.get(hint.name, {}).get(record_id)
        if record is None:
            raise ApiError(hint.missing, f"{hint.name} not found: {record_id}")
        return record


def request_fields(request: Request) -> dict[str, Any]:
    """What a record keeps of a request: its JSON body, or else its query (tokens left out)."""
    if isinstance(request.json, dict):
        return dict(request.json)
    return {key: values[-1] for key, values in request.query.items() if values and not key.endswith("_token")}


def record_id(hint: ResourceHint, request: Request) -> str:
    """The id a fetch, update or delete names, from the path, the query or the body."""
    found = request.path_params.get(hint.id) or request.param(hint.id)
    if found is None and isinstance(request.json, dict):
        found = request.json.get(hint.id)
    if found is None or found == "":
        raise invalid(f"{hint.id} is required")
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
