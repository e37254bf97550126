# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

NoticeRemindAfter = Literal["count", "never", "unOperate"]

NOTICE_REMIND_AFTER_VALUES: frozenset[NoticeRemindAfter] = frozenset(
    {
        "count",
        "never",
        "unOperate",
    }
)

NOTICE_REMIND_AFTER_NEVER: Final = "never"
NOTICE_REMIND_AFTER_UN_OPERATE: Final = "unOperate"
NOTICE_REMIND_AFTER_COUNT: Final = "count"


def check_notice_remind_after(value: str) -> NoticeRemindAfter:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(NoticeRemindAfter, value)
