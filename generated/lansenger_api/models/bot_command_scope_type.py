# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

BotCommandScopeType = Literal[1, 2, 3, 4, 5, 6, 7]

BOT_COMMAND_SCOPE_TYPE_VALUES: frozenset[BotCommandScopeType] = frozenset(
    {
        1,
        2,
        3,
        4,
        5,
        6,
        7,
    }
)

BOT_COMMAND_SCOPE_TYPE_GROUP_MEMBER: Final = 1
BOT_COMMAND_SCOPE_TYPE_GROUP_ADMINS: Final = 2
BOT_COMMAND_SCOPE_TYPE_CHAT: Final = 3
BOT_COMMAND_SCOPE_TYPE_ALL_GROUP_ADMINS: Final = 4
BOT_COMMAND_SCOPE_TYPE_ALL_GROUPS: Final = 5
BOT_COMMAND_SCOPE_TYPE_ALL_PRIVATE_CHATS: Final = 6
BOT_COMMAND_SCOPE_TYPE_DEFAULT: Final = 7


def check_bot_command_scope_type(value: int) -> BotCommandScopeType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(BotCommandScopeType, value)
