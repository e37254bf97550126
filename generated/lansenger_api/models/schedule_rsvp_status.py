# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

ScheduleRsvpStatus = Literal["accept", "decline", "tentative"]

SCHEDULE_RSVP_STATUS_VALUES: frozenset[ScheduleRsvpStatus] = frozenset(
    {
        "accept",
        "decline",
        "tentative",
    }
)


def check_schedule_rsvp_status(value: str) -> ScheduleRsvpStatus:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ScheduleRsvpStatus, value)
