"""Which bot messages a bot answers: private chats always, groups only when it is @mentioned, allow/deny lists.

The group message's `reminder` says whether this bot was mentioned (`isAtMe`, or the bot among `bots`); the bot's
own messages, and other bots' (`fromType` 1), are never answered, so two bots cannot talk to each other forever.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from ._bot_event import GROUP_MESSAGE

BOT_SENDER = 1
"""`fromType` of a message a bot sent (the spec's BotMessageEvent)."""


def _ids(values: Collection[str] | None, what: str) -> frozenset[str] | None:
    if values is None:
        return None
    if isinstance(values, str) or not all(isinstance(value, str) and value for value in values):
        raise TypeError(f"{what} must be a collection of non-empty id strings")
    return frozenset(values)


@dataclass(frozen=True, init=False)
class BotPolicy:
    """Args:
    groups_need_mention: answer a group message only when it @mentions the bot (`mention_all` counts an
        @everyone too).
    allow_staff / allow_groups: when given, only these senders / groups are answered.
    deny_staff / deny_groups: never answered; deny wins over allow.
    """

    groups_need_mention: bool
    mention_all: bool
    allow_staff: frozenset[str] | None
    deny_staff: frozenset[str]
    allow_groups: frozenset[str] | None
    deny_groups: frozenset[str]

    def __init__(
        self,
        *,
        groups_need_mention: bool = True,
        mention_all: bool = False,
        allow_staff: Collection[str] | None = None,
        deny_staff: Collection[str] = (),
        allow_groups: Collection[str] | None = None,
        deny_groups: Collection[str] = (),
    ) -> None:
        set_ = object.__setattr__
        set_(self, "groups_need_mention", bool(groups_need_mention))
        set_(self, "mention_all", bool(mention_all))
        set_(self, "allow_staff", _ids(allow_staff, "allow_staff"))
        set_(self, "deny_staff", _ids(deny_staff, "deny_staff"))
        set_(self, "allow_groups", _ids(allow_groups, "allow_groups"))
        set_(self, "deny_groups", _ids(deny_groups, "deny_groups"))

    def refusal(self, event_type: str, data: Mapping[str, Any]) -> str | None:
        """Why the message is not answered (a short reason for the log), or None when it is."""
        sender = data.get("from")
        if not isinstance(sender, str) or not sender:
            return "no sender"
        if data.get("fromType") == BOT_SENDER or (data.get("botId") and data.get("botId") == sender):
            return "sent by a bot"
        if sender in self.deny_staff or (self.allow_staff is not None and sender not in self.allow_staff):
            return "sender not allowed"
        if event_type != GROUP_MESSAGE:
            return None
        group = data.get("groupId")
        if group in self.deny_groups or (self.allow_groups is not None and group not in self.allow_groups):
            return "group not allowed"
        if self.groups_need_mention and not self._mentioned(data):
            return "bot not mentioned"
        return None

    def _mentioned(self, data: Mapping[str, Any]) -> bool:
        reminder = data.get("reminder")
        if not isinstance(reminder, Mapping):
            return False
        if reminder.get("isAtMe") is True or (self.mention_all and reminder.get("isAtAll") is True):
            return True
        bots = reminder.get("bots")
        bot_id = data.get("botId")
        return (
            bool(bot_id)
            and isinstance(bots, list)
            and any(isinstance(bot, Mapping) and bot.get("botId") == bot_id for bot in bots)
        )
