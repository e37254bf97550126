# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

VcMeetingType = Literal[0, 1]

VC_MEETING_TYPE_VALUES: frozenset[VcMeetingType] = frozenset(
    {
        0,
        1,
    }
)

VC_MEETING_TYPE_INSTANT: Final = 0
VC_MEETING_TYPE_RESERVED: Final = 1


def check_vc_meeting_type(value: int) -> VcMeetingType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(VcMeetingType, value)
