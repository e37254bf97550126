"""Request rules read from the OpenAPI document bundled with ``lansenger_api``.

Validating against the same document the client is generated from means the sandbox
rejects whatever the spec forbids, and new operations are covered without new code.
"""

from __future__ import annotations

import json
import re
import threading
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ._schema_check import Schema, SchemaChecker, SchemaViolation, declared_types

SPEC_PACKAGE = "lansenger_api"
SPEC_RESOURCE = "openapi.json"
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_VARIABLE = re.compile(r"\{[^/{}]+\}")


def template_shape(template: str) -> str:
    """``/v1/medias/{media_id}/fetch`` and ``/v1/medias/{mediaid}/fetch`` name the same operation."""
    return _PATH_VARIABLE.sub("{}", template)


@dataclass(frozen=True)
class QueryRule:
    name: str
    required: bool
    schema: Schema


@dataclass(frozen=True)
class OperationRules:
    """What one operation of the spec demands of a request."""

    checker: SchemaChecker
    query: tuple[QueryRule, ...]
    json_body: Schema | None

    def check_query(self, query: Mapping[str, Sequence[str]]) -> None:
        """Query values arrive as text, so they are coerced to the declared type before checking."""
        for rule in self.query:
            values = [value for value in query.get(rule.name, ()) if value != ""]
            if not values:
                if rule.required:
                    raise SchemaViolation((rule.name,), "required")
                continue
            self.checker.check(self._coerce(values, rule.schema), rule.schema, (rule.name,))

    def check_body(self, body: object) -> None:
        if self.json_body is not None:
            self.checker.check(body, self.json_body)

    def _coerce(self, values: Sequence[str], schema: Schema) -> object:
        resolved = self.checker.resolve(schema)
        types = declared_types(resolved)
        if "array" in types and isinstance(resolved, Mapping):
            item_types = declared_types(self.checker.resolve(resolved.get("items", True)))
            return [_coerce_text(value, item_types) for value in values]
        return _coerce_text(values[-1], types)


def _coerce_text(text: str, types: Sequence[str]) -> object:
    if "integer" in types:
        try:
            return int(text)
        except ValueError:
            pass
    if "number" in types:
        try:
            return float(text)
        except ValueError:
            pass
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    return text


class SpecIndex:
    """Operation rules keyed by method and path-template shape, built once from the document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        checker = SchemaChecker(document, closed_objects=True)
        self._rules: dict[tuple[str, str], OperationRules] = {}
        for template, path_item in document.get("paths", {}).items():
            shared = self._parameters(checker, path_item.get("parameters", ()))
            for method in _HTTP_METHODS:
                operation = path_item.get(method)
                if isinstance(operation, Mapping):
                    parameters = shared | self._parameters(checker, operation.get("parameters", ()))
                    self._rules[method.upper(), template_shape(template)] = OperationRules(
                        checker=checker,
                        query=tuple(
                            QueryRule(name, bool(spec.get("required")), spec.get("schema", True))
                            for (location, name), spec in parameters.items()
                            if location == "query"
                        ),
                        json_body=self._json_body(checker, operation.get("requestBody")),
                    )

    def rules_for(self, method: str, template: str) -> OperationRules | None:
        return self._rules.get((method.upper(), template_shape(template)))

    @staticmethod
    def _parameters(checker: SchemaChecker, declared: Sequence[Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
        parameters: dict[tuple[str, str], Mapping[str, Any]] = {}
        for entry in declared:
            parameter = checker.resolve(entry)
            if isinstance(parameter, Mapping):
                parameters[parameter.get("in", ""), parameter.get("name", "")] = parameter
        return parameters

    @staticmethod
    def _json_body(checker: SchemaChecker, request_body: Any) -> Schema | None:
        if request_body is None:
            return None
        resolved = checker.resolve(request_body)
        if not isinstance(resolved, Mapping):
            return None
        media = resolved.get("content", {}).get("application/json")
        if not isinstance(media, Mapping):
            return None
        schema: Schema = media.get("schema", True)
        return schema


_load_lock = threading.Lock()
_loaded: list[SpecIndex] = []


def bundled_spec_index() -> SpecIndex | None:
    """The bundled document's rules, read once per process; ``None`` while the document does not exist yet.

    A missing document is not remembered, so a sandbox started after generation picks it up.
    """
    with _load_lock:
        if not _loaded:
            document = _read_bundled_document()
            if document is not None:
                _loaded.append(SpecIndex(document))
        return _loaded[0] if _loaded else None


def _read_bundled_document() -> Mapping[str, Any] | None:
    try:
        resource = resources.files(SPEC_PACKAGE).joinpath(SPEC_RESOURCE)
        if not resource.is_file():
            return None
        document = json.loads(resource.read_text(encoding="utf-8"))
    except ModuleNotFoundError:
        return None
    except (OSError, ValueError) as error:
        warnings.warn(f"sandbox ignores unreadable {SPEC_PACKAGE}/{SPEC_RESOURCE}: {error}", stacklevel=2)
        return None
    return document if isinstance(document, Mapping) else None
