# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""`record` and `Record`: the SDK's small frozen dataclasses, defined without compiling a method.

`@dataclass(frozen=True)` writes and compiles `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` and
`__delattr__` for every class when its module is imported: about a millisecond each class on Python 3.11, paid by
every program before its first send. A record is declared `@record` over `Record`: it is still a dataclass
(`dataclasses.fields`, `replace` and `asdict` work, `__post_init__` checks its fields), type checkers see it frozen,
and it is built, compared, hashed, printed and refuses assignment (`FrozenInstanceError`) as the generated methods
would.
"""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Any:  # it only informs type checkers
        return lambda function: function


_R = TypeVar("_R", bound="Record")

_LAYOUTS: dict[type, tuple[tuple[str, Any, Any], ...]] = {}
"""Each record class's fields as `__init__` takes them: (name, default, default factory), read once per class."""


def _layout(cls: type) -> tuple[tuple[str, Any, Any], ...]:
    layout = _LAYOUTS.get(cls)
    if layout is None:
        layout = _LAYOUTS[cls] = tuple((f.name, f.default, f.default_factory) for f in fields(cls) if f.init)
    return layout


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[_R]) -> type[_R]:
    """A frozen dataclass of `cls` whose methods are `Record`'s and its own `__init__`."""
    return dataclass(init=False, repr=False, eq=False)(cls)


class Record:
    """Built from its fields in their order (by position or name, defaults filled in, then `__post_init__`),
    equal to a record of the same class with equal fields, hashed by its fields, shown by its `repr` fields,
    copied and pickled by calling its class with them."""

    __slots__ = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        layout = _layout(type(self))
        name = type(self).__qualname__
        if len(args) > len(layout):
            raise TypeError(f"{name}() takes {len(layout)} arguments but {len(args)} were given")
        for index, (field_name, default, factory) in enumerate(layout):
            if index < len(args):
                if field_name in kwargs:
                    raise TypeError(f"{name}() got multiple values for argument {field_name!r}")
                value = args[index]
            elif field_name in kwargs:
                value = kwargs.pop(field_name)
            elif default is not MISSING:
                value = default
            elif factory is not MISSING:
                value = factory()
            else:
                raise TypeError(f"{name}() missing required argument: {field_name!r}")
            object.__setattr__(self, field_name, value)
        if kwargs:
            raise TypeError(f"{name}() got an unexpected keyword argument {next(iter(kwargs))!r}")
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()

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
