# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

ScheduleYesNo = Literal["no", "yes"]

SCHEDULE_YES_NO_VALUES: frozenset[ScheduleYesNo] = frozenset(
    {
        "no",
        "yes",
    }
)


def check_schedule_yes_no(value: str) -> ScheduleYesNo:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ScheduleYesNo, value)
