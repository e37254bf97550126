# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

DynamicMsgType = Literal["appCard", "approveCard"]

DYNAMIC_MSG_TYPE_VALUES: frozenset[DynamicMsgType] = frozenset(
    {
        "appCard",
        "approveCard",
    }
)


def check_dynamic_msg_type(value: str) -> DynamicMsgType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(DynamicMsgType, value)
