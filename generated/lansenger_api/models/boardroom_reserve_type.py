# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

BoardroomReserveType = Literal["0", "1"]

BOARDROOM_RESERVE_TYPE_VALUES: frozenset[BoardroomReserveType] = frozenset(
    {
        "0",
        "1",
    }
)

BOARDROOM_RESERVE_TYPE_SINGLE: Final = "0"
BOARDROOM_RESERVE_TYPE_REPEAT: Final = "1"


def check_boardroom_reserve_type(value: str) -> BoardroomReserveType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(BoardroomReserveType, value)
