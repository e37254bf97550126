# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

TodoType = Literal[1, 2]

TODO_TYPE_VALUES: frozenset[TodoType] = frozenset(
    {
        1,
        2,
    }
)

TODO_TYPE_NOTIFICATION: Final = 1
TODO_TYPE_APPROVAL: Final = 2


def check_todo_type(value: int) -> TodoType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(TodoType, value)
