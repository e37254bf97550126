# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

BoardroomApproveStatus = Literal[0, 1, 2, 3]

BOARDROOM_APPROVE_STATUS_VALUES: frozenset[BoardroomApproveStatus] = frozenset(
    {
        0,
        1,
        2,
        3,
    }
)

BOARDROOM_APPROVE_STATUS_NONE: Final = 0
BOARDROOM_APPROVE_STATUS_ONGOING: Final = 1
BOARDROOM_APPROVE_STATUS_PASSED: Final = 2
BOARDROOM_APPROVE_STATUS_REJECTED: Final = 3


def check_boardroom_approve_status(value: int) -> BoardroomApproveStatus:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(BoardroomApproveStatus, value)
