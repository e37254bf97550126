"""Lists from the shell: the first `--limit` items (pages fetched only as far as needed), or `--all`.

Every list prints the same JSON shape, `{KEY: [...], "total": <items printed>, "more": <true when --limit cut
the list short>}`, and a table for people (with a hint on stderr when there is more).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Any, Final

import typer

from ._output import emit, note, table
from ._runtime import Runtime
from ._session import Session, read

DEFAULT_LIMIT: Final = 50

LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many.")]
AllFlag = Annotated[bool, typer.Option("--all", help="Every item, however many pages (ignores --limit).")]


def _collect(items: Iterable[Any], limit: int, every: bool) -> tuple[list[Any], bool]:
    """The items to print, and whether more were left out."""
    if every:
        return list(items), False
    taken = list(itertools.islice(items, limit + 1))
    return taken[:limit], len(taken) > limit


def _emit_list(
    rt: Runtime,
    key: str,
    found: tuple[list[Any], bool],
    columns: Sequence[str],
    row: Callable[[Any], Any] = lambda item: item,
) -> None:
    """The list under `key` as JSON, else a table of `columns` of each item's `row`."""
    items, more = found
    emit(rt, {key: items, "total": len(items), "more": more}, table([row(item) for item in items], columns))
    if more and not rt.json:
        note(f"(more {key} left out: raise --limit, or use --all)")


def show_list(
    ctx: typer.Context,
    json_output: bool,
    key: str,
    items: Callable[[Session], Iterable[Any]],
    columns: Sequence[str],
    paging: tuple[int, bool],
    row: Callable[[Any], Any] = lambda item: item,
) -> None:
    """A list command: the `items` (an SDK `iter_` walk, or one answer's list) cut to `paging` (--limit, --all)."""
    limit, every = paging
    rt, found = read(ctx, json_output, lambda session: _collect(items(session), limit, every))
    _emit_list(rt, key, found, columns, row)
