# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

NoticeRangeObjType = Literal[1, 2]

NOTICE_RANGE_OBJ_TYPE_VALUES: frozenset[NoticeRangeObjType] = frozenset(
    {
        1,
        2,
    }
)

NOTICE_RANGE_OBJ_TYPE_STAFF: Final = 1
NOTICE_RANGE_OBJ_TYPE_DEPARTMENT: Final = 2


def check_notice_range_obj_type(value: int) -> NoticeRangeObjType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(NoticeRangeObjType, value)
