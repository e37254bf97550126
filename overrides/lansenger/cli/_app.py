"""The root command: global options, and one sub-command module per group."""

from __future__ import annotations

from typing import Annotated

import typer

from . import (
    _api,
    _bot,
    _calendars,
    _callbacks,
    _chats,
    _config,
    _departments,
    _groups,
    _health,
    _login,
    _mcp,
    _media,
    _sandbox,
    _send,
    _settings,
    _staff,
    _todos,
)
from ._errors import LansengerGroup
from ._runtime import JsonFlag, Runtime

HELP = """Lansenger (蓝信) from the shell.

Settings come from LANSENGER_* variables, else from the profile in the state file the platform's SDKs share.
Exit codes: 0 ok, 1 API or other error, 2 usage or configuration (or a deletion not confirmed),
3 authentication, 4 network, 130 interrupted.
Deletions ask first (or take --yes), writes take --dry-run, and every command takes --json.
"""

app = typer.Typer(
    cls=LansengerGroup,
    help=HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def lansenger(
    ctx: typer.Context,
    profile: Annotated[
        str | None,
        typer.Option("--profile", "-p", envvar=_config.ENV_PROFILE, help="Profile in the state file."),
    ] = None,
    state_file: Annotated[
        str | None,
        typer.Option(
            "--state-file",
            envvar=_config.ENV_STATE_FILE,
            help="The state file (default ~/.lansenger/sdk_state.json).",
        ),
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    rt = ctx.ensure_object(Runtime)
    rt.profile, rt.state_file, rt.json = profile, state_file, json_output


_login.register(app)
app.add_typer(_send.app, name="send")
app.add_typer(_media.app, name="media")
app.add_typer(_groups.app, name="groups")
app.add_typer(_callbacks.app, name="callbacks")
app.add_typer(_settings.app, name="config")
app.add_typer(_staff.app, name="staff")
app.add_typer(_departments.app, name="departments")
app.add_typer(_calendars.calendars, name="calendars")
app.add_typer(_calendars.schedules, name="schedules")
app.add_typer(_todos.app, name="todos")
app.add_typer(_chats.app, name="chats")
app.add_typer(_bot.app, name="bot")
_health.register(app)
_sandbox.register(app)
_api.register(app)
_mcp.register(app)
