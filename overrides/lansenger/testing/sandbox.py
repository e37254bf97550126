"""Command line for the sandbox: ``python -m lansenger.testing.sandbox``.

Serves until interrupted, or with ``--run CMD ...`` runs one command against a fresh sandbox (what ``make demo``
does) and exits with its status. ``--fault PATH:KIND[,KIND...][:TIMES]`` (repeatable) injects faults as
`Sandbox.fail_next` does, e.g. ``--fault /v1/bot/messages/create:status=429,retry_after=2:3``.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ._server import Sandbox

__all__ = ["Sandbox", "main", "run_environment"]

DEFAULT_PORT = 8765
CONSOLE_PATH = "/sandbox/console"
COMMAND_NOT_FOUND = 127


_NUMBER_KINDS = {"status": int, "err_code": int, "retry_after": float, "latency": float}
_FLAG_KINDS = frozenset({"reset", "malformed_json", "expire_token"})


@dataclass(frozen=True)
class FaultOption:
    """One ``--fault`` argument, parsed into `Sandbox.fail_next` arguments."""

    path: str
    options: dict[str, Any]


def parse_fault(text: str) -> FaultOption:
    """``PATH:KIND[,KIND...][:TIMES]`` -> the path and `fail_next` keyword arguments."""
    parts = text.split(":")
    if len(parts) not in (2, 3) or not parts[0].startswith("/") or not parts[1]:
        raise argparse.ArgumentTypeError(f"expected PATH:KIND[,KIND...][:TIMES], got {text!r}")
    options: dict[str, Any] = {}
    for kind in parts[1].split(","):
        name, has_value, value = kind.partition("=")
        try:
            if name in _FLAG_KINDS and not has_value:
                options[name] = True
            elif name in _NUMBER_KINDS and has_value:
                options[name] = _NUMBER_KINDS[name](value)
            else:
                raise ValueError(kind)
        except ValueError:
            known = ", ".join([*(f"{number}=N" for number in _NUMBER_KINDS), *sorted(_FLAG_KINDS)])
            raise argparse.ArgumentTypeError(f"unknown fault {kind!r} (known: {known})") from None
    if len(parts) == 3:
        if not parts[2].isdigit() or int(parts[2]) < 1:
            raise argparse.ArgumentTypeError(f"TIMES must be a positive integer, got {parts[2]!r}")
        options["times"] = int(parts[2])
    return FaultOption(parts[0], options)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m lansenger.testing.sandbox",
        description="Local stand-in for the Lansenger API gateway.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--port", type=int, default=None, help=f"default {DEFAULT_PORT}; with --run, any free port unless given"
    )
    parser.add_argument("--app-id", default="sandbox-app")
    parser.add_argument("--app-secret", default="sandbox-secret")
    parser.add_argument("--token-lifetime", type=float, default=7200.0, metavar="SECONDS")
    parser.add_argument(
        "--fault",
        type=parse_fault,
        action="append",
        default=[],
        metavar="PATH:KIND[,KIND...][:TIMES]",
        help="inject a fault, e.g. /v1/bot/messages/create:status=429,retry_after=2:3 (kinds: status=N, "
        "err_code=N, retry_after=S, latency=S, reset, malformed_json, expire_token); repeatable",
    )
    parser.add_argument(
        "--run",
        nargs=argparse.REMAINDER,
        metavar="CMD",
        help="run CMD (everything after --run) against the sandbox and exit with its status",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    if options.run is not None and not options.run:
        _parser().error("--run needs a command")
    default_port = DEFAULT_PORT if options.run is None else 0
    sandbox = Sandbox(
        app_id=options.app_id,
        app_secret=options.app_secret,
        token_lifetime=options.token_lifetime,
        host=options.host,
        port=default_port if options.port is None else options.port,
    )
    for fault in options.fault:
        try:
            sandbox.fail_next(fault.path, **fault.options)
        except ValueError as error:
            _parser().error(f"--fault {fault.path}: {error}")
    with sandbox:
        console = f"Sandbox console: {sandbox.url}{CONSOLE_PATH}"
        if options.run is not None:
            print(console, file=sys.stderr, flush=True)
            return _run_against(sandbox, options.run)
        _wait_for_interrupt(lambda: print(f"Lansenger sandbox listening on {sandbox.url}\n{console}", flush=True))
    return 0


def run_environment(sandbox: Sandbox) -> dict[str, str]:
    """This process's environment with the LANSENGER_* settings that point a program at `sandbox` (what
    ``--run`` gives its command; tests that inspect the sandbox afterwards run programs with it too)."""
    return os.environ | {
        "LANSENGER_API_GATEWAY_URL": sandbox.url,
        "LANSENGER_PASSPORT_URL": sandbox.url,
        "LANSENGER_APP_ID": sandbox.app_id,
        "LANSENGER_APP_SECRET": sandbox.app_secret,
        "LANSENGER_ENCODING_KEY": sandbox.aes_key,
        "LANSENGER_CALLBACK_TOKEN": sandbox.sign_token,
    }


def _run_against(sandbox: Sandbox, command: list[str]) -> int:
    try:
        completed = subprocess.run(command, env=run_environment(sandbox), check=False)
    except FileNotFoundError:
        print(f"sandbox: command not found: {command[0]}", file=sys.stderr)
        return COMMAND_NOT_FOUND
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
    status = completed.returncode
    return status if status >= 0 else 128 - status


def _wait_for_interrupt(announce: Callable[[], None]) -> None:
    """Block until Ctrl-C or SIGTERM, both a normal stop. `announce` runs once SIGTERM is handled, so a supervisor
    that stops the sandbox as soon as it reads the announcement does not kill it with the default handler."""
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        announce()
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    raise SystemExit(main())
