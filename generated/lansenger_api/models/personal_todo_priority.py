# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

PersonalTodoPriority = Literal[0, 1, 2, 3]

PERSONAL_TODO_PRIORITY_VALUES: frozenset[PersonalTodoPriority] = frozenset(
    {
        0,
        1,
        2,
        3,
    }
)

PERSONAL_TODO_PRIORITY_LOW: Final = 0
PERSONAL_TODO_PRIORITY_NORMAL: Final = 1
PERSONAL_TODO_PRIORITY_URGENT: Final = 2
PERSONAL_TODO_PRIORITY_VERY_URGENT: Final = 3


def check_personal_todo_priority(value: int) -> PersonalTodoPriority:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(PersonalTodoPriority, value)
