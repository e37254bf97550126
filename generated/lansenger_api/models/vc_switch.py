# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

VcSwitch = Literal[0, 1]

VC_SWITCH_VALUES: frozenset[VcSwitch] = frozenset(
    {
        0,
        1,
    }
)

VC_SWITCH_ON: Final = 0
VC_SWITCH_OFF: Final = 1


def check_vc_switch(value: int) -> VcSwitch:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(VcSwitch, value)
