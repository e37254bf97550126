# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

StaffGenderOption = Literal[0, 1, 2]

STAFF_GENDER_OPTION_VALUES: frozenset[StaffGenderOption] = frozenset(
    {
        0,
        1,
        2,
    }
)

STAFF_GENDER_OPTION_UNDISCLOSED: Final = 0
STAFF_GENDER_OPTION_MALE: Final = 1
STAFF_GENDER_OPTION_FEMALE: Final = 2


def check_staff_gender_option(value: int) -> StaffGenderOption:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(StaffGenderOption, value)
