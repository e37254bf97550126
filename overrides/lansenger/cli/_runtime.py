"""What every command shares: the global options, and the clock, sleeper, browser and waits tests replace.

The root command puts one `Runtime` in the click context (`ctx.obj`); a test passes its own with
`CliRunner().invoke(app, args, obj=Runtime(sleep=...))`.
"""

from __future__ import annotations

import sys
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

import typer


def _wait_for_interrupt(announce: Callable[[], None]) -> None:
    from ..testing.sandbox import _wait_for_interrupt as wait

    wait(announce)


def _ignore(url: str) -> None:
    """The default `on_listening`: nothing to tell."""


@dataclass
class Runtime:
    """Global options (set by the root command) and the effects a test may replace."""

    profile: str | None = None
    state_file: str | None = None
    json: bool = False
    sleep: Callable[[float], object] = time.sleep
    clock: Callable[[], float] = time.monotonic
    open_browser: Callable[[str], object] = webbrowser.open
    wait_for_interrupt: Callable[[Callable[[], None]], None] = _wait_for_interrupt
    on_listening: Callable[[str], None] = _ignore
    """Called with a server's URL once it listens (`callbacks serve`)."""
    stderr_is_tty: Callable[[], bool] = field(default=lambda: sys.stderr.isatty())
    stdin_is_tty: Callable[[], bool] = field(default=lambda: sys.stdin.isatty())
    """Whether a destructive command may ask for confirmation (else it needs --yes)."""
    client_options: dict[str, Any] = field(default_factory=dict)
    """Extra `Lansenger(...)` keyword arguments (a test's `max_retries=0`, a transport)."""


def runtime(ctx: typer.Context) -> Runtime:
    found = ctx.find_object(Runtime)
    if found is None:
        found = ctx.ensure_object(Runtime)
    return found


JsonFlag = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]
"""Every command takes --json (the root does too, for all commands at once)."""


def use_json(ctx: typer.Context, flag: bool) -> Runtime:
    """The runtime, with --json given to this command taken into account."""
    found = runtime(ctx)
    found.json = found.json or flag
    return found
