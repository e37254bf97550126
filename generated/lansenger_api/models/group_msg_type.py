# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

GroupMsgType = Literal[
    "appArticles", "appCard", "approveCard", "formatText", "i18nAppCard", "linkCard", "oacard", "text", "verifyCard"
]

GROUP_MSG_TYPE_VALUES: frozenset[GroupMsgType] = frozenset(
    {
        "appArticles",
        "appCard",
        "approveCard",
        "formatText",
        "i18nAppCard",
        "linkCard",
        "oacard",
        "text",
        "verifyCard",
    }
)


def check_group_msg_type(value: str) -> GroupMsgType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(GroupMsgType, value)
