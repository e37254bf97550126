# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

VcCreateSource = Literal[0, 1]

VC_CREATE_SOURCE_VALUES: frozenset[VcCreateSource] = frozenset(
    {
        0,
        1,
    }
)

VC_CREATE_SOURCE_CLIENT: Final = 0
VC_CREATE_SOURCE_THIRD_PARTY: Final = 1


def check_vc_create_source(value: int) -> VcCreateSource:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(VcCreateSource, value)
