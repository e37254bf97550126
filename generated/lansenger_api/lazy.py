# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Submodules a module names at import time but imports on first use, to keep the SDK's start-up short."""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any


class LazyModule:
    """Stands in for `from . import <name> as <alias>` in the package `owner` until an attribute is first read.

    Then it imports the submodule and puts it in the owner's globals in its own place, so later calls reach the
    module directly and pay nothing for the indirection. Type checkers see the real import (`TYPE_CHECKING`).
    """

    __slots__ = ("_alias", "_name", "_owner")

    def __init__(self, owner: str, name: str, alias: str | None = None) -> None:
        self._owner = owner
        self._name = name
        self._alias = alias or f"_{name}"

    def __getattr__(self, attribute: str) -> Any:
        module = import_module(f"{self._owner}.{self._name}")
        vars(sys.modules[self._owner])[self._alias] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._owner}.{self._name}>"
