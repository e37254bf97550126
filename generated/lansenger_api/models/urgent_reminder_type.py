# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

UrgentReminderType = Literal[0, 1, 2, 3]

URGENT_REMINDER_TYPE_VALUES: frozenset[UrgentReminderType] = frozenset(
    {
        0,
        1,
        2,
        3,
    }
)

URGENT_REMINDER_TYPE_NONE: Final = 0
URGENT_REMINDER_TYPE_POPUP: Final = 1
URGENT_REMINDER_TYPE_SMS: Final = 2
URGENT_REMINDER_TYPE_PHONE: Final = 3


def check_urgent_reminder_type(value: int) -> UrgentReminderType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(UrgentReminderType, value)
