# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

BoardroomNoticeTime = Literal["不提醒", "会前15分钟", "会前1天", "会前1小时", "会前2小时", "会前30分钟", "立即提醒"]

BOARDROOM_NOTICE_TIME_VALUES: frozenset[BoardroomNoticeTime] = frozenset(
    {
        "不提醒",
        "会前15分钟",
        "会前1天",
        "会前1小时",
        "会前2小时",
        "会前30分钟",
        "立即提醒",
    }
)

BOARDROOM_NOTICE_TIME_NONE: Final = "不提醒"
BOARDROOM_NOTICE_TIME_IMMEDIATELY: Final = "立即提醒"
BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES: Final = "会前15分钟"
BOARDROOM_NOTICE_TIME_BEFORE_30_MINUTES: Final = "会前30分钟"
BOARDROOM_NOTICE_TIME_BEFORE_1_HOUR: Final = "会前1小时"
BOARDROOM_NOTICE_TIME_BEFORE_2_HOURS: Final = "会前2小时"
BOARDROOM_NOTICE_TIME_BEFORE_1_DAY: Final = "会前1天"


def check_boardroom_notice_time(value: str) -> BoardroomNoticeTime:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(BoardroomNoticeTime, value)
