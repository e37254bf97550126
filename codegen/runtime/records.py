"""`Record`: the shared methods of the SDK's small frozen dataclasses, so defining one compiles nothing.

`@dataclass(frozen=True)` writes and compiles `__init__`, `__repr__`, `__eq__` and `__hash__` for every class
when its module is imported: about a millisecond each on Python 3.11, paid by every program before its first send.
A record is declared `@dataclass(frozen=True, init=False, repr=False, eq=False)` over `Record`, with its own
`__init__`: it stays a frozen dataclass (`dataclasses.fields`, `replace` and `asdict` work; assigning a field
raises `FrozenInstanceError`), and compares, hashes and prints as the generated methods would, field by field.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any


class Record:
    """Equal to a record of the same class with equal fields, hashed by its fields, shown by its `repr` fields."""

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


__all__ = ["Record"]
