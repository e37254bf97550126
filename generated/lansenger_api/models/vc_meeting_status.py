# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

VcMeetingStatus = Literal[0, 1, 2, 3, 4, 5]

VC_MEETING_STATUS_VALUES: frozenset[VcMeetingStatus] = frozenset(
    {
        0,
        1,
        2,
        3,
        4,
        5,
    }
)

VC_MEETING_STATUS_NOT_STARTED: Final = 0
VC_MEETING_STATUS_STARTED: Final = 1
VC_MEETING_STATUS_ALL_MUTED: Final = 2
VC_MEETING_STATUS_LOCKED: Final = 3
VC_MEETING_STATUS_ENDED: Final = 4
VC_MEETING_STATUS_CANCELLED: Final = 5


def check_vc_meeting_status(value: int) -> VcMeetingStatus:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(VcMeetingStatus, value)
