# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

ScheduleBusyFree = Literal["busy", "free"]

SCHEDULE_BUSY_FREE_VALUES: frozenset[ScheduleBusyFree] = frozenset(
    {
        "busy",
        "free",
    }
)


def check_schedule_busy_free(value: str) -> ScheduleBusyFree:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ScheduleBusyFree, value)
