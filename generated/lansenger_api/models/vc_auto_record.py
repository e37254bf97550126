# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

VcAutoRecord = Literal[0, 1]

VC_AUTO_RECORD_VALUES: frozenset[VcAutoRecord] = frozenset(
    {
        0,
        1,
    }
)

VC_AUTO_RECORD_OFF: Final = 0
VC_AUTO_RECORD_ON: Final = 1


def check_vc_auto_record(value: int) -> VcAutoRecord:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(VcAutoRecord, value)
