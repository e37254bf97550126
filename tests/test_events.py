"""Typed inbound events: every event type's data parses into its model; unknown or malformed data stays a dict."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from lansenger._callback_events import CallbackEvent, normalise_events
from lansenger_api.events import EVENT_MODELS, parse_event_data
from lansenger_api.models.account_message_event import AccountMessageEvent
from lansenger_api.models.account_subscription_event import AccountSubscriptionEvent
from lansenger_api.models.app_install_event import AppInstallEvent
from lansenger_api.models.approve_card_callback_event import ApproveCardCallbackEvent
from lansenger_api.models.bot_message_event import BotMessageEvent
from lansenger_api.models.data_scope_event import DataScopeEvent
from lansenger_api.models.dept_change_event import DeptChangeEvent
from lansenger_api.models.event_reference_msg import EventReferenceMsg
from lansenger_api.models.event_reminder import EventReminder
from lansenger_api.models.group_create_approve_event import GroupCreateApproveEvent
from lansenger_api.models.report_location_event import ReportLocationEvent
from lansenger_api.models.schedule_delete_event import ScheduleDeleteEvent
from lansenger_api.models.schedule_event_attendee import ScheduleEventAttendee
from lansenger_api.models.schedule_modify_event import ScheduleModifyEvent
from lansenger_api.models.staff_change_event import StaffChangeEvent
from lansenger_api.models.staff_info_event import StaffInfoEvent
from lansenger_api.models.tag_member_event import TagMemberEvent
from lansenger_api.models.telephone_track_event import TelephoneTrackEvent
from lansenger_api.models.ua_cert_create_event import UaCertCreateEvent
from lansenger_api.models.ua_cert_delete_event import UaCertDeleteEvent
from lansenger_api.models.user_logout_event import UserLogoutEvent
from lansenger_api.models.workbench_visibility_event import WorkbenchVisibilityEvent
from lansenger_api.types import UNSET

STAMP = "1680075586163886"  # 16-digit microseconds, as text: what every sample carries
ADA = "524288-1001"
BOB = "524288-1002"
BOT = "524288-bot-7"


@dataclass(frozen=True)
class Sample:
    type: str
    data: dict[str, Any]
    check: Callable[[Any], None]


def payload_of(sample: Sample) -> Any:
    return CallbackEvent(type=sample.type, data=sample.data).payload


# --- checks, one per kind of data ------------------------------------------------------------------------------


def check_account_message(event: AccountMessageEvent) -> None:
    assert isinstance(event, AccountMessageEvent)
    assert (event.msg_text, event.staff_id) == ("this is a test", "524288-aavcceee")
    assert (event.msgText, event.staffId) == (UNSET, UNSET)


def check_account_message_camel(event: AccountMessageEvent) -> None:
    assert isinstance(event, AccountMessageEvent)
    assert (event.msgText, event.staffId) == ("hello", ADA)


def check_subscription(event: AccountSubscriptionEvent) -> None:
    assert isinstance(event, AccountSubscriptionEvent)
    assert (event.staffId, event.create_time) == (ADA, STAMP)


def check_subscription_snake(event: AccountSubscriptionEvent) -> None:
    assert isinstance(event, AccountSubscriptionEvent)
    assert (event.staff_id, event.start_time) == ("524288-aavcceee", "this is a subsribe")


def check_staff_info(event: StaffInfoEvent) -> None:
    assert isinstance(event, StaffInfoEvent)
    assert (event.staff_id, event.name, event.mobile, event.email) == (ADA, "Ada", "13800000000", "ada@example.cn")
    assert (event.state, event.sex, event.employ_id, event.avatar_id) == (1, 2, "E-1001", "media-avatar-1")
    assert event.timestamp == STAMP


def check_staff_change(event: StaffChangeEvent) -> None:
    assert isinstance(event, StaffChangeEvent)
    assert (event.staff_id, event.timestamp) == (ADA, STAMP)


def check_dept_change(event: DeptChangeEvent) -> None:
    assert isinstance(event, DeptChangeEvent)
    assert (event.dept_id, event.timestamp) == ("524288-8euatzH7z7XFPgn0xbtP6B92pcagy", "1712655597216842")


def check_tag_member(event: TagMemberEvent) -> None:
    assert isinstance(event, TagMemberEvent)
    assert (event.tag_id, event.timestamp) == ("524288-tag-3", STAMP)


def check_app_install(event: AppInstallEvent) -> None:
    assert isinstance(event, AppInstallEvent)
    assert (event.org_id, event.org_name, event.timestamp) == ("524288", "Sandbox Org", STAMP)


def check_private_message(event: BotMessageEvent) -> None:
    assert isinstance(event, BotMessageEvent)
    assert (event.from_, event.from_name, event.entry_id, event.msg_type) == (ADA, "Ada", "entry-1", "text")
    assert (event.msg_id, event.os_type) == ("msg-1", "Mac Pc")
    assert event.msg_data is not UNSET and event.msg_data.text is not UNSET
    assert event.msg_data.text.content == "hello bot"
    assert event.reference_msg is UNSET and event.reminder is UNSET and event.group_id is UNSET


def check_private_image(event: BotMessageEvent) -> None:
    assert isinstance(event, BotMessageEvent)
    assert event.msg_data is not UNSET and event.msg_data.image is not UNSET
    assert event.msg_data.image.media_ids == ["media-1"]
    assert event.msg_data.image.content == "look"


def check_group_message(event: BotMessageEvent) -> None:
    assert isinstance(event, BotMessageEvent)
    assert (event.group_id, event.group_name, event.bot_id, event.bot_creator) == ("g-9", "Team", BOT, BOB)
    assert (event.from_type, event.magic) == (0, "m-1")
    assert event.msg_data is not UNSET and event.msg_data.format_ is not UNSET
    assert (event.msg_data.format_.format_type, event.msg_data.format_.text) == ("markdown", "**hi** @bot")
    reminder = event.reminder
    assert isinstance(reminder, EventReminder)
    assert (reminder.is_at_me, reminder.is_at_all) == (True, False)
    assert reminder.bots is not UNSET and [(b.bot_id, b.bot_name) for b in reminder.bots] == [(BOT, "Helper")]
    assert reminder.staffs is not UNSET and [(s.staff_id, s.staff_name) for s in reminder.staffs] == [(BOB, "Bob")]
    quoted = event.reference_msg
    assert isinstance(quoted, EventReferenceMsg)
    assert (quoted.from_, quoted.msg_type, quoted.send_time) == (BOB, "file", "1712655597216842")
    assert quoted.msg_data is not UNSET and quoted.msg_data.file is not UNSET
    assert quoted.msg_data.file.media_ids == ["media-2"]
    assert quoted.additional_properties == {"msgId": "msg-0"}
    assert (event.conversation_id, event.additional_properties) == ("c-1", {})


def check_group_box_message(event: BotMessageEvent) -> None:
    assert isinstance(event, BotMessageEvent)
    assert event.reference_msg is UNSET and event.reminder is UNSET
    assert event.msg_data is not UNSET and event.msg_data.box is not UNSET
    box = event.msg_data.box
    assert box.content == "Chat history"
    assert box.message_items is not UNSET and len(box.message_items) == 2
    first, second = box.message_items
    assert (first.from_, first.msg_type, first.send_time) == (ADA, "text", 1712655597)
    assert first.msg_data is not UNSET and first.msg_data.text is not UNSET and first.msg_data.text.content == "a"
    assert second.msg_data is not UNSET and second.msg_data.position is not UNSET
    assert (second.msg_data.position.name, second.msg_data.position.address) == ("HQ", "1 Main St")


def check_group_create_approve(event: GroupCreateApproveEvent) -> None:
    assert isinstance(event, GroupCreateApproveEvent)
    assert (event.apply_request_id, event.group_id, event.timestamp) == ("apply-5", "g-9", STAMP)


def check_telephone_track(event: TelephoneTrackEvent) -> None:
    assert isinstance(event, TelephoneTrackEvent)
    assert (event.transaction_id, event.attach, event.confirm_type) == ("tx-77", "ticket-42", 1)
    caller, callee = event.caller, event.callee
    assert caller is not UNSET and callee is not UNSET
    assert caller.staff_id == ADA
    assert caller.mobile_phone is not UNSET
    assert (caller.mobile_phone.country_code, caller.mobile_phone.number) == ("86", "13800000000")
    assert callee.staff_id == BOB and callee.mobile_phone is not UNSET and callee.mobile_phone.number == "13900000000"


def check_cert_create(event: UaCertCreateEvent) -> None:
    assert isinstance(event, UaCertCreateEvent)
    assert (event.staff_id, event.device_id, event.ua_cert, event.timestamp) == (ADA, "dev-1", "MIIB...", STAMP)


def check_cert_delete(event: UaCertDeleteEvent) -> None:
    assert isinstance(event, UaCertDeleteEvent)
    assert (event.staff_id, event.device_id, event.timestamp) == (ADA, "dev-1", STAMP)


def check_location(event: ReportLocationEvent) -> None:
    assert isinstance(event, ReportLocationEvent)
    assert event.location_info is not UNSET
    assert event.location_info.additional_properties == {"latitude": "39.9", "longitude": "116.4", "city": "Beijing"}
    assert event.location_info["city"] == "Beijing"


def check_logout(event: UserLogoutEvent) -> None:
    assert isinstance(event, UserLogoutEvent)
    assert (event.staff_id, event.device_id, event.timestamp) == (ADA, "dev-2", STAMP)


def check_data_scope(event: DataScopeEvent) -> None:
    assert isinstance(event, DataScopeEvent)
    assert (event.dept_ids, event.timestamp) == (["524288-1", "524288-2"], STAMP)


def check_workbench(event: WorkbenchVisibilityEvent) -> None:
    assert isinstance(event, WorkbenchVisibilityEvent)
    assert (event.entry_id, event.department_ids, event.staff_ids) == ("entry-1", ["524288-1"], [ADA])
    assert (event.is_test_mode_on, event.timestamp) == (True, STAMP)


def check_schedule_modify(event: ScheduleModifyEvent) -> None:
    assert isinstance(event, ScheduleModifyEvent)
    assert (event.primary_schedule_id, event.schedule_id, event.summary) == ("s-1", "s-1-2", "Weekly sync")
    assert (event.operation_type, event.current_time, event.repeat_type) == ("modify_all", 1748160000, "week")
    assert (event.all_day, event.expire_date_type, event.operator) == ("no", "yes", ADA)
    assert (event.rule_start_time, event.rule_end_time) == (1748160000, 1750752000)
    start, end = event.start_time, event.end_time
    assert start is not UNSET and end is not UNSET
    assert (start.time, start.time_zone, end.time, end.time_zone) == (
        1748160000,
        "Asia/Shanghai",
        1748163600,
        "Asia/Shanghai",
    )
    assert event.attendees is not UNSET and all(isinstance(a, ScheduleEventAttendee) for a in event.attendees)
    assert [a.additional_properties for a in event.attendees] == [{"staffId": BOB, "attendeeFlag": "yes"}]


def check_schedule_delete(event: ScheduleDeleteEvent) -> None:
    assert isinstance(event, ScheduleDeleteEvent)
    assert (event.schedule_id, event.operation_type, event.current_time) == ("s-1-2", "delete_current", 1748160000)
    assert event.start_time is not UNSET and event.start_time.time == 1748160000


def check_approve_card(event: ApproveCardCallbackEvent) -> None:
    assert isinstance(event, ApproveCardCallbackEvent)
    assert (event.event_data, event.staff_id) == ('{"action":"approve","ticket":7}', ADA)


# --- realistic data per event type -----------------------------------------------------------------------------

STAFF_CHANGE = {"staffId": ADA, "timestamp": STAMP}
DEPT_CHANGE = {"deptId": "524288-8euatzH7z7XFPgn0xbtP6B92pcagy", "timestamp": "1712655597216842"}
APP_INSTALL = {"orgId": "524288", "orgName": "Sandbox Org", "timestamp": STAMP}
SUBSCRIPTION = {"staffId": ADA, "createTime": STAMP}
SCHEDULE = {
    "primaryScheduleId": "s-1",
    "scheduleId": "s-1-2",
    "summary": "Weekly sync",
    "description": "Agenda in the doc",
    "operationType": "modify_all",
    "currentTime": 1748160000,
    "repeatType": "week",
    "expireDateType": "yes",
    "allDay": "no",
    "rule": {"interval": 1},
    "ruleStartTime": 1748160000,
    "ruleEndTime": 1750752000,
    "startTime": {"time": 1748160000, "timeZone": "Asia/Shanghai"},
    "endTime": {"time": 1748163600, "timeZone": "Asia/Shanghai"},
    "operator": ADA,
    "attendees": [{"staffId": BOB, "attendeeFlag": "yes"}],
    "timestamp": STAMP,
}
GROUP_MESSAGE = {
    "from": ADA,
    "fromName": "Ada",
    "fromType": 0,
    "entryId": "entry-1",
    "msgType": "formatText",
    "msgData": {"format": {"formatType": "markdown", "text": "**hi** @bot", "sequence": 1}},
    "msgId": "msg-2",
    "osType": "Android",
    "groupId": "g-9",
    "groupName": "Team",
    "botCreator": BOB,
    "botId": BOT,
    "magic": "m-1",
    "reminder": {
        "isAtMe": True,
        "isAtAll": False,
        "bots": [{"botId": BOT, "botName": "Helper"}],
        "staffs": [{"staffId": BOB, "staffName": "Bob"}],
    },
    "referenceMsg": {
        "from": BOB,
        "msgType": "file",
        "msgData": {"file": {"mediaIds": ["media-2"], "content": "report.pdf"}},
        "sendTime": "1712655597216842",
        "msgId": "msg-0",
    },
    "conversationId": "c-1",
}
BOX_MESSAGE = {
    "from": ADA,
    "msgType": "box",
    "msgData": {
        "box": {
            "content": "Chat history",
            "messageItems": [
                {"msgType": "text", "msgData": {"text": {"content": "a"}}, "from": ADA, "sendTime": 1712655597},
                {"msgType": "position", "msgData": {"position": {"name": "HQ", "address": "1 Main St"}}, "from": BOB},
            ],
        }
    },
    "groupId": "g-9",
    "botId": BOT,
}

SAMPLES = [
    Sample("account_message", {"msg_text": "this is a test", "staff_id": "524288-aavcceee"}, check_account_message),
    Sample("account_message", {"msgText": "hello", "staffId": ADA}, check_account_message_camel),
    Sample("account_subscribe", SUBSCRIPTION, check_subscription),
    Sample(
        "account_subscribe",
        {"start_time": "this is a subsribe", "staff_id": "524288-aavcceee"},
        check_subscription_snake,
    ),
    Sample("account_unsubscribe", SUBSCRIPTION, check_subscription),
    Sample(
        "staff_info",
        {
            "staffId": ADA,
            "name": "Ada",
            "mobile": "13800000000",
            "state": 1,
            "sex": 2,
            "email": "ada@example.cn",
            "employId": "E-1001",
            "avatarId": "media-avatar-1",
            "timestamp": STAMP,
        },
        check_staff_info,
    ),
    Sample("staff_create", STAFF_CHANGE, check_staff_change),
    Sample("staff_modify", STAFF_CHANGE, check_staff_change),
    Sample("staff_delete", STAFF_CHANGE, check_staff_change),
    Sample("dept_create", DEPT_CHANGE, check_dept_change),
    Sample("dept_modify", DEPT_CHANGE, check_dept_change),
    Sample("dept_delete", DEPT_CHANGE, check_dept_change),
    Sample("tag_member", {"tagId": "524288-tag-3", "timestamp": STAMP}, check_tag_member),
    Sample("app_install_org", APP_INSTALL, check_app_install),
    Sample("app_uninstall_org", APP_INSTALL, check_app_install),
    Sample(
        "bot_private_message",
        {
            "from": ADA,
            "fromName": "Ada",
            "entryId": "entry-1",
            "msgType": "text",
            "msgData": {"text": {"content": "hello bot"}},
            "msgId": "msg-1",
            "osType": "Mac Pc",
        },
        check_private_message,
    ),
    Sample(
        "bot_private_message",
        {"from": ADA, "msgType": "image", "msgData": {"image": {"mediaIds": ["media-1"], "content": "look"}}},
        check_private_image,
    ),
    Sample("bot_group_message", GROUP_MESSAGE, check_group_message),
    Sample("bot_group_message", BOX_MESSAGE, check_group_box_message),
    Sample(
        "group_create_approve",
        {"applyRequestId": "apply-5", "groupId": "g-9", "timestamp": STAMP},
        check_group_create_approve,
    ),
    Sample(
        "telephone_track",
        {
            "transactionId": "tx-77",
            "attach": "ticket-42",
            "caller": {"staffId": ADA, "mobilePhone": {"countryCode": "86", "number": "13800000000"}},
            "callee": {"staffId": BOB, "mobilePhone": {"countryCode": "86", "number": "13900000000"}},
            "confirmType": 1,
            "timestamp": STAMP,
        },
        check_telephone_track,
    ),
    Sample(
        "ua_cert_create",
        {"staffId": ADA, "deviceId": "dev-1", "uaCert": "MIIB...", "timestamp": STAMP},
        check_cert_create,
    ),
    Sample("ua_cert_delete", {"staffId": ADA, "deviceId": "dev-1", "timestamp": STAMP}, check_cert_delete),
    Sample(
        "report_location",
        {"locationInfo": {"latitude": "39.9", "longitude": "116.4", "city": "Beijing"}},
        check_location,
    ),
    Sample("user_logout", {"staffId": ADA, "deviceId": "dev-2", "timestamp": STAMP}, check_logout),
    Sample("data_scope", {"deptIds": ["524288-1", "524288-2"], "timestamp": STAMP}, check_data_scope),
    Sample(
        "wb_visible_config",
        {
            "entryId": "entry-1",
            "departmentIds": ["524288-1"],
            "staffIds": [ADA],
            "isTestModeOn": True,
            "timestamp": STAMP,
        },
        check_workbench,
    ),
    Sample("schedule_modify", SCHEDULE, check_schedule_modify),
    Sample(
        "schedule_delete",
        {**{k: v for k, v in SCHEDULE.items() if k != "attendees"}, "operationType": "delete_current"},
        check_schedule_delete,
    ),
    Sample(
        "approve_card_callback",
        {"eventData": '{"action":"approve","ticket":7}', "staffId": ADA},
        check_approve_card,
    ),
]

EVENT_TYPES = {
    "account_message",
    "account_subscribe",
    "account_unsubscribe",
    "staff_info",
    "staff_modify",
    "staff_create",
    "staff_delete",
    "dept_modify",
    "dept_create",
    "dept_delete",
    "tag_member",
    "app_install_org",
    "app_uninstall_org",
    "bot_private_message",
    "bot_group_message",
    "group_create_approve",
    "telephone_track",
    "ua_cert_create",
    "ua_cert_delete",
    "report_location",
    "user_logout",
    "data_scope",
    "wb_visible_config",
    "schedule_modify",
    "schedule_delete",
    "approve_card_callback",
}


def sample_id(sample: Sample) -> str:
    return f"{sample.type}-{sample.check.__name__.removeprefix('check_')}"


@pytest.mark.parametrize("sample", SAMPLES, ids=sample_id)
def test_event_data_parses_into_its_model(sample: Sample) -> None:
    sample.check(payload_of(sample))


@pytest.mark.parametrize("sample", SAMPLES, ids=sample_id)
def test_a_parsed_event_gives_back_the_data_it_came_from(sample: Sample) -> None:
    assert payload_of(sample).to_dict() == sample.data


def test_the_catalogue_is_the_platforms_25_types_plus_approve_card_callback() -> None:
    assert set(EVENT_MODELS) == EVENT_TYPES
    assert len(EVENT_MODELS) == 26


def test_every_event_type_has_a_sample() -> None:
    assert {sample.type for sample in SAMPLES} == EVENT_TYPES


def test_an_unknown_event_type_gives_its_data_unchanged() -> None:
    data = {"staffId": ADA, "nested": {"a": [1, 2]}}
    payload = CallbackEvent(type="bot_person_message", data=data).payload
    assert payload is data


@pytest.mark.parametrize(
    ("event_type", "data"),
    [
        ("bot_group_message", {"from": ADA, "msgData": "not an object"}),
        ("bot_group_message", {"from": ADA, "reminder": {"bots": "not a list"}}),
        ("bot_group_message", {"from": ADA, "referenceMsg": None}),
        ("telephone_track", {"caller": ["not", "an", "object"]}),
        ("schedule_modify", {"startTime": 1748160000}),
        ("report_location", {"locationInfo": "39.9,116.4"}),
    ],
    ids=[
        "msgData-text",
        "reminder-bots-text",
        "referenceMsg-null",
        "caller-list",
        "startTime-number",
        "locationInfo-text",
    ],
)
def test_data_that_does_not_fit_its_model_is_given_unchanged(event_type: str, data: dict[str, Any]) -> None:
    assert CallbackEvent(type=event_type, data=data).payload is data


def test_unlisted_fields_are_kept() -> None:
    payload = parse_event_data("staff_create", {"staffId": ADA, "timestamp": STAMP, "orgId": "524288"})
    assert isinstance(payload, StaffChangeEvent)
    assert payload.additional_properties == {"orgId": "524288"}


def test_integer_timestamps_are_accepted_too() -> None:
    payload = parse_event_data("dept_delete", {"deptId": "524288-1", "timestamp": 1712655597216842})
    assert isinstance(payload, DeptChangeEvent)
    assert payload.timestamp == 1712655597216842


def test_normalise_events_accepts_every_spelling_and_a_single_object() -> None:
    callback_style = {"id": "e-1", "eventType": "staff_create", "data": STAFF_CHANGE}
    sample_style = {"eventId": "e-2", "type": "dept_delete", "data": DEPT_CHANGE}
    events = normalise_events([callback_style, sample_style], app_id="app-1", org_id="524288")
    assert [(e.type, e.id, e.app_id, e.org_id) for e in events] == [
        ("staff_create", "e-1", "app-1", "524288"),
        ("dept_delete", "e-2", "app-1", "524288"),
    ]
    check_staff_change(events[0].payload)
    check_dept_change(events[1].payload)

    (single,) = normalise_events({"type": "approve_card_callback", "data": {"eventData": "x", "staffId": ADA}})
    assert (single.type, single.id) == ("approve_card_callback", None)
    assert isinstance(single.payload, ApproveCardCallbackEvent) and single.payload.staff_id == ADA
