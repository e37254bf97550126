# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

ChatListType = Literal[0, 1, 2]

CHAT_LIST_TYPE_VALUES: frozenset[ChatListType] = frozenset(
    {
        0,
        1,
        2,
    }
)

CHAT_LIST_TYPE_ALL: Final = 0
CHAT_LIST_TYPE_PRIVATE: Final = 1
CHAT_LIST_TYPE_GROUP: Final = 2


def check_chat_list_type(value: int) -> ChatListType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ChatListType, value)
