# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

NoticeRemindIntervalUnit = Literal["day", "hour", "minutes"]

NOTICE_REMIND_INTERVAL_UNIT_VALUES: frozenset[NoticeRemindIntervalUnit] = frozenset(
    {
        "day",
        "hour",
        "minutes",
    }
)

NOTICE_REMIND_INTERVAL_UNIT_MINUTES: Final = "minutes"
NOTICE_REMIND_INTERVAL_UNIT_HOUR: Final = "hour"
NOTICE_REMIND_INTERVAL_UNIT_DAY: Final = "day"


def check_notice_remind_interval_unit(value: str) -> NoticeRemindIntervalUnit:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(NoticeRemindIntervalUnit, value)
