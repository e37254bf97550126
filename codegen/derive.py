"""Derive, from the wire-accurate spec, what the generator and our templates need.

The spec describes every JSON answer as the envelope `{errCode, errMsg, data}`, because that is what travels.
Generated operations return `data` and raise on a non-zero errCode, so the generator is given each operation's
data schema in place of the envelope, and the templates get a per-operation record of what was unwrapped,
whether the operation carries the app token, is safe to retry, or answers bytes. openapi-python-client does
not expose operation-level `x-` extensions to templates, which is why this lives here.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from .runtime.validation import CONSTRAINT_KEYS as _CONSTRAINT_KEYS
from .runtime.validation import merged as _merged
from .runtime.validation import resolve, rule_tree

ENVELOPE_REF = "#/components/schemas/Envelope"
SCHEMA_PREFIX = "#/components/schemas/"
EVENT_STREAM = "text/event-stream"
# x-lansenger-pagination names exactly one position parameter: `page` (a page number, +1 per call), `offset`
# (an item offset, + the items received) or `cursor` (the answer's `next` field). It may be a query parameter or
# a top-level field of the JSON body.
_PAGING_STYLES = ("page", "offset", "cursor")
_PAGINATION_REQUIRED = {
    "page": {"first", "items", "total"},
    "offset": {"items", "total"},
    "cursor": {"first", "items", "next"},
}
_IDEMPOTENT_METHODS = {"get", "head", "options"}
_RESOURCE_ROLES = ("create", "fetch", "list", "update", "delete")
_RESOURCE_KEYS = {"name", "role", "id", "parent", "items", "missing"}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""The operation keys of an OpenAPI path item, in the order codegen walks them."""


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
    body_rules: dict[str, Any] | None = None
    pagination: dict[str, Any] | None = None
    errcode_data: dict[int, Any] = field(default_factory=dict)
    success_codes: tuple[int, ...] = ()
    nonempty: tuple[str, ...] = ()
    event_schema: str | None = None
    bare: bool = False
    server: dict[str, Any] | None = None
    answer_errors: tuple[str, ...] = ()


