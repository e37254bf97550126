# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

PersonalTodoPlatform = Literal[1, 2, 3]

PERSONAL_TODO_PLATFORM_VALUES: frozenset[PersonalTodoPlatform] = frozenset(
    {
        1,
        2,
        3,
    }
)

PERSONAL_TODO_PLATFORM_APP: Final = 1
PERSONAL_TODO_PLATFORM_WEB: Final = 2
PERSONAL_TODO_PLATFORM_API: Final = 3


def check_personal_todo_platform(value: int) -> PersonalTodoPlatform:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(PersonalTodoPlatform, value)
