"""Where an error tracker could find a secret in an exception, and a check that it finds none.

A tracker records the exception's message and repr, follows `__cause__` and `__context__` (also a context hidden
with `from None`, which is still an attribute), reads attributes such as httpx's `request`, and formats every
traceback with each frame's local variables. `exposures` looks in all of these.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from typing import Any

import httpx


class Secrets:
    """The values a test must not find. Its repr hides them: the test's own frame is in every traceback checked."""

    def __init__(self, *values: str) -> None:
        self._values = [str(value) for value in values]

    def add(self, value: str) -> None:
        self._values.append(str(value))

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __repr__(self) -> str:
        return f"Secrets({len(self._values)})"


def chain(error: BaseException) -> list[BaseException]:
    """The error and every exception reachable through `__cause__` and `__context__`, suppressed or not."""
    found: list[BaseException] = []
    pending = [error]
    while pending:
        current = pending.pop()
        if any(current is seen for seen in found):
            continue
        found.append(current)
        pending += [linked for linked in (current.__cause__, current.__context__) if linked is not None]
    return found


def _http_texts(where: str, value: Any) -> list[tuple[str, str]]:
    texts = [(where, repr(value))]
    for attribute in ("url", "headers", "content", "request"):
        try:
            part = getattr(value, attribute)
        except (AttributeError, RuntimeError, httpx.RequestNotRead, httpx.ResponseNotRead):
            continue
        if attribute == "request":
            texts += _http_texts(f"{where}.request", part)
        else:
            texts.append((f"{where}.{attribute}", repr(part) if attribute != "headers" else repr(list(part.items()))))
    return texts


def texts(error: BaseException) -> list[tuple[str, str]]:
    """(where, text) for everything a tracker would record about `error`."""
    found: list[tuple[str, str]] = []
    for exc in chain(error):
        name = type(exc).__name__
        found += [(f"str({name})", str(exc)), (f"repr({name})", repr(exc)), (f"{name}.args", repr(exc.args))]
        found += [(f"{name}.{key}", repr(value)) for key, value in vars(exc).items()]
        for attribute in ("request", "response"):
            try:
                value = getattr(exc, attribute)
            except (AttributeError, RuntimeError):
                continue
            found += _http_texts(f"{name}.{attribute}", value)
        formatted = traceback.TracebackException(type(exc), exc, exc.__traceback__, capture_locals=True).format()
        found.append((f"traceback of {name} with locals", "".join(formatted)))
    return found


def exposures(error: BaseException, secrets: Iterable[str]) -> list[str]:
    """Each place a secret shows, as `'<first chars of the secret>…' in <where>`; empty when none does."""
    values = [secret for secret in secrets if secret]
    assert values, "no secrets to look for: the check would pass vacuously"
    return [f"{secret[:6]!r}… in {where}" for where, text in texts(error) for secret in values if secret in text]
