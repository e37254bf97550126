# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

VcDeviceKind = Literal[1, 2, 3]

VC_DEVICE_KIND_VALUES: frozenset[VcDeviceKind] = frozenset(
    {
        1,
        2,
        3,
    }
)

VC_DEVICE_KIND_PSTN: Final = 1
VC_DEVICE_KIND_XIAOYU: Final = 2
VC_DEVICE_KIND_H323: Final = 3


def check_vc_device_kind(value: int) -> VcDeviceKind:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(VcDeviceKind, value)