def _constraints(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    schema = resolve(document, schema)
    return {key: schema[key] for key in _CONSTRAINT_KEYS if key in schema}


def _param_constraints(document: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    """A parameter's constraints, its enum included: query values go out as typed, so they are checked too.

    A path parameter's minLength 1 is left out: `path_segment` refuses an empty path parameter of every operation.
    """
    schema = parameter["schema"]
    found = _constraints(document, schema)
    enum = resolve(document, schema).get("enum")
    if enum is not None and len(enum) > 1:
        found["enum"] = enum
    if parameter.get("in") == "path" and found.get("minLength") == 1:
        del found["minLength"]
    return found


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


def _json_body_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    content = operation.get("requestBody", {}).get("content", {})
    schema: dict[str, Any] | None = content.get("application/json", {}).get("schema")
    return schema


def _json_body_checks(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    schema = _json_body_schema(operation)
    if schema is None:
        return {}
    properties = resolve(document, schema).get("properties", {})
    checks = {name: _constraints(document, prop) for name, prop in properties.items()}
    return {name: check for name, check in checks.items() if check}


def rules_for(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any] | None:
    """The client's request-rule tree of a JSON body: only the branches that hold a rule, so checking costs
    nothing elsewhere. Top-level properties leave their simple constraints to the generated checks (which name the
    Python argument); everything nested, every enum, byte limit, require-any and span is checked by
    `lansenger_api.rules`. The sandbox derives its full trees with the same `rule_tree`."""
    return rule_tree(document, schema, full=False, spell=_python_name)


def _python_name(name: str) -> str:
    return str(PythonIdentifier(name, prefix="field"))


def _pagination(
    document: dict[str, Any],
    name: str,
    operation: dict[str, Any],
    params: list[dict[str, Any]],
    data: dict[str, Any] | None,
) -> dict[str, Any] | None:
    """Check an operation's `x-lansenger-pagination` against its own parameters and answer, and normalise it to
    {style, param, where (query|body), first, items, total (or None), next (or None)}."""
    paging = operation.get("x-lansenger-pagination")
    if paging is None:
        return None
    styles = [style for style in _PAGING_STYLES if style in paging]
    if len(styles) != 1:
        raise ValueError(f"{name}: x-lansenger-pagination needs exactly one of {list(_PAGING_STYLES)}")
    style = styles[0]
    missing = _PAGINATION_REQUIRED[style] - set(paging)
    if missing:
        raise ValueError(f"{name}: x-lansenger-pagination ({style}) needs {sorted(missing)}")
    param = paging[style]
    body_schema = _json_body_schema(operation)
    body = _merged(document, body_schema) if body_schema is not None else {}
    outer, _, inner = param.partition(".")
    nested: dict[str, str] | None = None
    if any(p.get("in") == "query" and p["name"] == param for p in params):
        where = "query"
    elif param in body.get("properties", {}):
        where = "body"
    elif inner and outer in body.get("properties", {}) and outer in body.get("required", []):
        if inner not in _merged(document, body["properties"][outer]).get("properties", {}):
            raise ValueError(f"{name}: x-lansenger-pagination {style} {param!r}: {outer} has no field {inner}")
        where, param = "nested", outer
        nested = {"field": str(PythonIdentifier(inner, prefix="field"))}
    else:
        raise ValueError(
            f"{name}: x-lansenger-pagination {style} {param!r} is not a query parameter, body field or"
            " field of a required body object"
        )
    properties = _merged(document, data).get("properties", {}) if data is not None else {}
    for key in ("items", "total", "next"):
        if key in paging and paging[key] not in properties:
            raise ValueError(f"{name}: x-lansenger-pagination {key} {paging[key]!r} is not a field of the answer")
    if _merged(document, properties[paging["items"]]).get("type") != "array":
        raise ValueError(f"{name}: x-lansenger-pagination items {paging['items']!r} must be an array")
    return {
        "style": style,
        "param": param,
        "where": where,
        "first": paging.get("first", 0),
        "items": paging["items"],
        "total": paging.get("total"),
        "next": paging.get("next"),
        "nested": nested,
    }


def _nonempty(document: dict[str, Any], data: dict[str, Any] | None) -> tuple[str, ...]:
    """Required text fields of the answer with minLength: a success answer without them is malformed."""
    if data is None:
        return ()
    data = _merged(document, data)
    required = set(data.get("required", []))
    return tuple(
        name
        for name, prop in data.get("properties", {}).items()
        if name in required and resolve(document, prop).get("minLength", 0) > 0
    )


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path template, method, path item, operation) of every operation, in the spec's order."""
    for template, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                yield template, method, item, item[method]


def derive(document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, OperationMeta]]:
    """Return the generator's input document and the metadata of every operation, keyed by operationId."""
    generator_input = copy.deepcopy(document)
    default_secured = bool(document.get("security"))
    metas: dict[str, OperationMeta] = {}
    for _, method, item, operation in operations(generator_input):
        shared_params = item.get("parameters", [])
        name = operation["operationId"]
        if len(operation.get("requestBody", {}).get("content", {})) > 1:
            raise ValueError(f"{name}: give the request body one content type; the templates expect one")
        secured = bool(operation["security"]) if "security" in operation else default_secured
        sandbox_hints(document, name, operation)
        params = [resolve(document, p) for p in shared_params + operation.get("parameters", [])]
        param_checks = {p["name"]: _param_constraints(document, p) for p in params if "schema" in p}
        ok = operation["responses"].get("200", {})
        content = ok.get("content", {})
        envelope = False
        data_required = False
        data_schema = None
        event_schema = _event_schema(name, content)
        json_media = content.get("application/json")
        bare = operation.get("x-lansenger-envelope", True) is False
        if bare and json_media is not None:
            data_required, data_schema = True, json_media["schema"]
        elif json_media is not None:
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
            body_rules=_body_rules(document, operation),
            pagination=_pagination(document, name, operation, params, data_schema),
            errcode_data={int(code): data for code, data in operation.get("x-lansenger-errcode-data", {}).items()},
            success_codes=tuple(int(code) for code in operation.get("x-lansenger-success-codes", ())),
            nonempty=_nonempty(document, data_schema),
            event_schema=event_schema,
            bare=bare,
            server=_server(name, operation),
            answer_errors=tuple(operation.get("x-lansenger-answer-errors", ())),
        )
        if event_schema is not None and metas[name].binary:  # both would be `with_streaming_response.<name>`
            raise ValueError(f"{name}: an answer is bytes or an event stream, not both")
        if not (metas[name].envelope or metas[name].binary or bare):
            raise ValueError(f"{name}: a 200 answer must be the envelope or bytes (or x-lansenger-envelope: false)")
        if metas[name].answer_errors:
            _check_answer_errors(document, name, metas[name].answer_errors, data_schema if bare else None)
    return generator_input, metas


