# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

BoardroomEditType = Literal["1", "2"]

BOARDROOM_EDIT_TYPE_VALUES: frozenset[BoardroomEditType] = frozenset(
    {
        "1",
        "2",
    }
)

BOARDROOM_EDIT_TYPE_CURRENT: Final = "1"
BOARDROOM_EDIT_TYPE_CURRENT_AND_AFTER: Final = "2"


def check_boardroom_edit_type(value: str) -> BoardroomEditType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(BoardroomEditType, value)
