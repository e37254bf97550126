"""Options whose values are a spec enum, given by the names the spec has for them (`--scope all-groups`)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import typer


def spec_names(enum_module: ModuleType) -> dict[str, Any]:
    """A generated enum module's values by name (its x-enum-varnames, lower case with dashes), or by themselves
    when the spec names none."""
    (values_name,) = [name for name in vars(enum_module) if name.endswith("_VALUES")]
    prefix = values_name.removesuffix("VALUES")
    named = {
        name.removeprefix(prefix).lower().replace("_", "-"): value
        for name, value in vars(enum_module).items()
        if name.startswith(prefix) and name != values_name
    }
    return named or {str(value): value for value in sorted(getattr(enum_module, values_name))}


def choice(enum_module: ModuleType, *names: str, help: str) -> Any:
    """A typer option taking one of the enum's names and giving the command its value (a usage error otherwise)."""
    values = spec_names(enum_module)

    def parse(text: str) -> Any:
        if text not in values:
            raise typer.BadParameter(f"{text!r} is not one of: {', '.join(values)}")
        return values[text]

    return typer.Option(*names, parser=parse, metavar="|".join(values), help=help)


def spec_name(enum_module: ModuleType, value: Any) -> str:
    """The name `choice` takes for a value (the value itself when the spec names it not)."""
    return next((name for name, known in spec_names(enum_module).items() if known == value), str(value))
