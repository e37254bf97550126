# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

MessageReplyType = Literal[1, 2]

MESSAGE_REPLY_TYPE_VALUES: frozenset[MessageReplyType] = frozenset(
    {
        1,
        2,
    }
)

MESSAGE_REPLY_TYPE_ADD: Final = 1
MESSAGE_REPLY_TYPE_CANCEL: Final = 2


def check_message_reply_type(value: int) -> MessageReplyType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(MessageReplyType, value)
