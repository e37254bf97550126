"""`bot commands list|set|delete`: the slash commands the app's bot offers, per scope."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from lansenger_api.errors import InvalidArgumentError
from lansenger_api.models import (
    BotCommand,
    BotCommandChatType,
    BotCommandScope,
    BotCommandScopeType,
    bot_command_chat_type,
    bot_command_scope_type,
)
from lansenger_api.models.bot_command_scope_type import BOT_COMMAND_SCOPE_TYPE_DEFAULT

from ._choices import choice, spec_name
from ._output import emit, table
from ._runtime import JsonFlag
from ._session import DryRunFlag, Session, YesFlag, change, given, read

app = typer.Typer(help="The app's bot.", no_args_is_help=True)
commands = typer.Typer(help="Slash commands, per scope.", no_args_is_help=True)
app.add_typer(commands, name="commands")

Scope = Annotated[
    BotCommandScopeType | None,
    choice(bot_command_scope_type, "--scope", help="Where the commands show (default: default)."),
]
ChatId = Annotated[str | None, typer.Option("--chat-id", help="The group or staff id (scopes of one chat).")]
ChatType = Annotated[
    BotCommandChatType | None, choice(bot_command_chat_type, "--chat-type", help="What --chat-id names.")
]
Member = Annotated[str | None, typer.Option("--member", help="The group member (scope group-member).")]


def _scope(
    scope: BotCommandScopeType | None, chat_id: str | None, chat_type: BotCommandChatType | None, member: str | None
) -> dict[str, Any]:
    """The scope's arguments, as every bot command operation takes them."""
    return {
        "scope_type": BOT_COMMAND_SCOPE_TYPE_DEFAULT if scope is None else scope,
        "chat_id": given(chat_id),
        "chat_type": given(chat_type),
        "staff_id": given(member),
    }


def _shown(where: dict[str, Any]) -> dict[str, Any]:
    """The scope as the platform spells it (scopeType, chatId, ...), for --json."""
    return BotCommandScope(**where).to_dict()


@commands.command("list")
def list_(
    ctx: typer.Context,
    scope: Scope = None,
    chat_id: ChatId = None,
    chat_type: ChatType = None,
    member: Member = None,
    json_output: JsonFlag = False,
) -> None:
    """The commands of one scope."""
    where = _scope(scope, chat_id, chat_type, member)
    rt, found = read(ctx, json_output, lambda session: session.client.bots.fetch_bot_commands(**where))
    emit(rt, found, table(found.commands or [], ("command", "description")))


def _command(text: str) -> BotCommand:
    name, separator, description = text.partition("=")
    if not separator:
        raise InvalidArgumentError(f"--command wants NAME=DESCRIPTION, got {text!r}")
    return BotCommand(command=name.strip().lstrip("/"), description=description.strip())


@commands.command("set")
def set_(
    ctx: typer.Context,
    command: Annotated[list[str], typer.Option("--command", "-c", help="NAME=DESCRIPTION (repeatable).")],
    scope: Scope = None,
    chat_id: ChatId = None,
    chat_type: ChatType = None,
    member: Member = None,
    dry_run: DryRunFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Set the commands of one scope."""
    where, offered = _scope(scope, chat_id, chat_type, member), [_command(text) for text in command]

    def call(session: Session) -> None:
        session.client.bots.create_bot_commands(commands=offered, **where)

    change(
        ctx,
        json_output,
        call,
        lambda _: ({**_shown(where), "commands": offered}, f"Set {len(offered)} commands."),
        dry_run=dry_run,
    )


@commands.command()
def delete(
    ctx: typer.Context,
    scope: Scope = None,
    chat_id: ChatId = None,
    chat_type: ChatType = None,
    member: Member = None,
    yes: YesFlag = False,
    dry_run: DryRunFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """Delete every command of one scope (asks first)."""
    where = _scope(scope, chat_id, chat_type, member)
    change(
        ctx,
        json_output,
        lambda session: session.client.bots.delete_bot_commands(**where),
        lambda _: ({**_shown(where), "deleted": True}, "Deleted the scope's commands."),
        dry_run=dry_run,
        confirm=f"Delete every command of scope {spec_name(bot_command_scope_type, where['scope_type'])}",
        yes=yes,
    )
