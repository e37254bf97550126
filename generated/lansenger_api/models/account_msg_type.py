# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

AccountMsgType = Literal["appCard", "formatText", "i18nAppCard", "linkCard", "oacard", "text", "verifyCard"]

ACCOUNT_MSG_TYPE_VALUES: frozenset[AccountMsgType] = frozenset(
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


def check_account_msg_type(value: str) -> AccountMsgType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(AccountMsgType, value)
