# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

MessageMediaType = Literal[1, 2, 3]

MESSAGE_MEDIA_TYPE_VALUES: frozenset[MessageMediaType] = frozenset(
    {
        1,
        2,
        3,
    }
)


def check_message_media_type(value: int) -> MessageMediaType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(MessageMediaType, value)
