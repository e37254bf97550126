# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

CardContentFormatType = Literal[0, 1]

CARD_CONTENT_FORMAT_TYPE_VALUES: frozenset[CardContentFormatType] = frozenset(
    {
        0,
        1,
    }
)


def check_card_content_format_type(value: int) -> CardContentFormatType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(CardContentFormatType, value)
