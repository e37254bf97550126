"""How a command reaches the platform: a read, or a change that may be confirmed first or only shown (--dry-run).

Every command builds its call as a function of a `Session`, so the same call is sent, or shown without sending:
a dry run gives the client a placeholder app token (nothing is fetched) and a transport that keeps the request
instead of sending it, and prints it with every token masked the way the SDK's hooks see it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Final, TypeVar

import httpx
import typer
from lansenger_api.errors import InvalidArgumentError
from lansenger_api.types import UNSET, Unset

from .._client import Lansenger
from .._hooks import request_view
from . import _config
from ._output import emit, fields
from ._runtime import Runtime, use_json

T = TypeVar("T")

DryRunFlag = Annotated[
    bool, typer.Option("--dry-run", help="Print the request that would be sent (tokens masked); send nothing.")
]
YesFlag = Annotated[bool, typer.Option("--yes", "-y", help="Do it without asking.")]

PLACEHOLDER_TOKEN: Final = "dry-run"
"""The app and user token of a dry run: never sent, and masked in what is printed."""


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
        return PLACEHOLDER_TOKEN if self.dry_run else _config.user_token(self.client, staff_id)


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


class _Kept(Exception):
    """Carries the request a dry run would have sent out of the client."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__("dry run")
        self.request = request


class _Keep(httpx.BaseTransport):
    """The dry run's network: keeps the first request and ends the call."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise _Kept(request)


def _show(rt: Runtime, call: Callable[[Session], object]) -> None:
    client = _config.open_client(rt, app_token=PLACEHOLDER_TOKEN, transport=_Keep(), max_retries=0)
    with client:
        try:
            call(Session(client, dry_run=True))
        except _Kept as kept:
            request = _described(kept.request)
        else:
            raise InvalidArgumentError("nothing would be sent")
    lines = [f"Dry run, nothing sent: {request['method']} {request['url']}"]
    if request["body"] is not None:
        lines.append(json.dumps(request["body"], ensure_ascii=False, indent=2))
    emit(rt, {"dryRun": True, "request": request}, lines)


def _described(request: httpx.Request) -> dict[str, Any]:
    """The request as JSON-ready data, secrets masked (its JSON body parsed, other bodies left out)."""
    view = request_view(request)
    return {"method": view.method, "url": str(view.url), "body": json.loads(view.content) if view.content else None}
