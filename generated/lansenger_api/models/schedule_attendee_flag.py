# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

ScheduleAttendeeFlag = Literal["no", "option", "yes"]

SCHEDULE_ATTENDEE_FLAG_VALUES: frozenset[ScheduleAttendeeFlag] = frozenset(
    {
        "no",
        "option",
        "yes",
    }
)

SCHEDULE_ATTENDEE_FLAG_REQUIRED: Final = "yes"
SCHEDULE_ATTENDEE_FLAG_OPTIONAL: Final = "option"
SCHEDULE_ATTENDEE_FLAG_NOT_EXPECTED: Final = "no"


def check_schedule_attendee_flag(value: str) -> ScheduleAttendeeFlag:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ScheduleAttendeeFlag, value)
