# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

ChatMsgType = Literal["appCard", "formatText", "i18nAppCard", "linkCard", "oacard", "text", "verifyCard"]

CHAT_MSG_TYPE_VALUES: frozenset[ChatMsgType] = frozenset(
    {
        "appCard",
        "formatText",
        "i18nAppCard",
        "linkCard",
        "oacard",
        "text",
        "verifyCard",
    }
)


def check_chat_msg_type(value: str) -> ChatMsgType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ChatMsgType, value)
