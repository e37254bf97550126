# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

TextFormat = Literal[1]

TEXT_FORMAT_VALUES: frozenset[TextFormat] = frozenset(
    {
        1,
    }
)


def check_text_format(value: int) -> TextFormat:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(TextFormat, value)
