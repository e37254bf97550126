# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

CoreMediaType = Literal[1, 2, 3]

CORE_MEDIA_TYPE_VALUES: frozenset[CoreMediaType] = frozenset(
    {
        1,
        2,
        3,
    }
)


def check_core_media_type(value: int) -> CoreMediaType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(CoreMediaType, value)
