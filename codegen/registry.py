"""The operation registry: one record per spec operation, for the callers that pick an operation by name at run time.

`lansenger api OPERATION` and the MCP server of `lansenger mcp` read it (through `lansenger_api.operations`) to
list operations, check arguments and call the generated function, so a new operation in the spec reaches both with
no other edit. Each record holds what the generator decided (the module, the Python names of the arguments, the
body's model) next to what the spec says (summary, description, read or write, the input JSON Schema with every
`$ref` inlined so it stands alone, the validator's rule tree, the answer's secret fields). It is written as
`operations.json`, data rather than code, so nothing of it is imported until a caller asks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from openapi_python_client.parser import GeneratorData

from .derive import OperationMeta, operations
from .runtime.validation import merged, resolve, rule_tree

REGISTRY_FILE = "operations.json"
PACKAGE = "lansenger_api"
BODY = "body"
"""The argument that carries a request body which is not an object of fields (raw bytes, a JSON array)."""
# Keywords of OpenAPI's schema dialect that JSON Schema validators and agents' model APIs do not know.
_NOT_JSON_SCHEMA = frozenset({"example", "discriminator", "xml", "externalDocs"})
_VALUES = frozenset({"enum", "const", "default", "examples", "required"})
_NAMED_SCHEMAS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})


class RegistryError(ValueError):
    """An operation the registry cannot describe (its argument names collide, or its schema refers to itself)."""


def registry(document: dict[str, Any], metas: Mapping[str, OperationMeta], data: GeneratorData) -> str:
    """`operations.json`: every operation's record, sorted by id, as deterministic JSON."""
    endpoints = {
        str(endpoint.name): (str(tag), endpoint)
        for tag, collection in data.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    records = {}
    for path, method, item, operation in operations(document):
        name = operation["operationId"]
        tag, endpoint = endpoints[name]
        records[name] = _record(document, method, path, item, operation, metas[name], tag, endpoint)
    return json.dumps(dict(sorted(records.items())), indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def _record(
    document: dict[str, Any],
    method: str,
    path: str,
    item: dict[str, Any],
    operation: dict[str, Any],
    meta: OperationMeta,
    tag: str,
    endpoint: Any,
) -> dict[str, Any]:
    name = meta.name
    python = {
        prop.name.get_untrusted_value(): str(prop.python_name)
        for prop in [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]
    }
    properties: dict[str, Any] = {}
    required: list[str] = []
    parameters = []
    for parameter in [resolve(document, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]:
        wire = parameter["name"]
        schema = {**parameter.get("schema", {})}
        if "description" in parameter:
            schema.setdefault("description", parameter["description"])
        properties[wire] = schema
        if parameter.get("required"):
            required.append(wire)
        parameters.append(
            {
                "name": wire,
                "python": python[wire],
                "in": parameter["in"],
                "userToken": bool(parameter.get("x-lansenger-user-token")),
            }
        )
    if meta.server is not None:
        server = operation["servers"][0]
        ((variable, spec),) = server["variables"].items()
        properties[variable] = {"type": "string", "minLength": 1, "description": spec.get("description", "")}
        required.append(variable)
        parameters.append({"name": variable, "python": meta.server["param"], "in": "server", "userToken": False})
    body = _body(document, operation, endpoint)
    if body is not None:
        fields, body_required = body.pop("fields"), body.pop("needs")
        clash = sorted(set(fields) & set(properties))
        if clash:
            raise RegistryError(f"{name}: {', '.join(clash)} is both a parameter and a body field")
        properties.update(fields)
        body["fields"] = list(fields)
        required += body_required
    combined = {"type": "object", "properties": properties, "required": required, "additionalProperties": False}
    return {
        "id": name,
        "tag": tag,
        "method": method.upper(),
        "path": path,
        "summary": operation.get("summary", ""),
        "description": operation.get("description", ""),
        "read": _read(name, operation),
        "appToken": meta.app_token,
        "module": f"{PACKAGE}.api.{tag}.{endpoint.name}",
        "functions": {"sync": "sync", "async": "asyncio"},
        "parameters": parameters,
        "body": body,
        "binaryAnswer": meta.binary,
        "inputSchema": _standalone(document, combined, name, ()),
        "rules": rule_tree(document, combined, full=True),
        "secrets": sorted(_secrets(document, _answer(operation), frozenset())),
    }


def _read(name: str, operation: dict[str, Any]) -> bool:
    read = operation.get("x-lansenger-read", False)
    if not isinstance(read, bool):
        raise RegistryError(f"{name}: x-lansenger-read is true or absent, not {read!r}")
    return read


def _body(document: dict[str, Any], operation: dict[str, Any], endpoint: Any) -> dict[str, Any] | None:
    """The request body: its media type, the model its fields build (None: the value goes as it is), and the
    fields it adds to the input schema, binary ones as base64 text."""
    content = operation.get("requestBody", {}).get("content", {})
    if not content:
        return None
    ((media, spec),) = content.items()
    schema = spec.get("schema", {})
    shape = merged(document, schema)
    whole = operation["requestBody"].get("required", False)
    model = None
    if endpoint.bodies and hasattr(endpoint.bodies[0].prop, "class_info"):
        info = endpoint.bodies[0].prop.class_info
        model = f"{PACKAGE}.models.{info.module_name}:{info.name}"
    if shape.get("type") == "object" and "properties" in shape and model is not None:
        fields = {key: _as_text(document, prop) for key, prop in shape["properties"].items()}
        binary = sorted(key for key, prop in shape["properties"].items() if _binary(document, prop))
        needs = list(shape.get("required", [])) if whole else []
        return {"media": media, "model": model, "binary": binary, "required": whole, "fields": fields, "needs": needs}
    binary = [BODY] if _binary(document, schema) else []
    fields = {BODY: _as_text(document, schema)}
    needs = [BODY] if whole else []
    return {"media": media, "model": None, "binary": binary, "required": whole, "fields": fields, "needs": needs}


def _binary(document: dict[str, Any], schema: dict[str, Any]) -> bool:
    resolved = resolve(document, schema)
    return resolved.get("type") == "string" and resolved.get("format") == "binary"


def _as_text(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Binary content arrives in JSON as base64 text."""
    if not _binary(document, schema):
        return schema
    described = resolve(document, schema).get("description", "")
    return {"type": "string", "contentEncoding": "base64", "description": f"{described} (base64)".lstrip()}


def _standalone(document: dict[str, Any], schema: Any, name: str, stack: tuple[str, ...]) -> Any:
    """`schema` with every `$ref` replaced by what it names and OpenAPI-only keywords and `x-` extensions left out."""
    if isinstance(schema, list):
        return [_standalone(document, part, name, stack) for part in schema]
    if not isinstance(schema, dict):
        return schema
    ref = schema.get("$ref")
    if ref is not None:
        if ref in stack:
            raise RegistryError(f"{name}: the input schema refers to itself through {ref}")
        return _standalone(document, resolve(document, {"$ref": ref}), name, (*stack, ref))
    kept: dict[str, Any] = {}
    for key, value in schema.items():
        if key.startswith("x-") or key in _NOT_JSON_SCHEMA:
            continue
        if key in _VALUES:
            kept[key] = value
        elif key in _NAMED_SCHEMAS:
            kept[key] = {field: _standalone(document, sub, name, stack) for field, sub in value.items()}
        else:
            kept[key] = _standalone(document, value, name, stack)
    return kept


def _answer(operation: dict[str, Any]) -> dict[str, Any]:
    media = operation["responses"].get("200", {}).get("content", {}).get("application/json", {})
    schema: dict[str, Any] = media.get("schema", {})
    return schema


def _secrets(document: dict[str, Any], schema: Any, seen: frozenset[str]) -> set[str]:
    """Fields marked `x-lansenger-secret` anywhere in the answer: callers blank them before showing the answer."""
    if not isinstance(schema, dict):
        return set()
    ref = schema.get("$ref")
    if ref is not None:
        return set() if ref in seen else _secrets(document, resolve(document, schema), seen | {ref})
    found: set[str] = set()
    for key, prop in schema.get("properties", {}).items():
        if isinstance(prop, dict) and resolve(document, prop).get("x-lansenger-secret"):
            found.add(key)
        found |= _secrets(document, prop, seen)
    for key in ("items", "additionalProperties"):
        found |= _secrets(document, schema.get(key), seen)
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []):
            found |= _secrets(document, part, seen)
    return found
