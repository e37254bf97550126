"""Videoconference operations as the platform receives them, and the typed answers they return."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import respx
from lansenger import InvalidArgumentError, InvalidRequestError, Lansenger, PermissionDeniedError
from lansenger_api.models.vc_auto_record import VC_AUTO_RECORD_ON
from lansenger_api.models.vc_config import VcConfig
from lansenger_api.models.vc_create_source import VC_CREATE_SOURCE_CLIENT, VC_CREATE_SOURCE_THIRD_PARTY
from lansenger_api.models.vc_device_kind import VC_DEVICE_KIND_H323, VC_DEVICE_KIND_PSTN, VC_DEVICE_KIND_XIAOYU
from lansenger_api.models.vc_event_subscription import VcEventSubscription
from lansenger_api.models.vc_fetch_range import VC_FETCH_RANGE_ALL, VC_FETCH_RANGE_MY, VC_FETCH_RANGE_PERSON
from lansenger_api.models.vc_fixed_room_page import VcFixedRoomPage
from lansenger_api.models.vc_invitee import VcInvitee
from lansenger_api.models.vc_invitee_type import VC_INVITEE_TYPE_PLATFORM_MEMBER, VC_INVITEE_TYPE_XIAOYU_DEVICE
from lansenger_api.models.vc_meeting import VcMeeting
from lansenger_api.models.vc_meeting_page import VcMeetingPage
from lansenger_api.models.vc_meeting_params import VcMeetingParams
from lansenger_api.models.vc_meeting_status import (
    VC_MEETING_STATUS_CANCELLED,
    VC_MEETING_STATUS_ENDED,
    VC_MEETING_STATUS_NOT_STARTED,
    VC_MEETING_STATUS_STARTED,
    VC_MEETING_STATUS_VALUES,
)
from lansenger_api.models.vc_meeting_status_list import VcMeetingStatusList
from lansenger_api.models.vc_meeting_type import VC_MEETING_TYPE_INSTANT, VC_MEETING_TYPE_RESERVED
from lansenger_api.models.vc_member import VcMember
from lansenger_api.models.vc_member_page import VcMemberPage
from lansenger_api.models.vc_member_record_page import VcMemberRecordPage
from lansenger_api.models.vc_member_role import VC_MEMBER_ROLE_HOST, VC_MEMBER_ROLE_JOIN_HOST, VC_MEMBER_ROLE_MEMBER
from lansenger_api.models.vc_op_result import VcOpResult
from lansenger_api.models.vc_recording_list import VcRecordingList
from lansenger_api.models.vc_recording_ref import VcRecordingRef
from lansenger_api.models.vc_recording_urls import VcRecordingUrls
from lansenger_api.models.vc_switch import VC_SWITCH_OFF, VC_SWITCH_ON

from tests._envelopes import GATEWAY, TOKEN, ok
from tests._wire import Case, run_error, wire_tests

PREFIX = "/xtra/videoconference/openapi/v1"
ORG = 14803712
MID = 1380079
HOST, GUEST = "2285568-1001", "2285568-1002"
START, STOP = 1790233200000, 1790236800000
MEMBERS = [
    VcMember(staff_id=HOST, employee_name="李四", role=VC_MEMBER_ROLE_HOST),
    VcMember(staff_id=GUEST, employee_name="张三", role=VC_MEMBER_ROLE_MEMBER),
]
MEMBERS_WIRE = [
    {"staffId": HOST, "employeeName": "李四", "role": "admin"},
    {"staffId": GUEST, "employeeName": "张三", "role": "participant"},
]
# A meeting object as the platform answered /meeting/modify in a live capture, plus a field the spec does not name.
MEETING = {
    "admin": HOST,
    "adminName": "李四",
    "autoRecord": 0,
    "confPassword": "",
    "controlPassword": "",
    "createSource": 1,
    "ctime": 1790145779263,
    "haveVodRecord": 0,
    "id": MID,
    "meetingNumber": "",
    "mtime": 1790148033630,
    "startTime": START,
    "status": 0,
    "stopTime": 0,
    "subject": "测试预约 sdkvfy01 已改",
    "type": 1,
    "roomType": 2,
}
DONE = {"code": 0, "message": "success"}
PAGE = {"limit": 10, "offset": 0}


def _is_reserved_meeting(result: Any) -> None:
    assert isinstance(result, VcMeeting)
    assert (result.id, result.subject, result.meeting_number) == (MID, "测试预约 sdkvfy01 已改", "")
    assert (result.start_time, result.stop_time, result.ctime, result.mtime) == (START, 0, 1790145779263, 1790148033630)
    assert (result.type_, result.status) == (VC_MEETING_TYPE_RESERVED, VC_MEETING_STATUS_NOT_STARTED)
    assert (result.admin, result.admin_name, result.create_source) == (HOST, "李四", VC_CREATE_SOURCE_THIRD_PARTY)
    assert (result.auto_record, result.have_vod_record, result.conf_password) == (0, 0, "")
    assert result.additional_properties == {"roomType": 2}


def _is_created_meeting(result: Any) -> None:
    """A create answer that names the id `mid` (the platform's SDK reads either)."""
    assert isinstance(result, VcMeeting)
    assert (result.mid, result.meeting_number, result.status) == (3204, "9100", VC_MEETING_STATUS_STARTED)
    assert (result.type_, result.start_time) == (VC_MEETING_TYPE_INSTANT, START)


def _done(result: Any) -> None:
    assert isinstance(result, VcOpResult)
    assert (result.code, result.message) == (0, "success")


def _is_meeting_page(result: Any) -> None:
    assert isinstance(result, VcMeetingPage)
    assert (result.offset, result.total) == (10, 12)
    assert [meeting.id for meeting in result.items] == [MID, 1380080]
    assert result.items[1].status == VC_MEETING_STATUS_ENDED


def _is_record_page(result: Any) -> None:
    assert isinstance(result, VcMemberRecordPage)
    assert (result.offset, result.total) == (0, 1)
    assert result.items[0]["staffId"] == HOST and result.items[0]["joinTime"] == START


def _is_room_page(result: Any) -> None:
    assert isinstance(result, VcFixedRoomPage)
    assert result.total == 3 and result.items[0].additional_properties == {"id": 9001, "name": "Cloud room A"}


def _is_status_list(result: Any) -> None:
    assert isinstance(result, VcMeetingStatusList)
    assert [entry.additional_properties for entry in result.mids] == [
        {"mid": MID, "status": 1},
        {"mid": 7, "status": 5},
    ]


def _is_subscribed(result: Any) -> None:
    assert isinstance(result, VcOpResult)
    assert (result.code, result.err_code, result.message) == (0, 0, "")


def _is_params(result: Any) -> None:
    assert isinstance(result, VcMeetingParams)
    assert result.meeting_info.id == MID and result.meeting_info.status == VC_MEETING_STATUS_NOT_STARTED


def _is_member_page(result: Any) -> None:
    assert isinstance(result, VcMemberPage)
    assert result.total == 2 and [member["role"] for member in result.items] == ["admin", "participant"]


def _is_recording_list(result: Any) -> None:
    assert isinstance(result, VcRecordingList)
    assert [(item.vod_id, item.play_url) for item in result.items] == [(501, "https://vod.example/501"), ("v2", "x")]
    assert result.items[0].additional_properties == {"duration": 3600}


def _is_url_answer(result: Any) -> None:
    assert isinstance(result, VcRecordingUrls)
    assert result.additional_properties == {"urls": [{"vodId": 501, "url": "https://dl.example/501.mp4"}]}


def _is_config(result: Any) -> None:
    assert isinstance(result, VcConfig)
    assert (result.max_person, result.default_max_person, result.space_size) == (300, 100, 2048)
    assert (result.allowed_record_flag, result.force_passwd_flag) == (1, 0)


CASES = [
    Case(
        "create_meeting",
        lambda c: c.videoconferences.create_meeting(
            subject="周会",
            start_time=START,
            member=MEMBERS,
            org_id=ORG,
            auto_record=VC_AUTO_RECORD_ON,
            type_=VC_MEETING_TYPE_INSTANT,
            conf_password="123456",
            user_stop_time=STOP,
            join_mute=1,
            user_token="ut-1",
        ),
        "POST",
        f"{PREFIX}/meeting/create",
        data={"mid": 3204, "meetingNumber": "9100", "status": 1, "type": 0, "startTime": START, "subject": "周会"},
        query={"user_token": "ut-1"},
        body={
            "subject": "周会",
            "startTime": START,
            "autoRecord": 1,
            "type": 0,
            "groupNew": 0,
            "confPassword": "123456",
            "controlPassword": "",
            "member": MEMBERS_WIRE,
            "extAttr": "",
            "maskType": 0,
            "orgId": ORG,
            "joinMute": 1,
            "userStopTime": STOP,
        },
        check=_is_created_meeting,
    ),
    Case(
        "update_meeting",
        lambda c: c.videoconferences.update_meeting(
            org_id=ORG, operator=HOST, mid=MID, subject="测试预约 sdkvfy01 已改", start_time=START, member=MEMBERS
        ),
        "POST",
        f"{PREFIX}/meeting/modify",
        data=MEETING,
        body={
            "orgId": ORG,
            "operator": HOST,
            "mid": MID,
            "subject": "测试预约 sdkvfy01 已改",
            "startTime": START,
            "autoRecord": 0,
            "type": 1,
            "groupNew": 0,
            "confPassword": "",
            "controlPassword": "",
            "member": MEMBERS_WIRE,
        },
        check=_is_reserved_meeting,
    ),
    Case(
        "cancel_meeting",
        lambda c: c.videoconferences.cancel_meeting(org_id=ORG, operator=HOST, mid=MID),
        "POST",
        f"{PREFIX}/meeting/cancle",
        data=DONE,
        body={"orgId": ORG, "operator": HOST, "mid": MID},
        check=_done,
    ),
    Case(
        "stop_meeting",
        lambda c: c.videoconferences.stop_meeting(org_id=ORG, operator=HOST, mid=MID, user_token="ut-1"),
        "POST",
        f"{PREFIX}/meeting/stop",
        data=DONE,
        query={"user_token": "ut-1"},
        body={"orgId": ORG, "operator": HOST, "mid": MID},
        check=_done,
    ),
    Case(
        "fetch_meeting",
        lambda c: c.videoconferences.fetch_meeting(org_id=ORG, operator=HOST, mid=MID),
        "POST",
        f"{PREFIX}/meeting/detail",
        data=MEETING,
        body={"orgId": ORG, "operator": HOST, "mid": MID},
        check=_is_reserved_meeting,
    ),
    Case(
        "list_meetings",
        lambda c: c.videoconferences.list_meetings(
            org_id=ORG, start_time=START, end_time=STOP, fetch_range=VC_FETCH_RANGE_PERSON, staff_id=GUEST, offset=10
        ),
        "POST",
        f"{PREFIX}/meeting/list",
        data={"offset": 10, "total": 12, "items": [MEETING, {"id": 1380080, "status": 4}]},
        body={
            "orgId": ORG,
            "limit": 10,
            "offset": 10,
            "startTime": START,
            "endTime": STOP,
            "fetchRange": "person",
            "staffId": GUEST,
        },
        check=_is_meeting_page,
    ),
    Case(
        "list_meeting_records",
        lambda c: c.videoconferences.list_meeting_records(
            org_id=ORG, start_time=START, end_time=STOP, create_source=VC_CREATE_SOURCE_THIRD_PARTY, limit=2
        ),
        "POST",
        f"{PREFIX}/meeting/record/list",
        data={"offset": 10, "total": 12, "items": [MEETING, {"id": 1380080, "status": 4}]},
        body={
            "orgId": ORG,
            "limit": 2,
            "offset": 0,
            "startTime": START,
            "endTime": STOP,
            "admin": "",
            "createSource": 1,
        },
        check=_is_meeting_page,
    ),
    Case(
        "list_meeting_member_records",
        lambda c: c.videoconferences.list_meeting_member_records(org_id=ORG, mid=MID, operator=HOST),
        "POST",
        f"{PREFIX}/meeting/member/simplerecord",
        data={"offset": 0, "total": 1, "items": [{"staffId": HOST, "joinTime": START, "leaveTime": 0}]},
        body={"orgId": ORG, "mid": MID, "operator": HOST, **PAGE},
        check=_is_record_page,
    ),
    Case(
        "list_fixed_meeting_rooms",
        lambda c: c.videoconferences.list_fixed_meeting_rooms(org_id=ORG, operator=HOST, limit=1, offset=0),
        "POST",
        f"{PREFIX}/meeting/fixroom/list",
        data={"offset": 0, "total": 3, "items": [{"id": 9001, "name": "Cloud room A"}]},
        body={"orgId": ORG, "operator": HOST, "limit": 1, "offset": 0},
        check=_is_room_page,
    ),
    Case(
        "fetch_meeting_statuses",
        lambda c: c.videoconferences.fetch_meeting_statuses(org_id=ORG, mids=[MID, 7]),
        "POST",
        f"{PREFIX}/meeting/status/fetchmore",
        data={"mids": [{"mid": MID, "status": 1}, {"mid": 7, "status": 5}]},
        body={"orgId": ORG, "mids": [MID, 7]},
        check=_is_status_list,
    ),
    Case(
        "subscribe_meeting_events",
        lambda c: c.videoconferences.subscribe_meeting_events(
            org_id=ORG, mid=MID, events=[VcEventSubscription(event_type="meeting.start")], call_back_info="ctx-1"
        ),
        "POST",
        f"{PREFIX}/meeting/events/subscribe",
        data={"code": 0, "errCode": 0, "message": ""},
        body={"orgId": ORG, "mid": MID, "events": [{"eventType": "meeting.start"}], "callBackInfo": "ctx-1"},
        check=_is_subscribed,
    ),
    Case(
        "fetch_meeting_params",
        lambda c: c.videoconferences.fetch_meeting_params(org_id=ORG, meeting_number="88001234", operator=HOST),
        "POST",
        f"{PREFIX}/meeting/param/fetch",
        data={"meetingInfo": MEETING},
        body={"orgId": ORG, "meetingNumber": "88001234", "operator": HOST},
        check=_is_params,
    ),
    Case(
        "list_past_meetings",
        lambda c: c.videoconferences.list_past_meetings(org_id=ORG, operator=HOST, offset=10),
        "POST",
        f"{PREFIX}/meeting/history/fetch",
        data={"offset": 10, "total": 12, "items": [MEETING, {"id": 1380080, "status": 4}]},
        body={"orgId": ORG, "operator": HOST, "limit": 10, "offset": 10},
        check=_is_meeting_page,
    ),
    Case(
        "list_active_meetings",
        lambda c: c.videoconferences.list_active_meetings(org_id=ORG, operator=HOST, offset=10, limit=20),
        "POST",
        f"{PREFIX}/meeting/active/fetch",
        data={"offset": 10, "total": 12, "items": [MEETING, {"id": 1380080, "status": 4}]},
        body={"orgId": ORG, "operator": HOST, "limit": 20, "offset": 10},
        check=_is_meeting_page,
    ),
    Case(
        "control_meeting_member",
        lambda c: c.videoconferences.control_meeting_member(
            org_id=ORG, staff_id=GUEST, mid=MID, op_code="mute", operator=HOST
        ),
        "POST",
        f"{PREFIX}/meeting/member/control",
        data=DONE,
        body={"orgId": ORG, "staffId": GUEST, "mid": MID, "opCode": "mute", "operator": HOST},
        check=_done,
    ),
    Case(
        "invite_meeting_members",
        lambda c: c.videoconferences.invite_meeting_members(
            org_id=ORG,
            operator=HOST,
            meeting_number="88001234",
            member=[
                VcInvitee(staff_id=GUEST, employee_name="张三", type_=VC_INVITEE_TYPE_PLATFORM_MEMBER),
                VcInvitee(
                    staff_id="device-9",
                    employee_name="Room 9",
                    type_=VC_INVITEE_TYPE_XIAOYU_DEVICE,
                    audio=VC_SWITCH_OFF,
                    video=VC_SWITCH_ON,
                    type_mask=VC_DEVICE_KIND_H323,
                ),
            ],
        ),
        "POST",
        f"{PREFIX}/meeting/member/invite",
        body={
            "orgId": ORG,
            "operator": HOST,
            "meetingNumber": "88001234",
            "member": [
                {"staffId": GUEST, "employeeName": "张三", "type": 0, "audio": 0, "video": 0},
                {"staffId": "device-9", "employeeName": "Room 9", "type": 1, "audio": 1, "video": 0, "typeMask": 3},
            ],
        },
        check=lambda result: result is None or pytest.fail(f"expected None without data, got {result!r}"),
    ),
    Case(
        "list_meeting_members",
        lambda c: c.videoconferences.list_meeting_members(org_id=ORG, mid=MID, operator=HOST),
        "POST",
        f"{PREFIX}/meeting/member/list",
        data={"offset": 0, "total": 2, "items": [{"staffId": HOST, "role": "admin"}, {"role": "participant"}]},
        body={"orgId": ORG, "mid": MID, "operator": HOST, **PAGE},
        check=_is_member_page,
    ),
    Case(
        "list_meeting_recordings",
        lambda c: c.videoconferences.list_meeting_recordings(org_id=ORG, operator=HOST, mid=MID),
        "POST",
        f"{PREFIX}/meeting/vod/list",
        data={
            "items": [
                {"vodId": 501, "playUrl": "https://vod.example/501", "duration": 3600},
                {"vodId": "v2", "playUrl": "x"},
            ]
        },
        body={"orgId": ORG, "operator": HOST, "mid": MID},
        check=_is_recording_list,
    ),
    Case(
        "fetch_recording_download_urls",
        lambda c: c.videoconferences.fetch_recording_download_urls(
            org_id=ORG, operator=HOST, vods=[VcRecordingRef(vod_id=501), VcRecordingRef(vod_id="v2")]
        ),
        "POST",
        f"{PREFIX}/vod/url/download/fetch",
        data={"urls": [{"vodId": 501, "url": "https://dl.example/501.mp4"}]},
        body={"orgId": ORG, "operator": HOST, "vods": [{"vodId": 501}, {"vodId": "v2"}]},
        check=_is_url_answer,
    ),
    Case(
        "fetch_videoconference_config",
        lambda c: c.videoconferences.fetch_videoconference_config(org_id=ORG),
        "POST",
        f"{PREFIX}/conf/fetch",
        data={
            "maxPerson": 300,
            "defaultMaxPerson": 100,
            "allowedRecordFlag": 1,
            "forcePasswdFlag": 0,
            "spaceSize": 2048,
        },
        body={"orgId": ORG},
        check=_is_config,
    ),
]


test_wire, test_wire_async = wire_tests(CASES)


def test_every_operation_has_a_case() -> None:
    client = Lansenger(app_token=TOKEN, gateway_url=GATEWAY)
    operations = {name for name in dir(client.videoconferences) if not name.startswith(("_", "iter_", "with_"))}
    assert operations == {case.id for case in CASES}


def _case(operation: str) -> Case:
    return next(case for case in CASES if case.id == operation)


def test_org_without_the_capability_raises_permission_denied(router: respx.MockRouter) -> None:
    run_error(router, _case("fetch_videoconference_config"), 105106, PermissionDeniedError)


def test_members_without_a_host_raise_invalid_request(router: respx.MockRouter) -> None:
    run_error(router, _case("create_meeting"), 105230, InvalidRequestError)


def test_optional_fields_stay_off_the_wire_unless_given(router: respx.MockRouter) -> None:
    """Only the platform's always-sent defaults travel: no userStopTime, callBackInfo, meetingNumber, operator."""
    update = router.post(f"{PREFIX}/meeting/modify").respond(json=ok(MEETING))
    subscribe = router.post(f"{PREFIX}/meeting/events/subscribe").respond(json=ok())
    config = router.post(f"{PREFIX}/conf/fetch").respond(json=ok({}))
    listing = router.post(f"{PREFIX}/meeting/list").respond(json=ok({"offset": 0, "total": 0, "items": []}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        vc = client.videoconferences
        vc.update_meeting(org_id=ORG, operator=HOST, mid=MID, subject="s", start_time=START, member=MEMBERS[:1])
        assert vc.subscribe_meeting_events(org_id=ORG, mid=MID, events=[]) is None
        vc.fetch_videoconference_config(org_id=ORG, meeting_number="88001234", operator=HOST)
        vc.list_meetings(org_id=ORG, start_time=START, end_time=STOP)
    assert "userStopTime" not in json.loads(update.calls.last.request.content)
    assert json.loads(subscribe.calls.last.request.content) == {"orgId": ORG, "mid": MID, "events": []}
    assert json.loads(config.calls.last.request.content) == {
        "orgId": ORG,
        "meetingNumber": "88001234",
        "operator": HOST,
    }
    assert json.loads(listing.calls.last.request.content) == {
        "orgId": ORG,
        "limit": 10,
        "offset": 0,
        "startTime": START,
        "endTime": STOP,
        "fetchRange": "all",
        "staffId": "",
    }


def test_inner_refusal_code_reaches_the_caller(router: respx.MockRouter) -> None:
    """errCode 0 with an inner code: the platform did nothing, and the caller can tell."""
    router.post(f"{PREFIX}/meeting/stop").respond(json=ok({"code": 105213, "message": "会议未开始或已结束"}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        result = client.videoconferences.stop_meeting(org_id=ORG, operator=HOST, mid=MID)
    assert result is not None and (result.code, result.message) == (105213, "会议未开始或已结束")


def test_enum_constants_are_the_platform_values_and_travel_as_such(router: respx.MockRouter) -> None:
    assert (VC_MEMBER_ROLE_HOST, VC_MEMBER_ROLE_JOIN_HOST, VC_MEMBER_ROLE_MEMBER) == (
        "admin",
        "joinHost",
        "participant",
    )
    assert (VC_FETCH_RANGE_MY, VC_FETCH_RANGE_ALL, VC_FETCH_RANGE_PERSON) == ("my", "all", "person")
    assert (VC_CREATE_SOURCE_CLIENT, VC_CREATE_SOURCE_THIRD_PARTY) == (0, 1)
    assert (VC_MEETING_TYPE_INSTANT, VC_MEETING_TYPE_RESERVED) == (0, 1)
    assert (VC_DEVICE_KIND_PSTN, VC_DEVICE_KIND_XIAOYU, VC_DEVICE_KIND_H323) == (1, 2, 3)
    assert (VC_SWITCH_ON, VC_SWITCH_OFF) == (0, 1)
    assert sorted(VC_MEETING_STATUS_VALUES) == [0, 1, 2, 3, 4, 5] and VC_MEETING_STATUS_CANCELLED == 5
    route = router.post(f"{PREFIX}/meeting/list").respond(json=ok({"offset": 0, "total": 0, "items": []}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        for fetch_range in (VC_FETCH_RANGE_MY, VC_FETCH_RANGE_ALL):
            client.videoconferences.list_meetings(org_id=ORG, start_time=START, end_time=STOP, fetch_range=fetch_range)
    assert [json.loads(call.request.content)["fetchRange"] for call in route.calls] == ["my", "all"]


def test_answers_keep_unknown_enum_values_and_list_fallback(router: respx.MockRouter) -> None:
    """A status the platform adds later reaches the caller; a page that lists under `mids` is kept too."""
    router.post(f"{PREFIX}/meeting/detail").respond(json=ok({"id": MID, "status": 9, "type": 2, "createSource": 3}))
    router.post(f"{PREFIX}/meeting/history/fetch").respond(json=ok({"offset": 0, "total": 2, "mids": [MID, 7]}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        meeting = client.videoconferences.fetch_meeting(org_id=ORG, operator=HOST, mid=MID)
        page = client.videoconferences.list_past_meetings(org_id=ORG, operator=HOST)
    assert (meeting.status, meeting.type_, meeting.create_source) == (9, 2, 3)
    assert (page.total, page.mids) == (2, [MID, 7])


@pytest.fixture
def offline() -> Iterator[Lansenger]:
    """A client whose gateway has no routes: anything that reaches it fails the test."""
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        yield client
        assert not router.calls


def _invitee(**fields: Any) -> VcInvitee:
    return VcInvitee(**({"staff_id": GUEST, "employee_name": "张三", "type_": 0} | fields))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.videoconferences.create_meeting(subject="", start_time=START, member=MEMBERS, org_id=ORG),
            "subject must not be empty",
        ),
        (
            lambda c: c.videoconferences.create_meeting(subject="s", start_time=START, member=[], org_id=ORG),
            "member must not be empty",
        ),
        (
            lambda c: c.videoconferences.create_meeting(
                subject="s", start_time=START, member=[VcMember(staff_id=HOST, role="host")], org_id=ORG
            ),
            r"member\[0\]\.role must be one of",
        ),
        (
            lambda c: c.videoconferences.create_meeting(
                subject="s", start_time=START, member=MEMBERS, org_id=ORG, type_=2
            ),
            "type_ must be one of 0, 1",
        ),
        (
            lambda c: c.videoconferences.update_meeting(
                org_id=ORG, operator=HOST, mid=MID, subject="s", start_time=START, member=MEMBERS, auto_record=2
            ),
            "auto_record must be one of 0, 1",
        ),
        (lambda c: c.videoconferences.cancel_meeting(org_id=ORG, operator="", mid=MID), "operator must not be empty"),
        (
            lambda c: c.videoconferences.list_meetings(org_id=ORG, start_time=1, end_time=2, fetch_range="mine"),
            "fetch_range must be one of",
        ),
        (
            lambda c: c.videoconferences.list_meetings(org_id=ORG, start_time=1, end_time=2, limit=0),
            "limit must be at least 1",
        ),
        (
            lambda c: c.videoconferences.list_past_meetings(org_id=ORG, operator=HOST, offset=-1),
            "offset must be at least 0",
        ),
        (
            lambda c: c.videoconferences.list_meeting_records(org_id=ORG, start_time=1, end_time=2, create_source=2),
            "create_source must be one of 0, 1",
        ),
        (lambda c: c.videoconferences.fetch_meeting_statuses(org_id=ORG, mids=[]), "mids must not be empty"),
        (
            lambda c: c.videoconferences.fetch_meeting_params(org_id=ORG, meeting_number="", operator=HOST),
            "meeting_number must not be empty",
        ),
        (
            lambda c: c.videoconferences.control_meeting_member(
                org_id=ORG, staff_id=GUEST, mid=MID, op_code="", operator=HOST
            ),
            "op_code must not be empty",
        ),
        (
            lambda c: c.videoconferences.invite_meeting_members(
                org_id=ORG, operator=HOST, meeting_number="1", member=[_invitee(employee_name="")]
            ),
            r"member\[0\]\.employee_name must be at least 1",
        ),
        (
            lambda c: c.videoconferences.invite_meeting_members(
                org_id=ORG, operator=HOST, meeting_number="1", member=[_invitee(audio=2)]
            ),
            r"member\[0\]\.audio must be one of 0, 1",
        ),
        (
            lambda c: c.videoconferences.invite_meeting_members(
                org_id=ORG, operator=HOST, meeting_number="1", member=[_invitee(type_mask=4)]
            ),
            r"member\[0\]\.type_mask must be one of 1, 2, 3",
        ),
        (
            lambda c: c.videoconferences.fetch_recording_download_urls(
                org_id=ORG, operator=HOST, vods=[VcRecordingRef(vod_id=n) for n in range(4)]
            ),
            "vods must have at most 3 items",
        ),
        (
            lambda c: c.videoconferences.fetch_recording_download_urls(org_id=ORG, operator=HOST, vods=[]),
            "vods must not be empty",
        ),
    ],
)
def test_rejected_before_any_request(offline: Lansenger, call: Callable[[Lansenger], Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call(offline)
