# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

RoamingOrgState = Literal[0, 1]

ROAMING_ORG_STATE_VALUES: frozenset[RoamingOrgState] = frozenset(
    {
        0,
        1,
    }
)

ROAMING_ORG_STATE_INSTALLED: Final = 0
ROAMING_ORG_STATE_REMOVED: Final = 1


def check_roaming_org_state(value: int) -> RoamingOrgState:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(RoamingOrgState, value)
