# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

ScheduleOperationType = Literal["modify_all", "modify_current", "modify_current_after"]

SCHEDULE_OPERATION_TYPE_VALUES: frozenset[ScheduleOperationType] = frozenset(
    {
        "modify_all",
        "modify_current",
        "modify_current_after",
    }
)


def check_schedule_operation_type(value: str) -> ScheduleOperationType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ScheduleOperationType, value)
