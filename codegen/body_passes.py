"""An operation's body rule tree rendered as one straight-line predicate: does a JSON body pass at a glance?

Every send checks its body against the spec's rules (`runtime/validation.py`), and nearly every body passes. The
rendered `_passes(body)` answers that usual case with no call per node and no label built; it answers False at
any doubt (a kind of value the rule does not expect, a text near a limit, a rule it does not render), and the
operation then checks the body in full with `check_body`, which finds the rule broken and names it. So the
predicate may be strict, never lenient: each branch below passes only what the runtime checker passes too.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from .runtime.validation import CONSTRAINT_KEYS

# The keys a pruned (client) tree holds; a node with any other is left to the full check.
_RENDERED_KEYS = frozenset({*CONSTRAINT_KEYS, "enum", "maxBytes", "items", "props", "name", "anyRequired"})
_TEXT_KEYS = frozenset({"minLength", "maxLength", "maxBytes"})
_LIST_KEYS = frozenset({"minItems", "maxItems", "items"})
_NUMBER_KEYS = frozenset({"minimum", "maximum"})
_OBJECT_KEYS = frozenset({"props", "anyRequired"})
_INDENT = "    "
_DISPATCH_AT = 6
"""From this many rule-bearing keys on, an object's keys are visited (one test each) rather than each rule's key
looked up: a message's msgData has eleven, of which a body holds one."""


def passes_function(rules: Mapping[str, Any]) -> str:
    """The source of `_passes(body: Any) -> bool` for an operation's body rule tree."""
    names = iter(range(sys.maxsize))
    lines = _node(rules, "body", names)
    body = "\n".join(_INDENT + line for line in [*lines, "return True"])
    return (
        "def _passes(body: Any) -> bool:\n"
        '    """Whether the body passes every rule at a glance; at any doubt `check_body` checks it in full."""\n'
        f"{body}\n"
    )


def _node(node: Mapping[str, Any], var: str, names: Any) -> list[str]:
    """Lines that return False unless `var` surely passes `node` (None passes every node, as in `check`)."""
    keys = node.keys() - {"name"}
    if not keys:
        return []
    kinds = _kinds(node)
    if not keys <= _RENDERED_KEYS or len(kinds) != 1:
        return [f"if {var} is not None:", f"{_INDENT}return False"]
    kind = kinds.pop()
    if kind in ("text", "int"):
        return [f"if {var} is not None and not ({_leaf(node, var, kind)}):", f"{_INDENT}return False"]
    if kind == "number":
        low, high = node.get("minimum"), node.get("maximum")
        bounds = " and ".join(
            [*([f"{low!r} <= {var}"] if low is not None else []), *([f"{var} <= {high!r}"] if high is not None else [])]
        )
        test = f"(type({var}) is int or type({var}) is float) and {bounds}"
        return [f"if {var} is not None and not ({test}):", f"{_INDENT}return False"]
    inner: list[str]
    if kind == "list":
        inner = [f"if {_not_list(node, var)}:", f"{_INDENT}return False"]
        item = f"item{next(names)}" if "items" in node else ""
        item_lines = _node(node["items"], item, names) if "items" in node else []
        if item_lines:
            inner += [f"for {item} in {var}:", *(_INDENT + line for line in item_lines)]
    else:
        inner = [f"if type({var}) is not dict:", f"{_INDENT}return False"]
        if node.get("anyRequired"):
            present = " or ".join(f"{var}.get({key!r})" for key in node["anyRequired"])
            inner += [f"if not ({present}):", f"{_INDENT}return False"]
        props = [(key, sub) for key, sub in node.get("props", {}).items() if sub.keys() - {"name"}]
        if len(props) >= _DISPATCH_AT:  # few of many keys are there (msgData holds one): visit those only
            key_var, field = f"key{next(names)}", f"field{next(names)}"
            inner.append(f"for {key_var}, {field} in {var}.items():")
            for index, (key, sub) in enumerate(props):
                inner.append(f"{_INDENT}{'elif' if index else 'if'} {key_var} == {key!r}:")
                inner += [_INDENT * 2 + line for line in _node(sub, field, names)]
        else:
            for key, sub in props:
                field = f"field{next(names)}"
                inner += [f"if {key!r} in {var}:", f"{_INDENT}{field} = {var}[{key!r}]"]
                inner += [_INDENT + line for line in _node(sub, field, names)]
    if len(inner) == 2:  # one test: written as one `if`, as ruff asks
        return [f"if {var} is not None and ({inner[0].removeprefix('if ').removesuffix(':')}):", inner[1]]
    return [f"if {var} is not None:", *(_INDENT + line for line in inner)]


def _kinds(node: Mapping[str, Any]) -> set[str]:
    """The kinds of value the node's rules are about: a value of another kind is left to the full check."""
    kinds = set()
    if node.keys() & _TEXT_KEYS:
        kinds.add("text")
    if node.keys() & _LIST_KEYS:
        kinds.add("list")
    if node.keys() & _NUMBER_KEYS:
        kinds.add("number")
    if node.keys() & _OBJECT_KEYS:
        kinds.add("object")
    if "enum" in node:
        values = node["enum"]
        if all(type(value) is str for value in values):
            kinds.add("text")
        elif all(type(value) is int for value in values):
            kinds.add("int")
        else:
            kinds.add("mixed")
    return kinds


def _leaf(node: Mapping[str, Any], var: str, kind: str) -> str:
    if kind == "int":
        return f"type({var}) is int and {var} in {_literal_set(node['enum'])}"
    parts = [f"type({var}) is str"]
    # A character is at most 4 bytes of UTF-8: a text within a quarter of a byte limit is within it.
    limits = [
        *([node["maxLength"]] if "maxLength" in node else []),
        *([node["maxBytes"] // 4] if "maxBytes" in node else []),
    ]
    low = f"{node['minLength']} <= " if node.get("minLength") else ""
    high = f" <= {min(limits)}" if limits else ""
    if low or high:
        parts.append(f"{low}len({var}){high}")
    if "enum" in node:
        parts.append(f"{var} in {_literal_set(node['enum'])}")
    return " and ".join(parts)


def _not_list(node: Mapping[str, Any], var: str) -> str:
    parts = [f"type({var}) is not list"]
    if "minItems" in node:
        parts.append(f"len({var}) < {node['minItems']}")
    if "maxItems" in node:
        parts.append(f"len({var}) > {node['maxItems']}")
    return " or ".join(parts)


def _literal_set(values: list[Any]) -> str:
    """A set display: CPython makes `x in {...}` of constants one frozenset lookup."""
    return "{" + ", ".join(repr(value) for value in dict.fromkeys(values)) + "}"
