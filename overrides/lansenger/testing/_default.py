"""The answer of every spec operation no hand-written route serves, made from the spec alone.

The request has been checked; the answer is the 200 response's schema (the envelope's `data`, or the bare JSON)
filled from examples or synthesized values seeded by the request. `x-lansenger-resource` operations keep records
(`_resources`); `x-lansenger-emits` pushes the platform's event after the change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lansenger_api.validation import merged

from ._replies import ApiError, RawReply, Reply, json_reply, success
from ._resources import ResourceHint, ResourceStore, named_id, overlay, request_fields
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
