# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

BoardroomCancelType = Literal["1", "2", "3"]

BOARDROOM_CANCEL_TYPE_VALUES: frozenset[BoardroomCancelType] = frozenset(
    {
        "1",
        "2",
        "3",
    }
)

BOARDROOM_CANCEL_TYPE_CURRENT: Final = "1"
BOARDROOM_CANCEL_TYPE_CURRENT_AND_AFTER: Final = "2"
BOARDROOM_CANCEL_TYPE_ALL_UNFINISHED: Final = "3"


def check_boardroom_cancel_type(value: str) -> BoardroomCancelType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(BoardroomCancelType, value)
