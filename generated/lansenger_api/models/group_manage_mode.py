# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

GroupManageMode = Literal[0, 1]

GROUP_MANAGE_MODE_VALUES: frozenset[GroupManageMode] = frozenset(
    {
        0,
        1,
    }
)

GROUP_MANAGE_MODE_ALL_MEMBERS: Final = 0
GROUP_MANAGE_MODE_OWNER_ONLY: Final = 1


def check_group_manage_mode(value: int) -> GroupManageMode:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(GroupManageMode, value)
