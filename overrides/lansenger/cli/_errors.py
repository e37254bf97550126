"""Exit codes, and the one line (never a traceback, never a secret) a failed command prints.

| code | meaning |
|---|---|
| 0 | success |
| 1 | the platform answered an error, or another failure (token state file, callback payload, local file) |
| 2 | usage: bad arguments or options, missing configuration, a destructive command not confirmed (--yes) |
| 3 | authentication: credentials or tokens rejected, login denied, expired or missing, permission denied |
| 4 | network: the gateway or passport could not be reached, or timed out |
| 130 | interrupted (Ctrl-C) |

Every command maps errors through `exit_code` (and `health` its failed check's error), so one kind of mistake
has one code everywhere; `--dry-run` exits 0 after printing the request.
"""

from __future__ import annotations

import json
from typing import Any, Final

import typer
from lansenger_api.errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    InvalidArgumentError,
    LansengerError,
    PermissionDeniedError,
)
from typer.core import TyperGroup

from .._errors import AuthorizationError, ConfigurationError
from .._logging import redact
from ._runtime import Runtime

OK: Final = 0
FAILED: Final = 1
USAGE: Final = 2
AUTH: Final = 3
NETWORK: Final = 4
INTERRUPTED: Final = 130


TOKEN_OPERATION: Final = "create_app_token"
"""Any refusal of the app-token request means the credentials were not accepted, whatever its errCode."""


def exit_code(error: BaseException) -> int:
    if isinstance(error, (InvalidArgumentError, ConfigurationError)):
        return USAGE
    if isinstance(error, (AuthenticationError, PermissionDeniedError, AuthorizationError)):
        return AUTH
    if isinstance(error, APIError) and error.operation == TOKEN_OPERATION and error.http_status < 500:
        return AUTH
    if isinstance(error, APIConnectionError):
        return NETWORK
    return FAILED


def describe(error: BaseException) -> dict[str, Any]:
    """The error as JSON, for --json: what a script needs to decide, nothing secret."""
    described: dict[str, Any] = {
        "type": type(error).__name__,
        "message": redact(str(error)),
        "exitCode": exit_code(error),
    }
    if isinstance(error, APIError):
        described |= {"errCode": error.err_code, "httpStatus": error.http_status, "requestId": error.request_id}
    return described


def report(error: BaseException, as_json: bool) -> int:
    """Print the error (stderr; on stdout too as JSON with --json) and return its exit code."""
    if as_json:
        typer.echo(json.dumps({"error": describe(error)}, ensure_ascii=False))
    message = redact(str(error)) or type(error).__name__
    typer.echo(f"Error: {message}", err=True)
    return exit_code(error)


class LansengerGroup(TyperGroup):
    """The root command group: SDK errors from any command become a one-line message and a documented exit code."""

    def invoke(self, ctx: Any) -> Any:  # Any: typer >= 0.23 vendors click, older typer uses click itself
        try:
            return super().invoke(ctx)
        except LansengerError as error:
            code = report(error, _json_mode(ctx))
        except OSError as error:  # a local file the user named: missing, unreadable, a directory
            code = report(error, _json_mode(ctx))
        except KeyboardInterrupt:
            typer.echo("Interrupted.", err=True)
            code = INTERRUPTED
        raise typer.Exit(code)


def _json_mode(ctx: Any) -> bool:
    found = ctx.find_object(Runtime)
    return found is not None and found.json
