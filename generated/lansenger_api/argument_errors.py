# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Which argument made a request body impossible to build: a dict (or text) where the spec puts a model.

Generated operations call `explain_wrong_field` only after `body.to_dict()` failed, so a correct call pays nothing.
Plain arguments (text, numbers, lists) are checked where `_get_kwargs` starts, with one `isinstance` each.
"""

from __future__ import annotations

import re

import attrs

from .exceptions import InvalidArgumentError

_CLASS_NAME = re.compile(r"\b[A-Z]\w*")
_NOT_MODELS = frozenset({"Any", "Literal", "None", "Unset"})


def explain_wrong_field(body: object, error: AttributeError) -> None:
    """Raise `InvalidArgumentError` naming the field (`msg_data`, `msg_data.app_card`, `articles[2]`) whose value
    has no `to_dict` although its declared type is a model; return when the failure was something else."""
    if error.name != "to_dict":
        return
    found = _path_to(body, error.obj, "")
    if found is not None:
        label, declared = found
        raise InvalidArgumentError(f"{label} must be {declared}, not {type(error.obj).__name__}") from None


def _path_to(model: object, culprit: object, prefix: str) -> tuple[str, str] | None:
    kind = type(model)
    if not attrs.has(kind):
        return None
    for field in attrs.fields(kind):
        declared = " or ".join(name for name in _CLASS_NAME.findall(str(field.type)) if name not in _NOT_MODELS)
        if not declared:
            continue
        value = getattr(model, field.name)
        label = prefix + field.name
        if value is culprit:
            return label, declared
        items = value if isinstance(value, (list, tuple)) else (value,)
        for index, item in enumerate(items):
            if item is culprit:
                return f"{label}[{index}]", declared
            found = _path_to(item, culprit, f"{label}[{index}]." if items is value else f"{label}.")
            if found is not None:
                return found
    return None
