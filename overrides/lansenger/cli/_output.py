"""Results on stdout (lines for people, one JSON document with --json); prompts and progress on stderr."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import typer

from ._runtime import Runtime


def plain(value: Any) -> Any:
    """Models (anything with `to_dict`) and containers of them as JSON-ready values, in the platform's spelling."""
    if hasattr(value, "to_dict"):
        return plain(value.to_dict())
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def emit(rt: Runtime, data: Any, lines: str | Iterable[str]) -> None:
    """The command's result: `data` as JSON with --json, else the human `lines`."""
    if rt.json:
        typer.echo(json.dumps(plain(data), ensure_ascii=False))
        return
    for line in [lines] if isinstance(lines, str) else lines:
        typer.echo(line)


def note(text: str) -> None:
    """A message for the person at the terminal (stderr), never part of the result."""
    typer.echo(text, err=True)


@contextlib.contextmanager
def progress(rt: Runtime, total: int | None, label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr when it is a terminal and the output is not JSON; yields `advance(bytes)`."""
    if rt.json or total is None or not rt.stderr_is_tty():
        yield lambda done: None
        return
    with typer.progressbar(length=total, label=label, file=typer.get_text_stream("stderr")) as bar:
        yield bar.update
