"""`api OPERATION --json ARGS`: call any operation of the spec by its id, from the generated operation registry.

The arguments are checked against the operation's input schema before a client is even built, so a mistake costs
no request (exit code 2). The answer's data is printed as JSON; `--list` shows every operation.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Any

import typer
from lansenger_api.errors import InvalidArgumentError

from .._errors import ConfigurationError
from . import _config
from ._login import AsOption
from ._output import emit
from ._runtime import Runtime, runtime

if TYPE_CHECKING:
    from lansenger_api.operations import Operation

    from .._client import Lansenger

_UNCONFIGURED_GATEWAY = "https://gateway.invalid/open/apigw"
"""A dry run's gateway when none is configured: it never appears in what is shown (only an argument's server does)."""


def api(
    ctx: typer.Context,
    operation_id: Annotated[str | None, typer.Argument(metavar="OPERATION", help="The operation's id.")] = None,
    arguments: Annotated[
        str, typer.Option("--json", metavar="ARGS", help="The arguments as one JSON object ('-': read stdin).")
    ] = "{}",
    list_operations: Annotated[bool, typer.Option("--list", help="List every operation and exit.")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the request it would send (tokens redacted); send nothing.")
    ] = False,
    staff_id: AsOption = None,
) -> None:
    """Call any operation of the spec with JSON arguments; prints the answer's data as JSON."""
    from lansenger_api.operations import REDACTED, operation, operations

    from .._dry_run import operation_request

    rt = runtime(ctx)
    if list_operations:
        _list(rt, operations().values())
        return
    if operation_id is None:
        raise InvalidArgumentError("name an operation (`lansenger api --list` shows them)")
    chosen = operation(operation_id)
    given = _parsed(sys.stdin.read() if arguments == "-" else arguments)
    acting = staff_id is not None or _needs_user(chosen, given)
    checked = chosen.acting_as(given, REDACTED) if acting else given
    chosen.check(checked)  # before a client exists: nothing is sent
    if dry_run:
        shown = operation_request(functools.partial(_dry_run_client, rt), chosen, checked)
        typer.echo(json.dumps(shown))
        return
    with _config.open_client(rt) as client:
        if acting:
            given = chosen.acting_as(given, _config.user_token(client, staff_id))
        answer = chosen.call(client.http_client, given)
    typer.echo(json.dumps(chosen.answer(answer), ensure_ascii=False))


def _dry_run_client(rt: Runtime, **options: Any) -> Lansenger:
    """The configured client, or a bare one when nothing is configured: the request a dry run shows needs no app
    id, secret or token store, and a gateway only for the URL, which it does not show."""
    try:
        return _config.open_client(rt, **options)
    except ConfigurationError:
        from .._client import Lansenger

        return Lansenger(gateway_url=_UNCONFIGURED_GATEWAY, **options)


def _needs_user(chosen: Operation, given: dict[str, Any]) -> bool:
    """The operation requires a user token the arguments leave out: the logged-in user acts."""
    carrier = chosen.user_token
    return carrier is not None and carrier.name in chosen.input_schema.get("required", ()) and carrier.name not in given


def _parsed(text: str) -> dict[str, Any]:
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidArgumentError(f"--json is not valid JSON: {error.msg} (line {error.lineno})") from None
    if not isinstance(parsed, dict):
        raise InvalidArgumentError("--json takes one JSON object of arguments")
    return parsed


def _list(rt: Runtime, found: Iterable[Operation]) -> None:
    listed = list(found)
    width = max(len(op.id) for op in listed)
    data = [
        {"id": op.id, "read": op.read, "method": op.method, "path": op.path, "summary": op.summary} for op in listed
    ]
    emit(rt, data, [f"{op.id:<{width}}  {'read ' if op.read else 'write'}  {op.summary}" for op in listed])


def register(app: typer.Typer) -> None:
    app.command()(api)
