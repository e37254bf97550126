"""How a command reaches the platform: a read, or a change that may be confirmed first or only shown (--dry-run).

Every command builds its call as a function of a `Session`, so the same call is sent, or shown without sending
(`lansenger._dry_run`: the request is kept instead of sent, and printed with every token masked the way the SDK's
hooks see it).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

import typer
from lansenger_api.errors import InvalidArgumentError
from lansenger_api.types import UNSET, Unset

from .._client import Lansenger
from . import _config
from ._output import emit, fields
from ._runtime import Runtime, use_json

T = TypeVar("T")

DryRunFlag = Annotated[
    bool, typer.Option("--dry-run", help="Print the request that would be sent (tokens masked); send nothing.")
]
YesFlag = Annotated[bool, typer.Option("--yes", "-y", help="Do it without asking.")]


class NotConfirmedError(InvalidArgumentError):
    """A destructive command was not confirmed: declined at the prompt, or no --yes where nobody can be asked."""


@dataclass(frozen=True)
class Session:
    """The client a command calls through, and whether it only shows the request."""

    client: Lansenger
    dry_run: bool = False

    def user_token(self, staff_id: str | None) -> str | Unset:
        """The token of the `--as` user (UNSET without --as); a dry run fetches none."""
        if staff_id is None:
            return UNSET
        if self.dry_run:
            from .._dry_run import PLACEHOLDER_TOKEN

            return PLACEHOLDER_TOKEN
        return _config.user_token(self.client, staff_id)


def given(value: T | None) -> T | Unset:
    """An option left out is an argument left out."""
    return UNSET if value is None else value


def read(ctx: typer.Context, json_output: bool, call: Callable[[Session], T]) -> tuple[Runtime, T]:
    """Run `call` (a read) with a client of the settings in effect."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        return rt, call(Session(client))


def show(ctx: typer.Context, json_output: bool, call: Callable[[Session], object]) -> None:
    """A fetch command: the record `call` reads, as JSON or as `key: value` lines."""
    rt, found = read(ctx, json_output, call)
    emit(rt, found, fields(found))


def change(
    ctx: typer.Context,
    json_output: bool,
    call: Callable[[Session], T],
    report: Callable[[T], tuple[Any, str]],
    *,
    dry_run: bool,
    confirm: str | None = None,
    yes: bool = False,
) -> None:
    """Run `call` (a write) and print what `report` makes of its answer (JSON data, a line); with --dry-run,
    print the request instead.

    With `confirm` (what a destructive command is about to do) it first asks on the terminal, or needs --yes.
    """
    rt = use_json(ctx, json_output)
    if dry_run:
        _show(rt, call)
        return
    if confirm is not None:
        _confirm(rt, confirm, yes)
    _, answer = read(ctx, json_output, call)
    emit(rt, *report(answer))


def _confirm(rt: Runtime, action: str, yes: bool) -> None:
    if yes:
        return
    if not rt.stdin_is_tty():
        raise NotConfirmedError(f"{action}: pass --yes to confirm (nobody can be asked: stdin is not a terminal)")
    if not typer.confirm(f"{action}?", err=True):
        raise NotConfirmedError(f"{action}: not confirmed, nothing was done")


def _show(rt: Runtime, call: Callable[[Session], object]) -> None:
    from .._dry_run import described, kept_request

    opened = functools.partial(_config.open_client, rt)
    request = described(kept_request(opened, lambda client: call(Session(client, dry_run=True))))
    lines = [f"Dry run, nothing sent: {request['method']} {request['url']}"]
    if request["body"] is not None:
        lines.append(json.dumps(request["body"], ensure_ascii=False, indent=2))
    emit(rt, {"dryRun": True, "request": request}, lines)
