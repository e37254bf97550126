# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

PersonalTodoType = Literal[1]

PERSONAL_TODO_TYPE_VALUES: frozenset[PersonalTodoType] = frozenset(
    {
        1,
    }
)

PERSONAL_TODO_TYPE_PERSONAL: Final = 1


def check_personal_todo_type(value: int) -> PersonalTodoType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(PersonalTodoType, value)
