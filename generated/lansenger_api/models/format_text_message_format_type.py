# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

FormatTextMessageFormatType = Literal[1]

FORMAT_TEXT_MESSAGE_FORMAT_TYPE_VALUES: frozenset[FormatTextMessageFormatType] = frozenset(
    {
        1,
    }
)


def check_format_text_message_format_type(value: int) -> FormatTextMessageFormatType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(FormatTextMessageFormatType, value)
