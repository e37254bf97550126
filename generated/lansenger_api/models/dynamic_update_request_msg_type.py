# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

DynamicUpdateRequestMsgType = Literal["appCard", "approveCard"]

DYNAMIC_UPDATE_REQUEST_MSG_TYPE_VALUES: frozenset[DynamicUpdateRequestMsgType] = frozenset(
    {
        "appCard",
        "approveCard",
    }
)


def check_dynamic_update_request_msg_type(value: str) -> DynamicUpdateRequestMsgType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(DynamicUpdateRequestMsgType, value)
