"""`sandbox`: the local stand-in for the gateway and passport, with the variables that point the CLI at it."""

from __future__ import annotations

import shlex
from typing import Annotated

import typer

from ._output import emit, note
from ._runtime import JsonFlag, use_json


def sandbox(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = 8765,
    app_id: Annotated[str, typer.Option(help="The app id it accepts.")] = "sandbox-app",
    app_secret: Annotated[str, typer.Option(help="The app secret it accepts.")] = "sandbox-secret",
    json_output: JsonFlag = False,
) -> None:
    """Start the sandbox and serve until Ctrl-C; prints the variables to point the SDK and the CLI at it."""
    rt = use_json(ctx, json_output)
    from ..testing import Sandbox
    from ..testing.sandbox import CONSOLE_PATH

    with Sandbox(app_id=app_id, app_secret=app_secret, host=host, port=port) as running:
        variables = {
            "LANSENGER_API_GATEWAY_URL": running.url,
            "LANSENGER_PASSPORT_URL": running.url,
            "LANSENGER_APP_ID": running.app_id,
            "LANSENGER_APP_SECRET": running.app_secret,
            "LANSENGER_ENCODING_KEY": running.aes_key,
            "LANSENGER_CALLBACK_TOKEN": running.sign_token,
        }
        data = {"url": running.url, "console": f"{running.url}{CONSOLE_PATH}", "environment": variables}

        def announce() -> None:  # once Ctrl-C and SIGTERM are handled, so a supervisor may stop it right away
            emit(rt, data, [f"export {name}={shlex.quote(value)}" for name, value in variables.items()])
            note(f"Lansenger sandbox listening on {running.url}; Ctrl-C stops it.")
            note(f"Sandbox console: {data['console']}")

        rt.wait_for_interrupt(announce)


def register(app: typer.Typer) -> None:
    app.command()(sandbox)
