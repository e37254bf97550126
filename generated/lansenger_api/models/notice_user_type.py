# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

NoticeUserType = Literal[1, 2]

NOTICE_USER_TYPE_VALUES: frozenset[NoticeUserType] = frozenset(
    {
        1,
        2,
    }
)

NOTICE_USER_TYPE_PHONE: Final = 1
NOTICE_USER_TYPE_OPENID: Final = 2


def check_notice_user_type(value: int) -> NoticeUserType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(NoticeUserType, value)
