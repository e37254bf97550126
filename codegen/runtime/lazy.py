"""Names a module binds at import time but imports on first use, to keep the SDK's start-up short."""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any


class Deferred:
    """Stands in for an import in the globals of the package `owner` until first used.

    `Deferred(owner, ".name")` is `from . import name as _name`: a module, used by reading its attributes.
    `Deferred(owner, "...models.name", "Class")` is `from ...models.name import Class`: a class, used by calling
    it. The first use imports it and puts it in the owner's globals in its own place, so later uses reach it
    directly and pay nothing for the indirection. Type checkers see the real import (the generated code imports
    it under `TYPE_CHECKING`).
    """

    __slots__ = ("_alias", "_attribute", "_module", "_owner")

    def __init__(self, owner: str, module: str, attribute: str | None = None) -> None:
        self._owner = owner
        self._module = module
        self._attribute = attribute
        self._alias = attribute or "_" + module.rsplit(".", 1)[-1]

    def _load(self) -> Any:
        target: Any = import_module(self._module, self._owner)
        if self._attribute is not None:
            target = getattr(target, self._attribute)
        vars(sys.modules[self._owner])[self._alias] = target
        return target

    def __getattr__(self, name: str) -> Any:
        return getattr(self._load(), name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._load()(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<deferred import of {self._alias} from {self._module}>"
