"""Remember which bundled documents the OpenAPI validator has passed, so an unchanged spec is not validated again.

Validation is the slowest step of generation (about 2 s of CPU in a process of its own), and `make test`
regenerates the same spec several times. The verdict depends only on the document and the validator's version, so
it is kept under their hash in the user's cache directory, outside the repository; only passes are kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from importlib.metadata import version
from pathlib import Path
from typing import Any

_VALIDATOR = "openapi-spec-validator"


def cache_root() -> Path:
    """Codegen's folder in the user's cache directory: only what can be recomputed goes there."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lansenger-codegen"


def marker(document: dict[str, Any]) -> Path:
    """Where a pass of this document by this validator version is recorded (its hash; computed once per run)."""
    text = json.dumps(document, sort_keys=True, ensure_ascii=False)
    key = hashlib.sha256(f"{_VALIDATOR} {version(_VALIDATOR)}\n{text}".encode()).hexdigest()
    return cache_root() / "valid" / key


def known_valid(recorded: Path) -> bool:
    """Whether this validator has passed exactly this document before (`recorded` is its `marker`)."""
    return recorded.is_file()


def remember_valid(recorded: Path) -> None:
    """Record a pass at the document's `marker`; a cache that cannot be written only costs the next run its
    validation."""
    with contextlib.suppress(OSError):
        recorded.parent.mkdir(parents=True, exist_ok=True)
        recorded.touch()
