"""A small JSON-Schema checker for the subset the bundled OpenAPI document uses.

The sandbox may not depend on third-party validators, and all it needs is a yes/no
answer plus one short reason to put into a 40001 ``errMsg``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeAlias
from urllib.parse import unquote

Schema: TypeAlias = bool | Mapping[str, Any]
Location: TypeAlias = tuple[str | int, ...]


class SchemaViolation(ValueError):
    """An instance does not satisfy a schema; ``location`` points into the instance."""

    def __init__(self, location: Location, reason: str) -> None:
        super().__init__(reason)
        self.location = location
        self.reason = reason

    def detail(self, root: str) -> str:
        """Render as ``msgData.text.content: expected string``; ``root`` names an empty location."""
        path = ""
        for step in self.location:
            path += f"[{step}]" if isinstance(step, int) else f".{step}" if path else step
        return f"{path or root}: {self.reason}"


def _is_integer(value: object) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_TYPE_TESTS: dict[str, Callable[[object], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda value: isinstance(value, bool),
    "array": lambda value: isinstance(value, list),
    "object": lambda value: isinstance(value, dict),
    "null": lambda value: value is None,
}


def declared_types(schema: Schema) -> tuple[str, ...]:
    """The ``type`` keyword as a tuple, whether the schema spells it as a string or a list."""
    if isinstance(schema, bool):
        return ()
    declared = schema.get("type", ())
    return (declared,) if isinstance(declared, str) else tuple(declared)


def same_json(left: object, right: object) -> bool:
    """JSON equality: unlike Python's ``==``, ``true`` is not ``1``."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(same_json, left, right))
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_json(left[key], right[key]) for key in left)
    return bool(left == right)


