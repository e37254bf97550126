# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

ScheduleRepeatType = Literal["custom", "day", "month", "no", "week", "work_day", "year"]

SCHEDULE_REPEAT_TYPE_VALUES: frozenset[ScheduleRepeatType] = frozenset(
    {
        "custom",
        "day",
        "month",
        "no",
        "week",
        "work_day",
        "year",
    }
)


def check_schedule_repeat_type(value: str) -> ScheduleRepeatType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ScheduleRepeatType, value)
