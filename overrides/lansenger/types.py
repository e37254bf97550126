"""The API's data models under one short path, imported on first use.

    from lansenger.types import SentMessage, UNSET, Unset

Every model of `lansenger_api.models` is here under the same name (the very same class), plus `UNSET`/`Unset`,
the marker of a field an answer left out. Nothing is imported until a name is used, so this module costs no
start-up time; mypy and IDEs still see every name with its full type.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lansenger_api import models as _models
from lansenger_api.types import UNSET, Unset

if TYPE_CHECKING:
    from lansenger_api.models import *  # noqa: F403

__all__ = ["UNSET", "Unset", *_models.__all__]


def __getattr__(name: str) -> Any:
    if name in _models.__all__:
        value = getattr(_models, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
