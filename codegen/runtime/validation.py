"""The one request validator: rule trees derived from the spec, and the function that checks a request against them.

The client and the sandbox use the same two functions. `rule_tree` derives a tree from a schema of the spec:
pruned (only the branches that carry a rule: nested constraints, enums, UTF-8 byte limits, "at least one of",
maximum spans) for the client, which checks each JSON body just before sending it; full (types, required fields,
closed objects besides) for the sandbox, which refuses what the platform refuses. `check` walks a tree, and
`check_query` checks query parameters, which arrive as text and are coerced to their declared type first.

Tree nodes hold JSON Schema keywords under their own names plus `maxBytes`, `anyRequired` and `span` (our
`x-lansenger-…` extensions), `type` (a list), `required`, `closed` (unknown fields refused), `extra` (the tree of
`additionalProperties`), `items`, and `props` (per JSON field; `name` is the field as the Python models spell it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

Rules = Mapping[str, Any]
Document = Mapping[str, Any]

CONSTRAINT_KEYS = ("minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum")
_TREE_KEYS = {
    **{key: key for key in (*CONSTRAINT_KEYS, "enum")},
    "x-lansenger-max-bytes": "maxBytes",
    "x-lansenger-require-any": "anyRequired",
    "x-lansenger-max-span": "span",
}
_JSON_TYPES: dict[str, Callable[[object], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: (
        (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer())
    ),
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
    "array": lambda value: isinstance(value, list),
    "object": lambda value: isinstance(value, dict),
    "null": lambda value: value is None,
}


class RuleViolation(ValueError):
    """A request breaks a rule of the spec; the message names the field and the rule."""


def resolve(document: Document, node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow `$ref` pointers (local ones, as the bundled spec has) to the schema they name."""
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def merged(document: Document, schema: Mapping[str, Any]) -> dict[str, Any]:
    """A schema with its `$ref` resolved and its `allOf` parts folded into one object schema."""
    schema = resolve(document, schema)
    if "allOf" not in schema:
        return dict(schema)
    folded: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
    for part in schema["allOf"]:
        part = merged(document, part)
        folded.setdefault("properties", {}).update(part.get("properties", {}))
        folded["required"] = [*folded.get("required", []), *part.get("required", [])]
        for key, value in part.items():
            if key not in ("properties", "required"):
                folded.setdefault(key, value)
    return folded


def rule_tree(
    document: Document,
    schema: Mapping[str, Any],
    *,
    full: bool,
    spell: Callable[[str], str] | None = None,
    top: bool = True,
    seen: frozenset[str] = frozenset(),
) -> dict[str, Any] | None:
    """The rule tree of `schema`, or None when it holds no rule.

    Pruned (`full=False`), top-level properties leave their simple constraints to the client's generated
    per-argument checks; `spell` gives each field its Python name for messages. A schema met again inside itself
    is not descended into a second time.
    """
    ref = schema.get("$ref")
    if ref in seen:
        return None
    seen = seen | {ref} if ref else seen
    schema = merged(document, schema)
    node: dict[str, Any] = {key: schema[source] for source, key in _TREE_KEYS.items() if source in schema}
    if full:
        _add_shape(document, schema, node, spell, seen)
    if isinstance(schema.get("items"), Mapping):
        items = rule_tree(document, schema["items"], full=full, spell=spell, top=False, seen=seen)
        if items:
            node["items"] = items
    props: dict[str, Any] = {}
    for name, prop in schema.get("properties", {}).items():
        sub = rule_tree(document, prop, full=full, spell=spell, top=False, seen=seen) or {}
        if sub and top and not full:
            sub = {key: value for key, value in sub.items() if key not in CONSTRAINT_KEYS}
        if sub or full:
            props[name] = _named(name, spell, sub)
    # Fields a require-any or span rule names get an entry even without rules of their own, so its message can
    # spell them the Python way.
    named = [*node.get("anyRequired", ()), *(node["span"][key] for key in ("start", "end") if "span" in node)]
    for name in named:
        if name in schema.get("properties", {}) and name not in props:
            props[name] = _named(name, spell, {})
    if props:
        node["props"] = props
    return node or None


def _named(name: str, spell: Callable[[str], str] | None, sub: dict[str, Any]) -> dict[str, Any]:
    return {"name": spell(name), **sub} if spell is not None else sub


