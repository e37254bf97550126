"""The operations of the OpenAPI document bundled with ``lansenger_api``, with the rules each request must keep
(built by the client's own engine, ``lansenger_api.validation``, in full), and the platform facts handlers read
from it (schemas, defaults) instead of restating them.
"""

from __future__ import annotations

import functools
import json
import re
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from lansenger_api.validation import Rules, RuleViolation, check, check_query, query_tree, resolve, rule_tree

from ._replies import invalid

SPEC_PACKAGE = "lansenger_api"
SPEC_RESOURCE = "openapi.json"
ENVELOPE_REF = "#/components/schemas/Envelope"
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_VARIABLE = re.compile(r"\{[^/{}]+\}")


def template_shape(template: str) -> str:
    """``/v1/medias/{media_id}/fetch`` and ``/v1/medias/{mediaid}/fetch`` name the same operation."""
    return _PATH_VARIABLE.sub("{}", template)


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec: what it demands of a request and what it answers."""

    document: Mapping[str, Any]
    operation_id: str
    method: str
    template: str
    declaration: Mapping[str, Any]
    app_token: bool
    query: Rules
    body: Rules | None
    body_media: str | None

    def check_query(self, query: Mapping[str, Sequence[str]]) -> None:
        """Query values arrive as text, so they are coerced to the declared type before checking."""
        try:
            check_query(query, self.query)
        except RuleViolation as violation:
            raise invalid(str(violation)) from None

    def check_body(self, body: object) -> None:
        if self.body is not None:
            try:
                check(body, self.body, python_names=False, root="body")
            except RuleViolation as violation:
                raise invalid(str(violation)) from None

    @property
    def answer(self) -> Mapping[str, Any] | None:
        """The schema of the 200 answer's JSON, envelope included; None when it answers something else."""
        ok = self.declaration.get("responses", {}).get("200", {})
        media = resolve(self.document, ok).get("content", {}).get("application/json")
        return None if media is None else media.get("schema", {})

    def extension(self, name: str) -> Any:
        return self.declaration.get(f"x-lansenger-{name}")


class SpecIndex:
    """Operations keyed by method and path-template shape, their rule trees built once from the document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        secured = bool(document.get("security"))
        self._operations: dict[tuple[str, str], SpecOperation] = {}
        for template, path_item in document.get("paths", {}).items():
            for method in _HTTP_METHODS:
                operation = path_item.get(method)
                if not isinstance(operation, Mapping):
                    continue
                parameters = [*path_item.get("parameters", ()), *operation.get("parameters", ())]
                request_body = resolve(document, operation.get("requestBody", {}))
                content: Mapping[str, Any] = request_body.get("content", {})
                media = next(iter(content), None)
                found = SpecOperation(
                    document=document,
                    operation_id=operation.get("operationId", f"{method} {template}"),
                    method=method.upper(),
                    template=template,
                    declaration=operation,
                    app_token=bool(operation["security"]) if "security" in operation else secured,
                    query=query_tree(document, parameters),
                    body=rule_tree(document, content[media].get("schema", {}), full=True) or {}
                    if media == "application/json"
                    else None,
                    body_media=media,
                )
                self._operations[found.method, template_shape(template)] = found

    def operation(self, method: str, template: str) -> SpecOperation | None:
        return self._operations.get((method.upper(), template_shape(template)))

    def __iter__(self) -> Iterator[SpecOperation]:
        return iter(self._operations.values())


@functools.cache
def _loaded_index() -> SpecIndex:
    document = json.loads(resources.files(SPEC_PACKAGE).joinpath(SPEC_RESOURCE).read_text(encoding="utf-8"))
    if not isinstance(document, Mapping):
        raise ValueError("not a JSON object")
    return SpecIndex(document)


def bundled_spec_index() -> SpecIndex | None:
    """The bundled document's operations, read once per process; ``None`` while the document does not exist yet
    (a failure is not cached, so a sandbox started after generation picks it up)."""
    try:
        return _loaded_index()
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    except (OSError, ValueError) as error:
        warnings.warn(f"sandbox ignores unreadable {SPEC_PACKAGE}/{SPEC_RESOURCE}: {error}", stacklevel=2)
        return None


def _document() -> Mapping[str, Any]:
    index = bundled_spec_index()
    if index is None:
        raise RuntimeError(f"{SPEC_PACKAGE}/{SPEC_RESOURCE} is missing: generate the SDK first")
    return index.document


@functools.cache
def schema(name: str) -> Mapping[str, Any]:
    """A component schema of the spec by name."""
    found: Mapping[str, Any] = _document()["components"]["schemas"][name]
    return found


def schema_properties(name: str) -> frozenset[str]:
    """The property names a component schema declares."""
    return frozenset(schema(name).get("properties", {}))


def field_default(name: str, field: str) -> Any:
    """The ``default`` a component schema gives one of its properties."""
    return schema(name)["properties"][field]["default"]


def message_payload(msg_type: str) -> Mapping[str, Any]:
    """The schema of a message type's payload, as the spec's ``MsgData`` gives it (empty when unknown)."""
    return resolve(_document(), schema("MsgData")["properties"].get(msg_type, {}))


def message_body(msg_data: Mapping[str, Any], msg_type: str) -> Any:
    """A sent message's payload: msgData's key named like msgType, or msgData itself for a type the spec's MsgData
    has no key for (authorizationReq carries ``{"authorizationType": 1}`` directly)."""
    return msg_data.get(msg_type) if msg_type in schema("MsgData")["properties"] else msg_data


@functools.cache
def query_default(method: str, template: str, name: str) -> Any:
    """The ``default`` the spec gives a query parameter of one operation; ``None`` when it gives none."""
    for parameter in _document()["paths"][template][method.lower()].get("parameters", ()):
        found = resolve(_document(), parameter)
        if found.get("in") == "query" and found.get("name") == name:
            return resolve(_document(), found.get("schema", {})).get("default")
    return None
