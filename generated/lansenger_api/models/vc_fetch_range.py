# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

VcFetchRange = Literal["all", "my", "person"]

VC_FETCH_RANGE_VALUES: frozenset[VcFetchRange] = frozenset(
    {
        "all",
        "my",
        "person",
    }
)

VC_FETCH_RANGE_MY: Final = "my"
VC_FETCH_RANGE_ALL: Final = "all"
VC_FETCH_RANGE_PERSON: Final = "person"


def check_vc_fetch_range(value: str) -> VcFetchRange:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(VcFetchRange, value)
