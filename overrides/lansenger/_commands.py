"""Slash commands: parsing "/deploy web --now" out of a message, and the table `Dispatcher.command` fills.

The platform stores a command without its slash ("What people type after the slash") and says nothing about how
a group message that @mentions the bot spells the mention in its text, so leading "@name" words are skipped
before the slash is looked for, and names compare case-insensitively.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lansenger_api.errors import InvalidArgumentError

if TYPE_CHECKING:
    from lansenger_api.models.bot_command import BotCommand

CommandHandler = Callable[[Any], Any]


@dataclass(frozen=True)
class Command:
    """A parsed slash command: `name` without the slash, lower-cased; `args` split as a shell would (quotes
    group words); `text` everything after the name, as typed."""

    name: str
    args: tuple[str, ...]
    text: str


def parse_command(text: str | None) -> Command | None:
    """The command a message's text starts with (after any "@name" words), else None."""
    if not text:
        return None
    words = text.strip().split(None, 1)
    while words and words[0].startswith("@"):
        words = words[1].split(None, 1) if len(words) > 1 else []
    if not words or not words[0].startswith("/") or len(words[0]) < 2:
        return None
    rest = words[1].strip() if len(words) > 1 else ""
    try:
        args = tuple(shlex.split(rest))
    except ValueError:  # an unbalanced quote: plain words beat refusing the command
        args = tuple(rest.split())
    return Command(words[0][1:].lower(), args, rest)


def command_name(name: str) -> str:
    """`name` as the platform stores it: no slash, no whitespace; an InvalidArgumentError otherwise."""
    if not isinstance(name, str):
        raise InvalidArgumentError("command: expected a string such as '/deploy'")
    bare = name[1:] if name.startswith("/") else name
    if not bare or bare.startswith("/") or any(char.isspace() for char in bare):
        raise InvalidArgumentError("command: one word, optionally after one slash, such as '/deploy'")
    return bare.lower()


@dataclass(frozen=True)
class _Route:
    spec: BotCommand
    handler: CommandHandler


class CommandTable:
    """Command handlers by name, and the commands as the platform lists them (for `sync_commands`)."""

    def __init__(self) -> None:
        self._routes: dict[str, _Route] = {}

    def add(
        self, name: str, handler: CommandHandler, *, description: str | None = None, icon: str | None = None
    ) -> None:
        if not callable(handler):
            raise TypeError("handler must be callable")
        bare = command_name(name)
        if bare in self._routes:
            raise ValueError(f"command /{bare} already has a handler")
        doc = (handler.__doc__ or "").strip().splitlines()
        described = description or (doc[0].strip() if doc else "") or f"/{bare}"
        from lansenger_api.models.bot_command import BotCommand  # the model is needed by a sync, not by routing

        spec = BotCommand(command=bare, description=described)
        if icon is not None:
            spec.icon = icon
        self._routes[bare] = _Route(spec, handler)

    def handler_for(self, text: str | None) -> CommandHandler | None:
        command = parse_command(text)
        route = self._routes.get(command.name) if command is not None else None
        return route.handler if route is not None else None

    def __len__(self) -> int:
        return len(self._routes)

    def __iter__(self) -> Iterator[BotCommand]:
        return (route.spec for route in self._routes.values())