def _check_answer_errors(
    document: dict[str, Any], name: str, answer_errors: tuple[str, ...], answer: dict[str, Any] | None
) -> None:
    """`x-lansenger-answer-errors` are built into the bare answer, so its `error` field must accept each of them."""
    if answer is None:
        raise ValueError(f"{name}: x-lansenger-answer-errors needs x-lansenger-envelope: false")
    error = _merged(document, answer).get("properties", {}).get("error")
    accepted = resolve(document, error).get("enum") if error is not None else None
    if accepted is None or not set(answer_errors) <= set(accepted):
        raise ValueError(f"{name}: x-lansenger-answer-errors must be values of the answer's `error` enum")


def _server(name: str, operation: dict[str, Any]) -> dict[str, Any] | None:
    """An operation-level server: one entry whose URL is one variable, the base URL (or, with
    `x-lansenger-presigned`, the whole target URL) the operation takes as a keyword argument at call time.

    Returns {param (the Python name), presigned}; None for operations that go to the client's gateway.
    """
    servers = operation.get("servers")
    if servers is None:
        return None
    variable = re.fullmatch(r"\{(\w+)\}", servers[0]["url"]) if len(servers) == 1 else None
    if variable is None or set(servers[0].get("variables", {})) != {variable[1]}:
        raise ValueError(f"{name}: an operation's servers must be one entry whose url is one variable, {{name}}")
    presigned = bool(servers[0].get("x-lansenger-presigned", False))
    if presigned and operation.get("security", True):
        raise ValueError(f"{name}: a presigned target never gets the app token; give it `security: []`")
    return {"param": str(PythonIdentifier(variable[1], prefix="server")), "presigned": presigned}


def _event_schema(name: str, content: dict[str, Any]) -> str | None:
    """The component named by a `text/event-stream` answer (each event's data), taken out of the generator's view.

    The generator knows nothing of event streams; the templates add `stream_<operation>` for it (see events()).
    """
    media = content.pop(EVENT_STREAM, None)
    if media is None:
        return None
    ref = media.get("schema", {}).get("$ref", "")
    if not ref.startswith(SCHEMA_PREFIX) or "application/json" not in content:
        raise ValueError(f"{name}: a {EVENT_STREAM} answer needs a component $ref schema and a JSON alternative")
    return str(ref.removeprefix(SCHEMA_PREFIX))


