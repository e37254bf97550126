# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

TagGroupCategory = Literal[1, 2]

TAG_GROUP_CATEGORY_VALUES: frozenset[TagGroupCategory] = frozenset(
    {
        1,
        2,
    }
)

TAG_GROUP_CATEGORY_STAFF: Final = 1
TAG_GROUP_CATEGORY_DEPARTMENT: Final = 2


def check_tag_group_category(value: int) -> TagGroupCategory:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(TagGroupCategory, value)
