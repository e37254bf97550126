"""Results on stdout (lines for people, one JSON document with --json); prompts and progress on stderr."""

from __future__ import annotations

import contextlib
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import typer
from lansenger_api.types import Unset

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


def cell(value: Any) -> str:
    """One value as people read it: text as it is, nothing as "-", structures as compact JSON (never a repr)."""
    value = plain(value)
    if value is None or value == "" or isinstance(value, Unset):
        return "-"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def fields(data: Any) -> list[str]:
    """A record as `key: value` lines."""
    return [f"{key}: {cell(item)}" for key, item in plain(data).items()]


def _width(text: str) -> int:
    """Columns on a terminal: Chinese names take two per character."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def table(rows: Sequence[Any], columns: Sequence[str]) -> list[str]:
    """Records as an aligned table, one column per key (in the platform's spelling), headed by the keys."""
    cells = [list(columns)] + [[cell(plain(row).get(key)) for key in columns] for row in rows]
    widths = [max(_width(line[index]) for line in cells) for index in range(len(columns))]
    return [
        "  ".join(text + " " * (width - _width(text)) for text, width in zip(line, widths, strict=True)).rstrip()
        for line in cells
    ]


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
