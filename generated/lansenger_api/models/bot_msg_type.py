# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

BotMsgType = Literal[
    "appArticles",
    "appCard",
    "approveCard",
    "authorizationReq",
    "formatText",
    "i18nAppCard",
    "linkCard",
    "oacard",
    "text",
    "verifyCard",
]

BOT_MSG_TYPE_VALUES: frozenset[BotMsgType] = frozenset(
    {
        "appArticles",
        "appCard",
        "approveCard",
        "authorizationReq",
        "formatText",
        "i18nAppCard",
        "linkCard",
        "oacard",
        "text",
        "verifyCard",
    }
)


def check_bot_msg_type(value: str) -> BotMsgType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(BotMsgType, value)
