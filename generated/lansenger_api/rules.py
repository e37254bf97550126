# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Request rules from the spec, checked on the JSON body just before it is sent.

The tree holds only the branches that carry a rule, so a body is walked no further than it needs to be.
Every violation raises `InvalidArgumentError` naming the field the way the Python models spell it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import errors

Rules = Mapping[str, Any]

MAX_BYTES: Mapping[str, Mapping[str, int]] = {
    "TextMessage": {"content": 6000},
    "FormatTextMessage": {"text": 6000},
    "AppCardMessage": {"bodyTitle": 600, "bodySubTitle": 1200, "bodyContent": 3000},
}
"""The spec's UTF-8 byte limits (`x-lansenger-max-bytes`) by schema and JSON field, e.g.
`MAX_BYTES["FormatTextMessage"]["text"]`: for code that must fit text to a limit rather than only check it."""


def check_body(body: object, rules: Rules) -> None:
    """Raise `InvalidArgumentError` for the first rule `body` breaks."""
    _check(body, rules, "")


def _check(value: object, node: Rules, label: str) -> None:
    if value is None:
        return
    allowed = node.get("enum")
    if allowed is not None and value not in allowed:
        raise errors.InvalidArgumentError(f"{label} must be one of {', '.join(map(repr, allowed))}, not {value!r}")
    if isinstance(value, str):
        _check_text(value, node, label)
    elif isinstance(value, list):
        _check_list(value, node, label)
    elif isinstance(value, dict):
        _check_object(value, node, label)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_number(value, node, label)


def _check_text(value: str, node: Rules, label: str) -> None:
    if "minLength" in node and len(value) < node["minLength"]:
        raise errors.InvalidArgumentError(f"{label} must be at least {node['minLength']} characters")
    if "maxLength" in node and len(value) > node["maxLength"]:
        raise errors.InvalidArgumentError(f"{label} must be at most {node['maxLength']} characters")
    if "maxBytes" in node:
        size = len(value.encode("utf-8"))
        if size > node["maxBytes"]:
            raise errors.InvalidArgumentError(f"{label} is {size} bytes of UTF-8; the limit is {node['maxBytes']}")


def _check_list(value: list[Any], node: Rules, label: str) -> None:
    if "minItems" in node and len(value) < node["minItems"]:
        raise errors.InvalidArgumentError(f"{label} must have at least {node['minItems']} items")
    if "maxItems" in node and len(value) > node["maxItems"]:
        raise errors.InvalidArgumentError(f"{label} must have at most {node['maxItems']} items")
    items = node.get("items")
    if items is not None:
        for index, item in enumerate(value):
            _check(item, items, f"{label}[{index}]")


def _check_number(value: float, node: Rules, label: str) -> None:
    if "minimum" in node and value < node["minimum"]:
        raise errors.InvalidArgumentError(f"{label} must be at least {node['minimum']}")
    if "maximum" in node and value > node["maximum"]:
        raise errors.InvalidArgumentError(f"{label} must be at most {node['maximum']}")


def _present(value: object) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def _check_object(value: dict[str, Any], node: Rules, label: str) -> None:
    props: Rules = node.get("props", {})
    names = node.get("anyRequired")
    if names is not None and not any(_present(value.get(name)) for name in names):
        spelled = ", ".join(props[name]["name"] if name in props else name for name in names)
        raise errors.InvalidArgumentError(f"{label or 'the request'} needs at least one of: {spelled}")
    span = node.get("span")
    if span is not None:
        _check_span(value, span, props)
    for name, sub in props.items():
        if name in value:
            _check(value[name], sub, f"{label}.{sub['name']}" if label else sub["name"])


def _check_span(value: dict[str, Any], span: Rules, props: Rules) -> None:
    start, end = value.get(span["start"]), value.get(span["end"])
    if isinstance(start, bool) or isinstance(end, bool):
        return
    if not (isinstance(start, (int, float)) and isinstance(end, (int, float))):
        return
    names = [props[key]["name"] if key in props else key for key in (span["start"], span["end"])]
    if end < start:
        raise errors.InvalidArgumentError(f"{names[1]} is before {names[0]}")
    if end - start > span["max"]:
        unit = span.get("unit", "")
        raise errors.InvalidArgumentError(
            f"{names[0]} to {names[1]} spans {end - start} {unit}; at most {span['max']} {unit} are allowed"
        )


__all__ = ["MAX_BYTES", "Rules", "check_body"]
