"""The `lansenger` command line: log in, send messages, move media, manage groups, receive callbacks, run the sandbox.

`main` is the console script. It needs the `cli` extra (typer, uvicorn); without it, it says so in one line and
exits 1. Importing this package imports neither typer nor the client, and `import lansenger` never imports it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["INSTALL_HINT", "main"]

INSTALL_HINT = "lansenger: the command line needs its extra packages: pip install 'lansenger[cli]'"


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line (exits the process with the command's exit code)."""
    try:
        import typer  # noqa: F401
    except ImportError:
        print(INSTALL_HINT, file=sys.stderr)
        raise SystemExit(1) from None
    from ._app import app

    app(args=list(argv) if argv is not None else None, prog_name="lansenger")
