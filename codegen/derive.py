"""Derive, from the wire-accurate spec, what the generator and our templates need.

The spec describes every JSON answer as the envelope `{errCode, errMsg, data}`, because that is what travels.
Generated operations return `data` and raise on a non-zero errCode, so the generator is given each operation's
data schema in place of the envelope, and the templates get a per-operation record of what was unwrapped,
whether the operation carries the app token, is safe to retry, or answers bytes. openapi-python-client does
not expose operation-level `x-` extensions to templates, which is why this lives here.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

ENVELOPE_REF = "#/components/schemas/Envelope"
_CONSTRAINT_KEYS = ("minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum")
_IDEMPOTENT_METHODS = {"get", "head", "options"}
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class OperationMeta:
    """What a template needs to know about one operation beyond what the generator parses."""

    name: str
    app_token: bool
    idempotent: bool
    envelope: bool
    data_required: bool
    binary: bool
    error_class: str | None
    param_checks: dict[str, dict[str, Any]] = field(default_factory=dict)
    body_checks: dict[str, dict[str, Any]] = field(default_factory=dict)


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _constraints(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    schema = _resolve(document, schema)
    return {key: schema[key] for key in _CONSTRAINT_KEYS if key in schema}


def _split_envelope(schema: dict[str, Any]) -> tuple[dict[str, Any] | None, bool] | None:
    """Return (data schema, data required) when `schema` is the envelope plus data, else None."""
    parts = schema.get("allOf")
    if not parts or not any(part.get("$ref") == ENVELOPE_REF for part in parts):
        return None
    for part in parts:
        data = part.get("properties", {}).get("data")
        if data is not None:
            return data, "data" in part.get("required", [])
    return None, False


def _json_body_checks(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if schema is None:
        return {}
    properties = _resolve(document, schema).get("properties", {})
    checks = {name: _constraints(document, prop) for name, prop in properties.items()}
    return {name: check for name, check in checks.items() if check}


def derive(document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, OperationMeta]]:
    """Return the generator's input document and the metadata of every operation, keyed by operationId."""
    generator_input = copy.deepcopy(document)
    default_secured = bool(document.get("security"))
    metas: dict[str, OperationMeta] = {}
    for item in generator_input["paths"].values():
        shared_params = item.get("parameters", [])
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            name = operation["operationId"]
            if len(operation.get("requestBody", {}).get("content", {})) > 1:
                raise ValueError(f"{name}: give the request body one content type; the templates expect one")
            secured = bool(operation["security"]) if "security" in operation else default_secured
            params = [_resolve(document, p) for p in shared_params + operation.get("parameters", [])]
            param_checks = {p["name"]: _constraints(document, p["schema"]) for p in params if "schema" in p}
            ok = operation["responses"].get("200", {})
            content = ok.get("content", {})
            envelope = False
            data_required = False
            json_media = content.get("application/json")
            if json_media is not None:
                split = _split_envelope(json_media["schema"])
                if split is not None:
                    envelope = True
                    data_schema, data_required = split
                    if data_schema is None:
                        del ok["content"]
                    else:
                        json_media["schema"] = data_schema
            metas[name] = OperationMeta(
                name=name,
                app_token=secured,
                idempotent=operation.get("x-lansenger-idempotent", method in _IDEMPOTENT_METHODS),
                envelope=envelope,
                data_required=data_required,
                binary="application/octet-stream" in content,
                error_class=operation.get("x-lansenger-error-class"),
                param_checks={k: v for k, v in param_checks.items() if v},
                body_checks=_json_body_checks(document, operation),
            )
            if not metas[name].envelope and not metas[name].binary:
                raise ValueError(f"{name}: a 200 answer must be the envelope or bytes")
    return generator_input, metas


def error_table(document: dict[str, Any]) -> dict[str, Any]:
    """The spec's error-code table, with defaults filled in, for errors.py.jinja."""
    table = document.get("x-lansenger-errors", {})
    codes = [
        {
            "code": int(entry["code"]),
            "name": entry["name"],
            "class": entry["class"],
            "token_invalid": bool(entry.get("token-invalid", False)),
            "retryable": bool(entry.get("retryable", False)),
            "description": entry.get("description", ""),
        }
        for entry in table.get("codes", [])
    ]
    return {
        "codes": sorted(codes, key=lambda entry: entry["code"]),
        "http_statuses": dict(table.get("http-statuses", {})),
        "request_id_headers": list(table.get("request-id-headers", [])),
    }
