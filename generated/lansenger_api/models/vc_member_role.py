# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

VcMemberRole = Literal["admin", "joinHost", "participant"]

VC_MEMBER_ROLE_VALUES: frozenset[VcMemberRole] = frozenset(
    {
        "admin",
        "joinHost",
        "participant",
    }
)

VC_MEMBER_ROLE_HOST: Final = "admin"
VC_MEMBER_ROLE_JOIN_HOST: Final = "joinHost"
VC_MEMBER_ROLE_MEMBER: Final = "participant"


def check_vc_member_role(value: str) -> VcMemberRole:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(VcMemberRole, value)
