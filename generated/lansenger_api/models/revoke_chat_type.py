# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

RevokeChatType = Literal["account", "bot", "group", "notification", "staff"]

REVOKE_CHAT_TYPE_VALUES: frozenset[RevokeChatType] = frozenset(
    {
        "account",
        "bot",
        "group",
        "notification",
        "staff",
    }
)


def check_revoke_chat_type(value: str) -> RevokeChatType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(RevokeChatType, value)
