"""Spec mistakes that are valid OpenAPI and so pass the validator, but would silently change the SDK.

JSON Schema ignores keywords it does not know, and OpenAPI ignores unknown `x-` extensions: a YAML one-liner cut at
a comma (`{description: Text, if any.}` leaves a junk key `if any.`), a misspelt `x-lansenger-secret` or a
`minLenght` would pass validation and quietly drop a rule. `python -m codegen` runs `lint` on the bundled document
before rendering, and every problem found fails generation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .derive import METHODS

# Where each extension may appear. Add a new `x-…` extension here, with the kinds of object that carry it, when
# codegen or the sandbox learns to read it; anything else in the spec is a typo or a forgotten reader.
KNOWN_EXTENSIONS: dict[str, frozenset[str]] = {
    "x-lansenger-errors": frozenset({"document"}),
    "x-lansenger-events": frozenset({"document"}),
    "x-lansenger-idempotent": frozenset({"operation"}),
    "x-lansenger-error-class": frozenset({"operation"}),
    "x-lansenger-errcode-data": frozenset({"operation"}),
    "x-lansenger-success-codes": frozenset({"operation"}),
    "x-lansenger-pagination": frozenset({"operation"}),
    "x-lansenger-envelope": frozenset({"operation"}),
    "x-lansenger-presigned": frozenset({"server"}),
    "x-lansenger-answer-errors": frozenset({"operation"}),
    "x-lansenger-resource": frozenset({"operation"}),
    "x-lansenger-emits": frozenset({"operation"}),
    "x-lansenger-refers": frozenset({"operation"}),
    "x-lansenger-read": frozenset({"operation"}),
    "x-lansenger-user-token": frozenset({"parameter"}),
    "x-lansenger-secret": frozenset({"schema"}),
    "x-lansenger-max-bytes": frozenset({"schema"}),
    "x-lansenger-batch-limit": frozenset({"schema"}),
    "x-lansenger-require-any": frozenset({"schema"}),
    "x-lansenger-max-span": frozenset({"schema"}),
    "x-enum-varnames": frozenset({"schema"}),
}

_METHODS = frozenset(METHODS)
_FIELDS: dict[str, frozenset[str]] = {
    "document": frozenset(
        {"openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags"}
        | {"externalDocs"}
    ),
    "path": frozenset({"$ref", "summary", "description", "servers", "parameters"} | _METHODS),
    "operation": frozenset(
        {"tags", "summary", "description", "externalDocs", "operationId", "parameters", "requestBody", "responses"}
        | {"callbacks", "deprecated", "security", "servers"}
    ),
    "server": frozenset({"url", "description", "variables"}),
    "parameter": frozenset(
        {"$ref", "name", "in", "description", "required", "deprecated", "allowEmptyValue", "style", "explode"}
        | {"allowReserved", "schema", "example", "examples", "content"}
    ),
    "requestBody": frozenset({"$ref", "description", "content", "required"}),
    "response": frozenset({"$ref", "description", "headers", "content", "links"}),
    "media": frozenset({"schema", "example", "examples", "encoding"}),
    # JSON Schema 2020-12 (core, applicator, validation, meta-data, format, content) and OpenAPI's additions.
    "schema": frozenset(
        {"$ref", "$id", "$schema", "$defs", "$comment", "$anchor", "$dynamicRef", "$dynamicAnchor"}
        | {"type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum"}
        | {"maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains"}
        | {"maxProperties", "minProperties", "required", "dependentRequired"}
        | {"title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "example"}
        | {"allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems", "items"}
        | {"contains", "properties", "patternProperties", "additionalProperties", "propertyNames"}
        | {"unevaluatedItems", "unevaluatedProperties", "format", "contentEncoding", "contentMediaType"}
        | {"contentSchema", "discriminator", "xml", "externalDocs"}
    ),
}
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA = ("not", "if", "then", "else", "items", "contains", "additionalProperties", "propertyNames")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
# An integer named like a lifetime or a timeout needs a floor: a negative (or, for a token, zero) lifetime is not
# something the platform sends, and a sandbox or a client trusting the schema would act on it.
_SNAKE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
_LIFETIME = re.compile(r"(?i)(expires?(in)?$|lifetime|timeout|ttl$)")


def lint(document: dict[str, Any]) -> list[str]:
    """Every problem found in the bundled `document`, each as `where: what`; empty when it is clean."""
    return list(_document(document))


def _keys(node: dict[str, Any], kind: str, where: str) -> Iterator[str]:
    for key, value in node.items():
        if not isinstance(key, str):
            yield f"{where}: key {key!r} is not a string"
        elif key.startswith("x-"):
            places = KNOWN_EXTENSIONS.get(key)
            if places is None:
                yield f"{where}: unknown extension {key} (known: codegen/lint.py KNOWN_EXTENSIONS)"
            elif kind not in places:
                yield f"{where}: {key} does not belong on a {kind} object (only on: {', '.join(sorted(places))})"
        elif key not in _FIELDS[kind]:
            hint = " (a YAML one-liner cut at a comma or ': '? quote the text)" if value is None else ""
            yield f"{where}: unknown {kind} field {key!r}{hint}"


def _document(document: dict[str, Any]) -> Iterator[str]:
    yield from _keys(document, "document", "#")
    for server in document.get("servers", []):
        yield from _keys(server, "server", "#/servers")
    tags = {tag["name"] for tag in document.get("tags", [])}
    for path, item in document.get("paths", {}).items():
        yield from _path_item(tags, item, f"paths {path}")
    components = document.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        yield from _schema(schema, f"#/components/schemas/{name}")
    for name, parameter in components.get("parameters", {}).items():
        yield from _parameter(parameter, f"#/components/parameters/{name}")
    yield from _refs(document, document, "#")


def _path_item(tags: set[str], item: dict[str, Any], where: str) -> Iterator[str]:
    yield from _keys(item, "path", where)
    for parameter in item.get("parameters", []):
        yield from _parameter(parameter, f"{where} parameters")
    for method in sorted(_METHODS & set(item)):
        yield from _operation(tags, item[method], f"{where} {method}")


def _operation(tags: set[str], operation: dict[str, Any], where: str) -> Iterator[str]:
    """Besides its fields: the operationId becomes a Python name, the first tag a resource documented in `tags`,
    and the summary its docstring."""
    yield from _keys(operation, "operation", where)
    if not _SNAKE.fullmatch(str(operation.get("operationId", ""))):
        yield f"{where}: operationId {operation.get('operationId')!r} must be snake_case (it is the method's name)"
    operation_tags = operation.get("tags") or [None]
    if operation_tags[0] not in tags:
        yield f"{where}: its first tag {operation_tags[0]!r} (its resource) is not declared in the root `tags`"
    if not operation.get("summary"):
        yield f"{where}: no summary (it is the method's docstring)"
    for server in operation.get("servers", []):
        yield from _keys(server, "server", f"{where} servers")
    for parameter in operation.get("parameters", []):
        yield from _parameter(parameter, f"{where} parameters")
    body = operation.get("requestBody")
    if body is not None:
        yield from _keys(body, "requestBody", f"{where} requestBody")
        yield from _content(body.get("content", {}), f"{where} requestBody")
    for status, response in operation.get("responses", {}).items():
        yield from _keys(response, "response", f"{where} responses {status}")
        yield from _content(response.get("content", {}), f"{where} responses {status}")


def _content(content: dict[str, Any], where: str) -> Iterator[str]:
    for media_type, media in content.items():
        yield from _keys(media, "media", f"{where} {media_type}")
        if "schema" in media:
            yield from _schema(media["schema"], f"{where} {media_type} schema")


def _parameter(parameter: dict[str, Any], where: str) -> Iterator[str]:
    where = f"{where} {parameter.get('name', parameter.get('$ref', '?'))}"
    yield from _keys(parameter, "parameter", where)
    if "schema" in parameter:
        yield from _schema(parameter["schema"], where)


def _schema(schema: Any, where: str) -> Iterator[str]:
    if not isinstance(schema, dict):
        if not isinstance(schema, bool):
            yield f"{where}: a schema must be an object, not {type(schema).__name__}"
        return
    yield from _keys(schema, "schema", where)
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    if minimum is not None and maximum is not None and minimum > maximum:
        yield f"{where}: minimum {minimum} is above maximum {maximum}"
    properties = schema.get("properties", {})
    for name, prop in properties.items():
        lifetime = isinstance(prop, dict) and prop.get("type") == "integer" and _LIFETIME.search(name)
        if lifetime and "minimum" not in prop:
            yield f"{where}/properties/{name}: a lifetime or timeout needs a minimum"
    if properties and "allOf" not in schema:
        for name in schema.get("required", []):
            if name not in properties:
                yield f"{where}: required {name!r} is not one of its properties"
    for key in _SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key, [])):
            yield from _schema(sub, f"{where}/{key}/{index}")
    for key in _SUBSCHEMA:
        if key in schema:
            yield from _schema(schema[key], f"{where}/{key}")
    for key in _SUBSCHEMA_MAPS:
        for name, sub in schema.get(key, {}).items():
            yield from _schema(sub, f"{where}/{key}/{name}")


def _refs(document: dict[str, Any], node: Any, where: str) -> Iterator[str]:
    """Every local `$ref` points at something (the validator checks only those it happens to follow)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/") and not _resolves(document, ref):
            yield f"{where}: $ref {ref} points at nothing"
        for key, value in node.items():
            yield from _refs(document, value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(document, value, f"{where}/{index}")


def _resolves(document: dict[str, Any], ref: str) -> bool:
    target: Any = document
    for part in ref.removeprefix("#/").split("/"):
        if not isinstance(target, dict) or part not in target:
            return False
        target = target[part]
    return True
