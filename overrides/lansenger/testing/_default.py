"""The answer of every spec operation no hand-written route serves, made from the spec alone.

The request has been checked; the answer is the 200 response's schema (the envelope's `data`, or the bare JSON)
filled from examples or synthesized values seeded by the request. `x-lansenger-emits` pushes the platform's event
after the change. `x-lansenger-resource` operations keep light state (the format is documented at the top of
spec/openapi.yaml): a record is the request's JSON body (or query) plus its id, under the declared id field and
`id`; answers take the record's fields of the same name wherever they fit the answer's schema.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lansenger_api.errors import ErrorCode
from lansenger_api.validation import RuleViolation, check, merged, rule_tree

from ._replies import ApiError, RawReply, Reply, invalid, json_reply, success
from ._routing import Backend, Handler, Request
from ._spec import ENVELOPE_REF, SpecOperation
from ._synthesis import Synthesizer, request_seed


def default_handler(operation: SpecOperation) -> Handler:
    """A handler answering `operation` from the spec; its resource hint and event type are read once, here."""
    hint = ResourceHint.of(operation)
    emits = operation.extension("emits")
    events: Mapping[str, str] = operation.document.get("x-lansenger-events", {})

    def handle(backend: Backend, request: Request) -> Reply:
        answer = operation.answer
        if answer is None:
            return RawReply(f"{operation.operation_id} from the sandbox".encode(), "application/octet-stream")
        data_schema, enveloped = _data_schema(operation.document, answer)
        synthesizer = Synthesizer(operation.document, request_seed(operation.operation_id, request.query, request.json))
        data = synthesizer.value(data_schema, "data") if data_schema is not None else None
        record: dict[str, Any] | None = None
        if hint is not None:
            data, record = _with_records(operation, hint, backend, request, data_schema or {}, data, synthesizer)
        if emits is not None:
            event = synthesizer.value({"$ref": events[emits]}, emits)
            backend.emit(emits, **overlay(operation.document, {"$ref": events[emits]}, event, record or {}))
        if not enveloped and isinstance(data, dict):
            return json_reply(data)
        return success(data)

    return handle


def _data_schema(document: Mapping[str, Any], answer: Mapping[str, Any]) -> tuple[Mapping[str, Any] | None, bool]:
    """The schema of the envelope's `data` (None when it carries none), or the whole answer's when bare."""
    if not any(part.get("$ref") == ENVELOPE_REF for part in answer.get("allOf", ())):
        return answer, False
    data: Mapping[str, Any] | None = merged(document, answer).get("properties", {}).get("data")
    return data, True


def _with_records(
    operation: SpecOperation,
    hint: ResourceHint,
    backend: Backend,
    request: Request,
    data_schema: Mapping[str, Any],
    data: Any,
    synthesizer: Synthesizer,
) -> tuple[Any, dict[str, Any]]:
    store = backend.state.domain("resources", ResourceStore)
    document = operation.document
    parent = None
    if hint.parent is not None and hint.parent.id is not None:
        parent = named_id(hint.parent.id, request)
        if not store.holds(hint.parent.name, parent):
            raise ApiError(hint.parent.missing, f"{hint.parent.name} not found: {parent}")
    if hint.role == "list":
        records = store.all(hint, parent)
        return _listed(document, operation, hint, data_schema, data, records, synthesizer), {}
    if hint.role == "create":
        record = store.create(hint, request_fields(request), parent or "")[0]
    else:
        record_id = named_id(str(hint.id), request)
        if hint.role == "update":
            record = store.update(hint, record_id, parent, request_fields(request))
        elif hint.role == "delete":
            record = store.delete(hint, record_id, parent)
        else:
            record = store.fetch(hint, record_id, parent)
    return overlay(document, data_schema, data, record), record


def _listed(
    document: Mapping[str, Any],
    operation: SpecOperation,
    hint: ResourceHint,
    data_schema: Mapping[str, Any],
    data: Any,
    records: list[dict[str, Any]],
    synthesizer: Synthesizer,
) -> Any:
    """The answer of a list: its array (`items`, the pagination's items, or the data itself) holds the records."""
    paging = operation.extension("pagination") or {}
    field = hint.items or paging.get("items")
    shape = merged(document, data_schema)
    array_schema = shape.get("properties", {}).get(field) if field else shape
    if array_schema is None:
        raise ValueError(f"{operation.operation_id}: x-lansenger-resource items {field!r} is not a field of the answer")
    item_schema = merged(document, array_schema).get("items", {})
    items = [overlay(document, item_schema, synthesizer.value(item_schema, hint.name), record) for record in records]
    if field is None:
        return items
    data[field] = items
    total = paging.get("total")
    if total is not None:
        data[total] = len(items)
    return data


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
