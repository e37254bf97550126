# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

PersonalTodoStatus = Literal[0, 1]

PERSONAL_TODO_STATUS_VALUES: frozenset[PersonalTodoStatus] = frozenset(
    {
        0,
        1,
    }
)

PERSONAL_TODO_STATUS_UNFINISHED: Final = 0
PERSONAL_TODO_STATUS_FINISHED: Final = 1


def check_personal_todo_status(value: int) -> PersonalTodoStatus:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(PersonalTodoStatus, value)
