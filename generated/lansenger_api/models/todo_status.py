# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

TodoStatus = Literal["11", "12", "21", "22"]

TODO_STATUS_VALUES: frozenset[TodoStatus] = frozenset(
    {
        "11",
        "12",
        "21",
        "22",
    }
)

TODO_STATUS_PENDING_READ: Final = "11"
TODO_STATUS_READ: Final = "12"
TODO_STATUS_PENDING_DO: Final = "21"
TODO_STATUS_DONE: Final = "22"


def check_todo_status(value: str) -> TodoStatus:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(TodoStatus, value)
