# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

StaffLoginWay = Literal[0, 1, 2]

STAFF_LOGIN_WAY_VALUES: frozenset[StaffLoginWay] = frozenset(
    {
        0,
        1,
        2,
    }
)

STAFF_LOGIN_WAY_MOBILE: Final = 0
STAFF_LOGIN_WAY_EMAIL: Final = 1
STAFF_LOGIN_WAY_PASSWORD: Final = 2


def check_staff_login_way(value: int) -> StaffLoginWay:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(StaffLoginWay, value)
