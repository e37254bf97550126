# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

NoticeRemindRange = Literal["all", "notReminder", "partialRemind", "receiver"]

NOTICE_REMIND_RANGE_VALUES: frozenset[NoticeRemindRange] = frozenset(
    {
        "all",
        "notReminder",
        "partialRemind",
        "receiver",
    }
)

NOTICE_REMIND_RANGE_ALL: Final = "all"
NOTICE_REMIND_RANGE_RECEIVER: Final = "receiver"
NOTICE_REMIND_RANGE_PARTIAL: Final = "partialRemind"
NOTICE_REMIND_RANGE_NOT_REMINDER: Final = "notReminder"


def check_notice_remind_range(value: str) -> NoticeRemindRange:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(NoticeRemindRange, value)
