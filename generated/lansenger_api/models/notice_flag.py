# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

NoticeFlag = Literal[0, 1]

NOTICE_FLAG_VALUES: frozenset[NoticeFlag] = frozenset(
    {
        0,
        1,
    }
)

NOTICE_FLAG_NO: Final = 0
NOTICE_FLAG_YES: Final = 1


def check_notice_flag(value: int) -> NoticeFlag:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(NoticeFlag, value)
