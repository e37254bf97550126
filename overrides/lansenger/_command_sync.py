"""`sync_commands`: make the platform's slash-command list of one scope equal the commands the bot declares.

The platform has three calls per scope: fetch, create, and delete (every command of the scope), and does not
say whether a second create replaces or extends the list. So the sync reads the scope, and when it differs:
deletes the scope first only if a command must go or change, then creates the whole declared list (under either
reading of create that leaves exactly the declared commands). Each step is safe to repeat, so a step failing with
a retryable error (network, rate limit, 5xx) is tried again, up to `attempts` times with growing pauses.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from lansenger_api.errors import InvalidArgumentError, LansengerError
from lansenger_api.models.bot_command import BotCommand
from lansenger_api.models.bot_command_chat_type import BotCommandChatType
from lansenger_api.models.bot_command_scope_type import BotCommandScopeType
from lansenger_api.types import UNSET, Unset

from ._dispatch import Dispatcher

if TYPE_CHECKING:
    from ._client import AsyncLansenger

__all__ = ["CommandSync", "sync_commands"]

logger = logging.getLogger("lansenger.bot")

_T = TypeVar("_T")
Sleep = Callable[[float], Awaitable[object]]
_Shape = tuple[str, str | None]


@dataclass(frozen=True)
class CommandSync:
    """What a sync did: command names added, removed and changed (all empty when the scope already matched)."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _shape(description: object, icon: object) -> _Shape:
    return (description if isinstance(description, str) else "", icon if isinstance(icon, str) and icon else None)


async def sync_commands(
    client: AsyncLansenger,
    commands: Dispatcher | Iterable[BotCommand],
    *,
    scope_type: BotCommandScopeType = 7,
    chat_id: str | None = None,
    chat_type: BotCommandChatType | None = None,
    staff_id: str | None = None,
    attempts: int = 3,
    pause: float = 1.0,
    sleep: Sleep = asyncio.sleep,
) -> CommandSync:
    """Sync the declared commands (a `Dispatcher`'s `@dispatcher.command`s, or `BotCommand`s) to one scope (the
    default, 7, is everywhere); see the module's account of the steps. `pause` doubles after each failed try."""
    declared = list(commands.commands if isinstance(commands, Dispatcher) else commands)
    if not all(isinstance(command, BotCommand) for command in declared):
        raise InvalidArgumentError("commands: a Dispatcher or BotCommand models")
    wanted = {command.command: _shape(command.description, command.icon) for command in declared}
    if len(wanted) != len(declared):
        raise InvalidArgumentError("commands: a command name is declared twice")
    if not isinstance(attempts, int) or attempts < 1:
        raise InvalidArgumentError("attempts must be a positive integer")
    chat: str | Unset = UNSET if chat_id is None else chat_id
    staff: str | Unset = UNSET if staff_id is None else staff_id
    kind: BotCommandChatType | Unset = UNSET if chat_type is None else chat_type

    async def retried(step: Callable[[], Awaitable[_T]]) -> _T:
        delay = pause
        for attempt in range(1, attempts + 1):
            try:
                return await step()
            except LansengerError as error:
                if not error.retryable or attempt == attempts:
                    raise
                logger.warning("bot commands: %s; trying again in %.1f s", type(error).__name__, delay)
                await sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    listed = await retried(
        lambda: client.bots.fetch_bot_commands(scope_type=scope_type, chat_id=chat, chat_type=kind, staff_id=staff)
    )
    present = {
        info.command: _shape(info.description, info.icon)
        for info in (listed.commands if isinstance(listed.commands, list) else [])
        if isinstance(info.command, str)
    }
    result = CommandSync(
        added=tuple(name for name in wanted if name not in present),
        removed=tuple(name for name in present if name not in wanted),
        changed=tuple(name for name in wanted if name in present and present[name] != wanted[name]),
    )
    if result.unchanged:
        return result
    if result.removed or result.changed:
        await retried(
            lambda: client.bots.delete_bot_commands(scope_type=scope_type, chat_id=chat, chat_type=kind, staff_id=staff)
        )
    if declared:
        await retried(
            lambda: client.bots.create_bot_commands(
                scope_type=scope_type, commands=declared, chat_id=chat, chat_type=kind, staff_id=staff
            )
        )
    logger.info(
        "bot commands: %d added, %d removed, %d changed", len(result.added), len(result.removed), len(result.changed)
    )
    return result
