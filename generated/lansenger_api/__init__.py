# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Generated low-level client for the Lansenger open API: operations, models, resources and errors.

Use it through `lansenger.Lansenger`, which adds tokens, retries and timeouts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AsyncLansengerAPI, LansengerAPI

__all__ = ["AsyncLansengerAPI", "LansengerAPI"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
