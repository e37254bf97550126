# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

MsgType = Literal[
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

MSG_TYPE_VALUES: frozenset[MsgType] = frozenset(
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


def check_msg_type(value: str) -> MsgType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(MsgType, value)