class SchemaChecker:
    """Checks instances against schemas whose ``$ref`` pointers resolve inside ``document``."""

    def __init__(self, document: Mapping[str, Any], *, closed_objects: bool = False) -> None:
        """With ``closed_objects``, an object schema that lists properties and says nothing about others
        refuses unknown fields, as the platform does with a misspelt field name."""
        self._document = document
        self._closed = closed_objects

    def resolve(self, schema: Schema) -> Schema:
        """Follow a chain of ``$ref`` to the schema it finally names."""
        while isinstance(schema, Mapping) and "$ref" in schema:
            schema = self._lookup(schema["$ref"])
        return schema

    def check(self, instance: object, schema: Schema, location: Location = ()) -> None:
        """Raise `SchemaViolation` unless ``instance`` satisfies ``schema``."""
        if isinstance(schema, bool):
            if schema:
                return
            raise SchemaViolation(location, "not allowed")
        if "$ref" in schema:
            self.check(instance, self._lookup(schema["$ref"]), location)
        self._check_type(instance, schema, location)
        self._check_values(instance, schema, location)
        if isinstance(instance, str):
            self._check_string(instance, schema, location)
        elif isinstance(instance, list):
            self._check_array(instance, schema, location)
        elif isinstance(instance, dict):
            self._check_object(instance, schema, location)
        elif isinstance(instance, int | float) and not isinstance(instance, bool):
            self._check_number(instance, schema, location)
        self._check_combinators(instance, schema, location)

    def _lookup(self, reference: str) -> Schema:
        if not reference.startswith("#"):
            raise ValueError(f"only local $ref is supported, got {reference!r}")
        target: Any = self._document
        for token in unquote(reference[1:]).split("/")[1:]:
            key = token.replace("~1", "/").replace("~0", "~")
            if isinstance(target, list):
                target = target[int(key)]
            elif isinstance(target, Mapping) and key in target:
                target = target[key]
            else:
                raise ValueError(f"unresolvable $ref {reference!r}")
        if not isinstance(target, bool | Mapping):
            raise ValueError(f"$ref {reference!r} does not name a schema")
        return target

    @staticmethod
    def _check_type(instance: object, schema: Mapping[str, Any], location: Location) -> None:
        types = declared_types(schema)
        if types and not any(_TYPE_TESTS[name](instance) for name in types if name in _TYPE_TESTS):
            raise SchemaViolation(location, f"expected {' or '.join(types)}")

    @staticmethod
    def _check_values(instance: object, schema: Mapping[str, Any], location: Location) -> None:
        if "const" in schema and not same_json(instance, schema["const"]):
            raise SchemaViolation(location, f"must be {schema['const']!r}")
        if "enum" in schema and not any(same_json(instance, option) for option in schema["enum"]):
            raise SchemaViolation(location, f"must be one of {list(schema['enum'])!r}")

    @staticmethod
    def _check_string(instance: str, schema: Mapping[str, Any], location: Location) -> None:
        if len(instance) < schema.get("minLength", 0):
            raise SchemaViolation(location, "too short" if instance else "must not be empty")
        if "maxLength" in schema and len(instance) > schema["maxLength"]:
            raise SchemaViolation(location, f"longer than {schema['maxLength']} characters")

    @staticmethod
    def _check_number(instance: float, schema: Mapping[str, Any], location: Location) -> None:
        if "minimum" in schema and instance < schema["minimum"]:
            raise SchemaViolation(location, f"must be >= {schema['minimum']}")
        if "maximum" in schema and instance > schema["maximum"]:
            raise SchemaViolation(location, f"must be <= {schema['maximum']}")
        if "exclusiveMinimum" in schema and instance <= schema["exclusiveMinimum"]:
            raise SchemaViolation(location, f"must be > {schema['exclusiveMinimum']}")
        if "exclusiveMaximum" in schema and instance >= schema["exclusiveMaximum"]:
            raise SchemaViolation(location, f"must be < {schema['exclusiveMaximum']}")

    def _check_array(self, instance: list[Any], schema: Mapping[str, Any], location: Location) -> None:
        if len(instance) < schema.get("minItems", 0):
            raise SchemaViolation(location, f"needs at least {schema['minItems']} item(s)")
        if "maxItems" in schema and len(instance) > schema["maxItems"]:
            raise SchemaViolation(location, f"allows at most {schema['maxItems']} item(s)")
        if "items" in schema:
            for index, item in enumerate(instance):
                self.check(item, schema["items"], (*location, index))

    def _check_object(self, instance: dict[Any, Any], schema: Mapping[str, Any], location: Location) -> None:
        for name in schema.get("required", ()):
            if name not in instance:
                raise SchemaViolation((*location, name), "required")
        properties: Mapping[str, Schema] = schema.get("properties", {})
        closed = self._closed and bool(properties) and not any(k in schema for k in ("allOf", "anyOf", "oneOf"))
        extra: Schema = schema.get("additionalProperties", not closed)
        for name, value in instance.items():
            if name in properties:
                self.check(value, properties[name], (*location, name))
            elif extra is False:
                raise SchemaViolation((*location, name), "unexpected field")
            else:
                self.check(value, extra, (*location, name))

    def _check_combinators(self, instance: object, schema: Mapping[str, Any], location: Location) -> None:
        for branch in schema.get("allOf", ()):
            self.check(instance, branch, location)
        if "anyOf" in schema:
            failures = self._failures(instance, schema["anyOf"], location)
            if len(failures) == len(schema["anyOf"]):
                raise _most_specific(failures, location)
        if "oneOf" in schema:
            failures = self._failures(instance, schema["oneOf"], location)
            matches = len(schema["oneOf"]) - len(failures)
            if matches == 0:
                raise _most_specific(failures, location)
            if matches > 1:
                raise SchemaViolation(location, "matches more than one allowed shape")

    def _failures(self, instance: object, branches: list[Schema], location: Location) -> list[SchemaViolation]:
        failures = []
        for branch in branches:
            try:
                self.check(instance, branch, location)
            except SchemaViolation as violation:
                failures.append(violation)
        return failures


def _most_specific(failures: list[SchemaViolation], location: Location) -> SchemaViolation:
    """The deepest failure usually names the field the caller got wrong, not just "no branch matched"."""
    deepest = max(failures, key=lambda violation: len(violation.location), default=None)
    if deepest is None or len(deepest.location) == len(location):
        return SchemaViolation(location, "does not match any allowed shape")
    return deepest
