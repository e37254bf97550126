# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""`record` and `Record`: the SDK's small frozen dataclasses, defined without compiling a method.

`@dataclass(frozen=True)` writes and compiles `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` and
`__delattr__` for every class when its module is imported: about a millisecond each class on Python 3.11, paid by
every program before its first send. A record is declared `@record` over `Record`, with its own `__init__`: it is
still a dataclass (`dataclasses.fields`, `replace` and `asdict` work), type checkers see it frozen, and it
compares, hashes, prints and refuses assignment (`FrozenInstanceError`) as the generated methods would.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field, fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Any:  # it only informs type checkers
        return lambda function: function


_R = TypeVar("_R", bound="Record")


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[_R]) -> type[_R]:
    """A frozen dataclass of `cls` whose methods are `Record`'s and its own `__init__`."""
    return dataclass(init=False, repr=False, eq=False)(cls)


class Record:
    """Equal to a record of the same class with equal fields, hashed by its fields, shown by its `repr` fields,
    copied and pickled by calling its class with them; its `__init__` takes the fields in their order and sets
    them with `object.__setattr__`."""

    __slots__ = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, field.name) for field in fields(self))  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = (f"{field.name}={getattr(self, field.name)!r}" for field in fields(self) if field.repr)  # type: ignore[arg-type]
        return f"{type(self).__qualname__}({', '.join(shown)})"

    def __reduce__(self) -> tuple[type[Record], tuple[Any, ...]]:
        return type(self), self._values()

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


__all__ = ["Record", "record"]
