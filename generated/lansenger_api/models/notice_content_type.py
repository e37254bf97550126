# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

NoticeContentType = Literal[1, 2]

NOTICE_CONTENT_TYPE_VALUES: frozenset[NoticeContentType] = frozenset(
    {
        1,
        2,
    }
)

NOTICE_CONTENT_TYPE_TEXT: Final = 1
NOTICE_CONTENT_TYPE_LINK: Final = 2


def check_notice_content_type(value: int) -> NoticeContentType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(NoticeContentType, value)
