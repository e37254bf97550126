# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

ScheduleVisibility = Literal["default", "private", "public"]

SCHEDULE_VISIBILITY_VALUES: frozenset[ScheduleVisibility] = frozenset(
    {
        "default",
        "private",
        "public",
    }
)


def check_schedule_visibility(value: str) -> ScheduleVisibility:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ScheduleVisibility, value)
