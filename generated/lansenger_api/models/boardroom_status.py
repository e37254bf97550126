# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

BoardroomStatus = Literal["0", "1", "2", "3", "4", "5", "6"]

BOARDROOM_STATUS_VALUES: frozenset[BoardroomStatus] = frozenset(
    {
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
    }
)

BOARDROOM_STATUS_APPROVING: Final = "0"
BOARDROOM_STATUS_PENDING_SIGN: Final = "1"
BOARDROOM_STATUS_SIGN_TIMEOUT: Final = "2"
BOARDROOM_STATUS_REJECTED: Final = "3"
BOARDROOM_STATUS_CANCELED: Final = "4"
BOARDROOM_STATUS_RESERVED: Final = "5"
BOARDROOM_STATUS_FINISHED: Final = "6"


def check_boardroom_status(value: str) -> BoardroomStatus:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(BoardroomStatus, value)
