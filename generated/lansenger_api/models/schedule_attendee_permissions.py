# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

ScheduleAttendeePermissions = Literal["can_invite", "can_modify", "can_see", "none"]

SCHEDULE_ATTENDEE_PERMISSIONS_VALUES: frozenset[ScheduleAttendeePermissions] = frozenset(
    {
        "can_invite",
        "can_modify",
        "can_see",
        "none",
    }
)


def check_schedule_attendee_permissions(value: str) -> ScheduleAttendeePermissions:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ScheduleAttendeePermissions, value)
