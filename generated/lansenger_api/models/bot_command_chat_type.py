# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

BotCommandChatType = Literal["group", "staff"]

BOT_COMMAND_CHAT_TYPE_VALUES: frozenset[BotCommandChatType] = frozenset(
    {
        "group",
        "staff",
    }
)


def check_bot_command_chat_type(value: str) -> BotCommandChatType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(BotCommandChatType, value)