def _add_shape(
    document: Document,
    schema: Mapping[str, Any],
    node: dict[str, Any],
    spell: Callable[[str], str] | None,
    seen: frozenset[str],
) -> None:
    """What only the full tree holds: the declared types, required fields and which objects are closed."""
    declared = schema.get("type")
    if declared is not None:
        node["type"] = [declared] if isinstance(declared, str) else list(declared)
    if schema.get("required"):
        node["required"] = list(dict.fromkeys(schema["required"]))
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping):
        node["extra"] = rule_tree(document, extra, full=True, spell=spell, top=False, seen=seen) or {}
    elif extra is False or (extra is None and schema.get("properties")):
        node["closed"] = True


def query_tree(document: Document, parameters: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The full tree of an operation's query parameters, as one object whose fields are the parameters."""
    props: dict[str, Any] = {}
    required: list[str] = []
    for parameter in parameters:
        parameter = resolve(document, parameter)
        if parameter.get("in") != "query":
            continue
        props[parameter["name"]] = rule_tree(document, parameter.get("schema", {}), full=True) or {}
        if parameter.get("required"):
            required.append(parameter["name"])
    return {"props": props, "required": required}


class _Style:
    """How messages spell fields and call the whole value."""

    __slots__ = ("python_names", "root")

    def __init__(self, python_names: bool, root: str) -> None:
        self.python_names = python_names
        self.root = root


def check(value: object, rules: Rules, *, python_names: bool = True, root: str = "the request") -> None:
    """Raise `RuleViolation` for the first rule `value` breaks.

    Messages spell fields the Python way or as in JSON, and call the whole value `root`.
    """
    _check(value, rules, "", _Style(python_names, root))


Checker = Callable[[object], None]


if TYPE_CHECKING:  # a type only: defining a Protocol class costs a first send its import time

    class _NodeChecker(Protocol):
        def __call__(self, value: object, label: str = "") -> None: ...


# What the client's pruned trees hold: a node with only these keys is compiled; any other (the sandbox's full
# trees: types, required fields, closed objects) is checked by `_check` as it is.
_COMPILED_KEYS = frozenset({*CONSTRAINT_KEYS, "enum", "maxBytes", "items", "props", "name", "anyRequired", "span"})
_NO_LIMIT = sys.maxsize
_compiled_trees: dict[int, tuple[Rules, Checker]] = {}


def checker(rules: Rules) -> Checker:
    """`check` for a tree that lives as long as the program (an operation's constant), compiled once into nested
    functions: the body is walked only where the tree has rules, with no per-node lookups of what a node holds.
    Raises the same `RuleViolation`s, with the same messages, as `check` does."""
    entry = _compiled_trees.get(id(rules))
    if entry is None or entry[0] is not rules:
        entry = (rules, _compiled(rules, _Style(python_names=True, root="the request")))
        _compiled_trees[id(rules)] = entry
    return entry[1]


def _compiled(node: Rules, style: _Style) -> _NodeChecker:
    if not node.keys() <= _COMPILED_KEYS:
        return lambda value, label="": _check(value, node, label, style)
    allowed, shortest, longest = _text_pass(node)
    number_rules = "minimum" in node or "maximum" in node
    items = _compiled(node["items"], style) if "items" in node else None
    items_pass = _text_pass(node["items"]) if items is not None else _NO_PASS
    sized = "minItems" in node or "maxItems" in node
    props: Rules = node.get("props", {})
    fields = {
        key: (sub.get("name", key) if style.python_names else key, _compiled(sub, style), _text_pass(sub))
        for key, sub in props.items()
        if sub.keys() - {"name"}
    }
    any_required: list[str] = node.get("anyRequired", [])
    whole_object = "span" in node

    def check_node(value: object, label: str = "") -> None:
        # Objects first: the nodes called most are a body and its parts; texts are mostly passed by their parent.
        if isinstance(value, dict):
            if allowed is not None:
                _check_enum(value, allowed, label or style.root)
            if whole_object or (any_required and not _any_present(value, any_required)):
                _check_whole_object(value, node, label, style)
            # The body's fields, not the rules' (a message body holds one of many kinds): only those with rules.
            for key, field in value.items():
                rule = fields.get(key)
                if rule is None or field is None:
                    continue
                if isinstance(field, str):
                    field_allowed, field_shortest, field_longest = rule[2]
                    if field_shortest <= len(field) <= field_longest and (
                        field_allowed is None or field in field_allowed
                    ):
                        continue  # a text that passes at a glance needs no call
                rule[1](field, f"{label}.{rule[0]}" if label else rule[0])
            return
        if isinstance(value, str):
            if not (shortest <= len(value) <= longest and (allowed is None or value in allowed)):
                _check_text_node(value, node, allowed, label or style.root)
            return
        if value is None:
            return
        if allowed is not None:
            _check_enum(value, allowed, label or style.root)
        if isinstance(value, list):
            if sized:
                _check_size(value, node, label)
            if items is not None:
                item_allowed, item_shortest, item_longest = items_pass
                for index, item in enumerate(value):
                    if not (
                        isinstance(item, str)
                        and item_shortest <= len(item) <= item_longest
                        and (item_allowed is None or item in item_allowed)
                    ):
                        items(item, f"{label}[{index}]")
        elif number_rules and isinstance(value, (int, float)) and not isinstance(value, bool):
            _check_number(value, node, label or style.root)

    return check_node


_TextPass = tuple["Sequence[object] | None", int, int]
_NO_PASS: _TextPass = (None, 1, 0)  # no length passes: every value is checked


def _text_pass(node: Rules) -> _TextPass:
    """What a text needs to pass a compiled node at a glance: one of its values, and a length within bounds that
    hold for any text (a character is at most 4 bytes of UTF-8). A text outside them is checked in full, and so
    is every value of a node that is not compiled."""
    if not node.keys() <= _COMPILED_KEYS:
        return _NO_PASS
    longest = min(node.get("maxLength", _NO_LIMIT), node.get("maxBytes", _NO_LIMIT) // 4)
    return node.get("enum"), node.get("minLength", 0), longest


def _check_text_node(value: str, node: Rules, allowed: Sequence[object] | None, label: str) -> None:
    if allowed is not None:
        _check_enum(value, allowed, label)
    _check_text(value, node, label)


def check_query(query: Mapping[str, Sequence[str]], rules: Rules) -> None:
    """Check query parameters (text, as they arrive) against `query_tree`'s tree; empty values count as absent."""
    props: Rules = rules.get("props", {})
    for name in rules.get("required", ()):
        if not any(query.get(name, ())):
            raise RuleViolation(f"{name} is required")
    for name, sub in props.items():
        values = [value for value in query.get(name, ()) if value != ""]
        if values:
            _check(_coerce(values, sub), sub, name, _Style(False, name))


def _coerce(values: Sequence[str], rules: Rules) -> object:
    if "array" in rules.get("type", ()):
        item_types = rules.get("items", {}).get("type", ())
        return [_coerce_text(value, item_types) for value in values]
    return _coerce_text(values[-1], rules.get("type", ()))


def _coerce_text(text: str, types: Sequence[str]) -> object:
    for kind, parse in (("integer", int), ("number", float)):
        if kind in types:
            try:
                return parse(text)
            except ValueError:
                pass
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    return text


def _json_type(value: object) -> str:
    return next((name for name, test in _JSON_TYPES.items() if name != "integer" and test(value)), "unknown")


def _same_json(left: object, right: object) -> bool:
    """JSON equality: unlike Python's `==`, `true` is not `1`."""
    return isinstance(left, bool) == isinstance(right, bool) and left == right


def _check(value: object, node: Rules, label: str, style: _Style) -> None:
    types = node.get("type")
    if value is None and (types is None or "null" in types):
        return
    shown = label or style.root
    if types is not None and not any(_JSON_TYPES[name](value) for name in types if name in _JSON_TYPES):
        raise RuleViolation(f"{shown} must be {' or '.join(types)}, not {_json_type(value)}")
    allowed = node.get("enum")
    if allowed is not None:
        _check_enum(value, allowed, shown)
    if isinstance(value, str):
        _check_text(value, node, shown)
    elif isinstance(value, list):
        _check_list(value, node, label, style)
    elif isinstance(value, dict):
        _check_object(value, node, label, style)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_number(value, node, shown)


def _check_enum(value: object, allowed: Sequence[object], label: str) -> None:
    if not (value in allowed if isinstance(value, str) else any(_same_json(value, option) for option in allowed)):
        raise RuleViolation(f"{label} must be one of {', '.join(map(repr, allowed))}, not {value!r}")


def _check_text(value: str, node: Rules, label: str) -> None:
    if "minLength" in node and len(value) < node["minLength"]:
        raise RuleViolation(f"{label} must be at least {node['minLength']} characters")
    if "maxLength" in node and len(value) > node["maxLength"]:
        raise RuleViolation(f"{label} must be at most {node['maxLength']} characters")
    if "maxBytes" in node:
        size = len(value.encode("utf-8"))
        if size > node["maxBytes"]:
            raise RuleViolation(f"{label} is {size} bytes of UTF-8; the limit is {node['maxBytes']}")


def _check_list(value: list[Any], node: Rules, label: str, style: _Style) -> None:
    _check_size(value, node, label)
    items = node.get("items")
    if items is not None:
        for index, item in enumerate(value):
            _check(item, items, f"{label}[{index}]", style)


def _check_size(value: list[Any], node: Rules, label: str) -> None:
    if "minItems" in node and len(value) < node["minItems"]:
        raise RuleViolation(f"{label} must have at least {node['minItems']} items")
    if "maxItems" in node and len(value) > node["maxItems"]:
        raise RuleViolation(f"{label} must have at most {node['maxItems']} items")


def _check_number(value: float, node: Rules, label: str) -> None:
    if "minimum" in node and value < node["minimum"]:
        raise RuleViolation(f"{label} must be at least {node['minimum']}")
    if "maximum" in node and value > node["maximum"]:
        raise RuleViolation(f"{label} must be at most {node['maximum']}")


def _any_present(value: dict[str, Any], keys: list[str]) -> bool:
    for key in keys:
        if value.get(key):  # the usual case: a non-empty list or text
            return True
    return any(_present(value.get(key)) for key in keys)


def _present(value: object) -> bool:
    """Not None, "", [] or {} (0 and False are values): truth decides all but the falsy, which are rare."""
    return bool(value) or (value is not None and not isinstance(value, (str, list, dict)))


def _spelled(props: Rules, key: str, label: str, style: _Style) -> str:
    name = props[key].get("name", key) if style.python_names and key in props else key
    return f"{label}.{name}" if label else str(name)


def _check_object(value: dict[str, Any], node: Rules, label: str, style: _Style) -> None:
    props: Rules = node.get("props", {})
    if "required" in node:
        for key in node["required"]:
            if key not in value:
                raise RuleViolation(f"{_spelled(props, key, label, style)} is required")
    _check_whole_object(value, node, label, style)
    extra = node.get("extra")
    if extra is None and not node.get("closed"):
        # Only the fields that carry rules need a look: the client's pruned trees take this path.
        for key, sub in props.items():
            if key in value:
                name = sub.get("name", key) if style.python_names else key
                _check(value[key], sub, f"{label}.{name}" if label else name, style)
        return
    for key, item in value.items():
        sub = props.get(key)
        if sub is not None:
            _check(item, sub, _spelled(props, key, label, style), style)
        elif extra is not None:
            _check(item, extra, f"{label}.{key}" if label else key, style)
        else:
            raise RuleViolation(f"{_spelled(props, key, label, style)} is not a field of {label or style.root}")


def _check_whole_object(value: dict[str, Any], node: Rules, label: str, style: _Style) -> None:
    """The rules about an object's fields together: at least one of them present, a maximum span between two."""
    props: Rules = node.get("props", {})
    names = node.get("anyRequired")
    if names is not None and not any(_present(value.get(name)) for name in names):
        needed = ", ".join(_spelled(props, name, "", style) for name in names)
        raise RuleViolation(f"{label or style.root} needs at least one of: {needed}")
    if "span" in node:
        _check_span(value, node["span"], [_spelled(props, node["span"][key], "", style) for key in ("start", "end")])


def _check_span(value: dict[str, Any], span: Rules, names: list[str]) -> None:
    start, end = value.get(span["start"]), value.get(span["end"])
    if not isinstance(start, (int, float)) or not isinstance(end, (int, float)) or bool in (type(start), type(end)):
        return
    first, last = names
    if end < start:
        raise RuleViolation(f"{last} is before {first}")
    if end - start > span["max"]:
        unit = span.get("unit", "")
        raise RuleViolation(f"{first} to {last} spans {end - start} {unit}; at most {span['max']} {unit} are allowed")


__all__ = [
    "CONSTRAINT_KEYS",
    "RuleViolation",
    "Rules",
    "check",
    "check_query",
    "checker",
    "merged",
    "query_tree",
    "resolve",
    "rule_tree",
]