def _body_rules(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    schema = _json_body_schema(operation)
    return rules_for(document, schema) if schema is not None else None


def sandbox_hints(document: dict[str, Any], name: str, operation: dict[str, Any]) -> None:
    """Refuse a malformed `x-lansenger-resource`, `x-lansenger-refers` or `x-lansenger-emits` (read by the sandbox;
    the format is documented at the top of spec/openapi.yaml), so a typo fails generation, not a test run."""
    refers = operation.get("x-lansenger-refers", {})
    if not (isinstance(refers, dict) and all(isinstance(v, str) for v in refers.values())):
        raise ValueError(f"{name}: x-lansenger-refers maps fields to collection names")
    emits = operation.get("x-lansenger-emits")
    if emits is not None and emits not in document.get("x-lansenger-events", {}):
        raise ValueError(f"{name}: x-lansenger-emits {emits!r} is not an x-lansenger-events type")
    declared = operation.get("x-lansenger-resource")
    if declared is None:
        return
    parent = declared.get("parent", {"name": "", "id": ""}) if isinstance(declared, dict) else None
    error_names = {entry["name"] for entry in document.get("x-lansenger-errors", {}).get("codes", [])}
    problem = ""
    if not isinstance(declared, dict) or set(declared) - _RESOURCE_KEYS:
        problem = f"takes only {sorted(_RESOURCE_KEYS)}"
    elif declared.get("role") not in _RESOURCE_ROLES or not isinstance(declared.get("name"), str):
        problem = f"needs a name and a role of {list(_RESOURCE_ROLES)}"
    elif declared["role"] != "list" and not isinstance(declared.get("id"), str):
        problem = "needs the id's field or parameter"
    elif not (isinstance(parent, dict) and set(parent) == {"name", "id"}):
        problem = "parent needs exactly name and id"
    elif declared.get("missing", "NOT_FOUND") not in error_names:
        problem = f"missing {declared.get('missing', 'NOT_FOUND')!r} is not an x-lansenger-errors name"
    if problem:
        raise ValueError(f"{name}: x-lansenger-resource {problem}")


def enum_names(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Named constants for enum schemas that carry `x-enum-varnames` (the openapi-generator convention).

    Keyed by schema name; literal_enum.py.jinja renders them as module constants next to the Literal type.
    """
    named: dict[str, dict[str, Any]] = {}
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        varnames = schema.get("x-enum-varnames")
        if varnames is None:
            continue
        values = schema.get("enum", [])
        if len(varnames) != len(values):
            raise ValueError(f"{name}: x-enum-varnames needs one name per enum value")
        named[name] = dict(zip(varnames, values, strict=True))
    return named


def secret_fields(document: dict[str, Any]) -> dict[str, list[str]]:
    """Properties marked `x-lansenger-secret`, per component schema, for model.py.jinja to keep out of reprs."""
    secrets: dict[str, list[str]] = {}
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        marked = [prop for prop, spec in schema.get("properties", {}).items() if spec.get("x-lansenger-secret")]
        if marked:
            secrets[name] = marked
    return secrets


def byte_limits(document: dict[str, Any]) -> dict[str, dict[str, int]]:
    """`x-lansenger-max-bytes` per component schema and property, for rules.py.jinja to publish as MAX_BYTES."""
    limits: dict[str, dict[str, int]] = {}
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        found = {
            prop: spec["x-lansenger-max-bytes"]
            for prop, spec in schema.get("properties", {}).items()
            if "x-lansenger-max-bytes" in spec
        }
        if found:
            limits[name] = found
    return limits


def batch_limits(document: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Per-call list sizes for bulk senders, per component schema and array property: the spec's `maxItems`, else
    `x-lansenger-batch-limit` (a size to keep to where the platform documents none; never a validation rule)."""
    limits: dict[str, dict[str, int]] = {}
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        found = {
            prop: spec.get("maxItems", spec.get("x-lansenger-batch-limit"))
            for prop, spec in schema.get("properties", {}).items()
            if spec.get("type") == "array" and ("maxItems" in spec or "x-lansenger-batch-limit" in spec)
        }
        if found:
            limits[name] = found
    return limits


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
    for key in ("code", "name"):
        seen = [entry[key] for entry in codes]
        twice = sorted({str(value) for value in seen if seen.count(value) > 1})
        if twice:
            raise ValueError(f"x-lansenger-errors: {key} listed twice: {', '.join(twice)}")
    return {
        "codes": sorted(codes, key=lambda entry: entry["code"]),
        "http_statuses": dict(table.get("http-statuses", {})),
        "request_id_headers": list(table.get("request-id-headers", [])),
    }
