# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

VcInviteeType = Literal[0, 1]

VC_INVITEE_TYPE_VALUES: frozenset[VcInviteeType] = frozenset(
    {
        0,
        1,
    }
)

VC_INVITEE_TYPE_PLATFORM_MEMBER: Final = 0
VC_INVITEE_TYPE_XIAOYU_DEVICE: Final = 1


def check_vc_invitee_type(value: int) -> VcInviteeType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(VcInviteeType, value)
