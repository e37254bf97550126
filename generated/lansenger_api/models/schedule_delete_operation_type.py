# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

ScheduleDeleteOperationType = Literal["delete_all", "delete_current", "delete_from_current"]

SCHEDULE_DELETE_OPERATION_TYPE_VALUES: frozenset[ScheduleDeleteOperationType] = frozenset(
    {
        "delete_all",
        "delete_current",
        "delete_from_current",
    }
)


def check_schedule_delete_operation_type(value: str) -> ScheduleDeleteOperationType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(ScheduleDeleteOperationType, value)
