"""The classes a generated argument's declared type allows, rendered as one `isinstance` test per argument.

A wrong type (`page_size="10"`, an int where text goes) is then refused with `InvalidArgumentError` naming the
argument, before anything is sent, at the cost of one `isinstance` call per argument. Model-typed fields are left
to `argument_types.wrong_field`, which explains a failed `to_dict()` only when it fails.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

_PLAIN: dict[type[Any], tuple[str, ...]] = {
    StringProperty: ("str",),
    IntProperty: ("int",),
    FloatProperty: ("float", "int"),
    BooleanProperty: ("bool",),
    ListProperty: ("list", "tuple"),
    NoneProperty: ("type(None)",),
}


def isinstance_classes(prop: Any) -> str | None:
    """`(int, Unset)` for an optional integer, ...; None when the type is not a plain class test (models, any) or
    its values are checked anyway (enums)."""
    classes = _classes(prop)
    if classes is None:
        return None
    if not prop.required:
        classes = (*classes, "Unset")
    unique = list(dict.fromkeys(classes))
    return unique[0] if len(unique) == 1 else "(" + ", ".join(unique) + ")"


def _classes(prop: Any) -> tuple[str, ...] | None:
    if isinstance(prop, LiteralEnumProperty):
        return None  # its enum check refuses any other value, naming the values allowed
    if isinstance(prop, UnionProperty):
        found: tuple[str, ...] = ()
        for inner in prop.inner_properties:
            classes = _classes(inner)
            if classes is None:
                return None
            found += classes
        return found
    return _PLAIN.get(type(prop))


def type_name(prop: Any) -> str:
    """The declared type as a message says it: `int`, `str`, `list`."""
    classes = _classes(prop) or ("value",)
    names = {"type(None)": "None", "tuple": ""}
    return " or ".join(dict.fromkeys(name for name in (names.get(c, c) for c in classes) if name))
