# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

StaffAccountState = Literal[1, 2]

STAFF_ACCOUNT_STATE_VALUES: frozenset[StaffAccountState] = frozenset(
    {
        1,
        2,
    }
)

STAFF_ACCOUNT_STATE_NORMAL: Final = 1
STAFF_ACCOUNT_STATE_FROZEN: Final = 2


def check_staff_account_state(value: int) -> StaffAccountState:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(StaffAccountState, value)
