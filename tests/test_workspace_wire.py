"""Personal apps, personal todos, notices and boardrooms as the platform receives them, and their typed answers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import respx
from lansenger import (
    APIError,
    InvalidArgumentError,
    Lansenger,
    NotFoundError,
    PermissionDeniedError,
)
from lansenger_api.models.boardroom import Boardroom
from lansenger_api.models.boardroom_area import BoardroomArea
from lansenger_api.models.boardroom_booking import BoardroomBooking
from lansenger_api.models.boardroom_booking_page import BoardroomBookingPage
from lansenger_api.models.boardroom_cancel_type import BOARDROOM_CANCEL_TYPE_CURRENT_AND_AFTER
from lansenger_api.models.boardroom_edit_type import BOARDROOM_EDIT_TYPE_CURRENT_AND_AFTER
from lansenger_api.models.boardroom_grading import BoardroomGrading
from lansenger_api.models.boardroom_notice_time import (
    BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES,
    BOARDROOM_NOTICE_TIME_IMMEDIATELY,
    BOARDROOM_NOTICE_TIME_VALUES,
)
from lansenger_api.models.boardroom_page import BoardroomPage
from lansenger_api.models.boardroom_reserve_type import BOARDROOM_RESERVE_TYPE_REPEAT
from lansenger_api.models.boardroom_schedule import BoardroomSchedule
from lansenger_api.models.boardroom_status import BOARDROOM_STATUS_PENDING_SIGN, BOARDROOM_STATUS_RESERVED
from lansenger_api.models.notice import Notice
from lansenger_api.models.notice_account import NoticeAccount
from lansenger_api.models.notice_content_type import NOTICE_CONTENT_TYPE_LINK, NOTICE_CONTENT_TYPE_TEXT
from lansenger_api.models.notice_flag import NOTICE_FLAG_NO, NOTICE_FLAG_YES
from lansenger_api.models.notice_open_range import NoticeOpenRange
from lansenger_api.models.notice_phone_range import NoticePhoneRange
from lansenger_api.models.notice_range_obj_type import NOTICE_RANGE_OBJ_TYPE_DEPARTMENT, NOTICE_RANGE_OBJ_TYPE_STAFF
from lansenger_api.models.notice_range_object import NoticeRangeObject
from lansenger_api.models.notice_remind_after import NOTICE_REMIND_AFTER_COUNT
from lansenger_api.models.notice_remind_interval_unit import NOTICE_REMIND_INTERVAL_UNIT_HOUR
from lansenger_api.models.notice_remind_range import NOTICE_REMIND_RANGE_PARTIAL
from lansenger_api.models.notice_resource import NoticeResource
from lansenger_api.models.notice_user_type import NOTICE_USER_TYPE_OPENID, NOTICE_USER_TYPE_PHONE
from lansenger_api.models.personal_app import PersonalApp
from lansenger_api.models.personal_app_credentials import PersonalAppCredentials
from lansenger_api.models.personal_app_list import PersonalAppList
from lansenger_api.models.personal_todo_copy import PersonalTodoCopy
from lansenger_api.models.personal_todo_executor import PersonalTodoExecutor
from lansenger_api.models.personal_todo_page import PersonalTodoPage
from lansenger_api.models.personal_todo_platform import PERSONAL_TODO_PLATFORM_API
from lansenger_api.models.personal_todo_priority import (
    PERSONAL_TODO_PRIORITY_LOW,
    PERSONAL_TODO_PRIORITY_NORMAL,
    PERSONAL_TODO_PRIORITY_URGENT,
    PERSONAL_TODO_PRIORITY_VALUES,
    PERSONAL_TODO_PRIORITY_VERY_URGENT,
)
from lansenger_api.models.personal_todo_resource import PersonalTodoResource
from lansenger_api.models.personal_todo_resource_ref import PersonalTodoResourceRef
from lansenger_api.models.personal_todo_status import PERSONAL_TODO_STATUS_FINISHED, PERSONAL_TODO_STATUS_UNFINISHED
from lansenger_api.models.personal_todo_update_content import PersonalTodoUpdateContent

from tests._envelopes import GATEWAY, TOKEN, ok
from tests._wire import Case, run_error, wire_tests

ORG = "524288"
ADA, GRACE = "524288-1001", "524288-1002"
APPS = "/v1/personal/apps"
TODOS = "/xtra/tdtask/server/openapi"
NOTICES = "/xtra/notice/server/openapi/v1"
ROOMS = "/xtra/boardroom/server/openapi/v2"
START, END = "2030-07-22 09:00:00", "2030-07-22 10:00:00"
BOOKING_DATA = {
    "id": "res1",
    "reserveCode": "BR001",
    "boardRoomName": "第一会议室",
    "name": "周会",
    "status": "5",
    "reserveTimeStart": START,
    "reserveTimeEnd": END,
    "reserveTime": "1小时",
    "reserveUserName": "Ada Lovelace",
    "peopleNumber": "10",
    "approveList": [{"staffId": GRACE, "result": "pass"}],
}
BOOKING_BODY = {
    "boardRoomId": "room1",
    "name": "周会",
    "gradingId": "g1",
    "reserveTimeStartStr": START,
    "reserveTimeEndStr": END,
    "noticeTime": "会前15分钟",
    "reserveType": "0",
}
BOOKING_ARGS: dict[str, Any] = {
    "board_room_id": "room1",
    "name": "周会",
    "grading_id": "g1",
    "reserve_time_start_str": START,
    "reserve_time_end_str": END,
    "notice_time": BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES,
}


def _expect(kind: type, **fields: Any) -> Callable[[Any], None]:
    """The answer is a ``kind`` whose named attributes hold these values."""

    def check(result: Any) -> None:
        assert isinstance(result, kind), result
        for name, value in fields.items():
            assert getattr(result, name) == value, name

    return check


def _is(value: Any) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert result == value

    return check


def _is_credentials(result: Any) -> None:
    assert isinstance(result, PersonalAppCredentials)
    assert (result.id, result.secret, result.apigw_addr) == ("pa-1", "s3cr3t-value", "https://gw.example")
    assert "s3cr3t-value" not in repr(result)


def _is_app_list(result: Any) -> None:
    assert isinstance(result, PersonalAppList)
    assert [(app.app_id, app.app_name, app.description) for app in result.app_list] == [
        ("pa-1", "Helper", "Answers questions"),
        ("pa-2", "Timer", "Reminds"),
    ]


def _is_todo_page(result: Any) -> None:
    assert isinstance(result, PersonalTodoPage)
    assert (result.page_no, result.page_size, result.pages, result.total, result.has_next_page) == (2, 1, 3, 3, True)
    item = result.result[0]
    assert (item.task_code, item.summary_subject, item.status) == ("PT1", "Write the plan", 0)
    assert item.additional_properties == {"dueTime": 1720195200000}


def _is_resource(result: Any) -> None:
    assert isinstance(result, PersonalTodoResource)
    assert (result.resource_id, result.mime_type, result.size, result.suffix) == ("res-1", "application/pdf", 5, "pdf")
    assert result.image_thumbnail_list.to_dict() == {}
    assert "sig=secret" not in repr(result)


def _is_notice(result: Any) -> None:
    assert isinstance(result, Notice)
    assert (result.code, result.id, result.notice_status, result.confirm_status) == ("NTC20260917001", 7, 2, 0)
    assert (result.content_type, result.publish_time, result.publish_user_name) == (1, 1789000000000, "Ada Lovelace")


def _is_accounts(result: Any) -> None:
    assert isinstance(result, list)
    assert all(isinstance(account, NoticeAccount) for account in result)
    assert [(a.role_name, a.code) for a in result] == [("HR Announcements", "ACC-HR"), ("IT", "ACC-IT")]


def _is_room_page(result: Any) -> None:
    assert isinstance(result, BoardroomPage)
    assert result.count == 11
    room = result.data[0]
    assert (room.id, room.name, room.people_num, room.status, room.area_name) == (
        "room1",
        "第一会议室",
        20,
        "1",
        "望京",
    )


def _is_room(result: Any) -> None:
    assert isinstance(result, Boardroom)
    assert (result.id, result.can_reserve_flag, result.grading_id, result.address) == ("room1", "1", "g1", "3F")
    assert result.additional_properties["equipment"] == ["projector"]


def _is_schedule(result: Any) -> None:
    assert isinstance(result, BoardroomSchedule)
    assert (result.id, result.people_num, result.can_reserve_flag) == ("room1", 20, "1")
    assert [(b.id, b.name, b.status) for b in result.reserve_dto_list] == [("res1", "周会", "5")]
    assert result.deactivated_info_list[0].additional_properties == {"startTime": "2030-07-22 12:00"}


def _is_booking(result: Any) -> None:
    assert isinstance(result, BoardroomBooking)
    assert (result.id, result.reserve_code, result.status, result.reserve_time) == ("res1", "BR001", "5", "1小时")
    assert result.status == BOARDROOM_STATUS_RESERVED
    assert (result.reserve_user_name, result.people_number) == ("Ada Lovelace", "10")
    assert result.additional_properties == {"approveList": [{"staffId": GRACE, "result": "pass"}]}


def _is_booking_page(result: Any) -> None:
    assert isinstance(result, BoardroomBookingPage)
    assert result.count == 1 and [b.reserve_code for b in result.data] == ["BR001"]


def _is_gradings(result: Any) -> None:
    assert all(isinstance(grading, BoardroomGrading) for grading in result)
    assert [(g.id, g.name, g.type_) for g in result] == [("g1", "默认分级", "GRADING_ADMIN")]


def _is_areas(result: Any) -> None:
    assert all(isinstance(area, BoardroomArea) for area in result)
    assert [(a.id, a.area_name, [f.to_dict() for f in a.fooler]) for a in result] == [
        ("area1", "望京", [{"id": "f3", "name": "3F"}])
    ]


PERSONAL_APP_CASES = [
    Case(
        "create_personal_app",
        lambda c: c.personal_apps.create_personal_app(
            name="Helper", avatar_id="media-1", description="Answers questions", user_token="ut-1"
        ),
        "POST",
        f"{APPS}/create",
        data={"id": "pa-1", "secret": "s3cr3t-value", "apigwAddr": "https://gw.example", "passportAddr": "https://p"},
        query={"user_token": "ut-1"},
        body={"name": "Helper", "avatarId": "media-1", "description": "Answers questions"},
        check=_is_credentials,
    ),
    Case(
        "update_personal_app",
        lambda c: c.personal_apps.update_personal_app("pa-1", name="Helper 2", user_token="ut-1"),
        "POST",
        f"{APPS}/pa-1/update",
        query={"user_token": "ut-1"},
        body={"name": "Helper 2"},
        check=_is(None),
    ),
    Case(
        "fetch_personal_app",
        lambda c: c.personal_apps.fetch_personal_app("pa-1", user_token="ut-1"),
        "GET",
        f"{APPS}/pa-1/fetch",
        data={"name": "Helper", "avatarId": "media-1", "description": "d", "apigwAddr": "https://gw", "x": 1},
        query={"user_token": "ut-1"},
        check=_expect(PersonalApp, name="Helper", avatar_id="media-1", apigw_addr="https://gw"),
    ),
    Case(
        "delete_personal_app",
        lambda c: c.personal_apps.delete_personal_app("pa-1", user_token="ut-1"),
        "POST",
        f"{APPS}/pa-1/delete",
        query={"user_token": "ut-1"},
        body={},
        check=_is(None),
    ),
    Case(
        "list_personal_apps",
        lambda c: c.personal_apps.list_personal_apps(user_token="ut-1"),
        "GET",
        f"{APPS}/list/fetch",
        data={
            "appList": [
                {"appId": "pa-1", "appName": "Helper", "description": "Answers questions"},
                {"appId": "pa-2", "appName": "Timer", "description": "Reminds"},
            ]
        },
        query={"user_token": "ut-1"},
        check=_is_app_list,
    ),
]

RESOURCE_REF = PersonalTodoResourceRef(
    file_name="plan.pdf", resource_id="res-1", file_type="application/pdf", file_size=5
)

PERSONAL_TODO_CASES = [
    Case(
        "create_personal_todo",
        lambda c: c.personal_todos.create_personal_todo(
            subject="Write the plan",
            start_time=1719792000000,
            due_time=1720195200000,
            priority=PERSONAL_TODO_PRIORITY_NORMAL,
            create_user_id=ADA,
            org_id=ORG,
            appid="app-1",
            description="By Friday",
            platform=PERSONAL_TODO_PLATFORM_API,
            executors=[PersonalTodoExecutor(staff_id=ADA, opt=1)],
            copys=[PersonalTodoCopy.from_dict({"staffId": GRACE})],
            resources=[RESOURCE_REF],
        ),
        "POST",
        f"{TODOS}/v3/taskopt/savePersonalTask",
        data="PT0001",
        body={
            "subject": "Write the plan",
            "startTime": 1719792000000,
            "dueTime": 1720195200000,
            "finishTime": 0,
            "priority": 1,
            "type": 1,
            "createUserId": ADA,
            "orgId": ORG,
            "appid": "app-1",
            "description": "By Friday",
            "platform": 3,
            "executors": [{"staffId": ADA, "opt": 1}],
            "copys": [{"staffId": GRACE}],
            "resources": [
                {"fileName": "plan.pdf", "resourceId": "res-1", "fileType": "application/pdf", "fileSize": 5}
            ],
        },
        check=_is("PT0001"),
    ),
    Case(
        "update_personal_todo",
        lambda c: c.personal_todos.update_personal_todo(
            org_id=ORG,
            update_fields=["subject", "dueTime"],
            update_content=PersonalTodoUpdateContent(
                code="PT0001", create_user_id=ADA, appid="app-1", subject="Write the final plan", due_time=1720377600000
            ),
            user_token="ut-1",
        ),
        "POST",
        f"{TODOS}/v3/taskopt/updatePersonalTask",
        data="PT0001",
        query={"user_token": "ut-1"},
        body={
            "orgId": ORG,
            "updateFields": ["subject", "dueTime"],
            "updateContent": {
                "code": "PT0001",
                "createUserId": ADA,
                "appid": "app-1",
                "subject": "Write the final plan",
                "dueTime": 1720377600000,
            },
        },
        check=_is(None),
    ),
    Case(
        "list_personal_todos",
        lambda c: c.personal_todos.list_personal_todos(
            org_id=ORG, staff_id=ADA, page_no=2, page_size=1, status=PERSONAL_TODO_STATUS_UNFINISHED
        ),
        "POST",
        f"{TODOS}/v3/user/list",
        data={
            "pageNo": 2,
            "pageSize": 1,
            "pages": 3,
            "total": 3,
            "hasNextPage": True,
            "result": [{"taskCode": "PT1", "summarySubject": "Write the plan", "status": 0, "dueTime": 1720195200000}],
        },
        body={"orgId": ORG, "staffId": ADA, "pageNo": 2, "pageSize": 1, "status": 0},
        check=_is_todo_page,
    ),
    Case(
        "upload_personal_todo_resource",
        lambda c: c.personal_todos.upload_personal_todo_resource(
            app_id="app-1",
            size=5,
            file_name="plan.pdf",
            content_type="application/pdf",
            file_data="aGVsbG8=",
            org_id=ORG,
        ),
        "POST",
        f"{TODOS}/resource/update",
        data={
            "fileName": "plan.pdf",
            "mimeType": "application/pdf",
            "suffix": "pdf",
            "size": 5,
            "md5": "5d41402abc4b2a76b9719d911017c592",
            "resourceId": "res-1",
            "downloadUrl": "https://files.example/res-1?sig=secret",
            "imageThumbnailList": {},
        },
        body={
            "appId": "app-1",
            "size": 5,
            "fileName": "plan.pdf",
            "contentType": "application/pdf",
            "fileData": "aGVsbG8=",
            "orgId": ORG,
            "thumb": False,
        },
        check=_is_resource,
    ),
    Case(
        "fetch_personal_todo_download_url",
        lambda c: c.personal_todos.fetch_personal_todo_download_url(resource_id="res-1", org_id=ORG, file_name="p.pdf"),
        "POST",
        f"{TODOS}/resource/getResourceDownload",
        data="https://files.example/res-1?sig=abc",
        body={"resourceId": "res-1", "orgId": ORG, "fileName": "p.pdf"},
        check=_is("https://files.example/res-1?sig=abc"),
    ),
    Case(
        "fetch_personal_todo_upload_url",
        lambda c: c.personal_todos.fetch_personal_todo_upload_url(
            file_name="plan.pdf", md5="5d41402abc4b2a76b9719d911017c592", size=10240, org_id=ORG
        ),
        "POST",
        f"{TODOS}/resource/getUploadUrl",
        data="https://s3.example/upload?sig=abc",
        body={"fileName": "plan.pdf", "md5": "5d41402abc4b2a76b9719d911017c592", "size": 10240, "orgId": ORG},
        check=_is("https://s3.example/upload?sig=abc"),
    ),
]

NOTICE_DATA = {
    "code": "NTC20260917001",
    "id": 7,
    "title": "System upgrade",
    "noticeType": 1,
    "contentType": 1,
    "contentAbstract": "Saturday",
    "noticeStatus": 2,
    "confirmStatus": 0,
    "publishTime": 1789000000000,
    "publishUserId": ADA,
    "publishUserName": "Ada Lovelace",
}

NOTICE_CASES = [
    Case(
        "send_notice",
        lambda c: c.notices.send_notice(
            title="System upgrade",
            content_type=NOTICE_CONTENT_TYPE_TEXT,
            account_code="ACC-HR",
            user_type=NOTICE_USER_TYPE_PHONE,
            content="Saturday",
            phone_user_range=NoticePhoneRange(release_range_list=["13800000001", "13800000002"], cc_range_list=[]),
            create_mobile="13800000001",
            confirm_flag=NOTICE_FLAG_YES,
            remind_msg_type="app,sms",
            remind_after_type=NOTICE_REMIND_AFTER_COUNT,
            remind_max_count=3,
            remind_interval_time=2,
            remind_interval_time_duration=NOTICE_REMIND_INTERVAL_UNIT_HOUR,
            user_token="ut-1",
        ),
        "POST",
        f"{NOTICES}/send",
        data=NOTICE_DATA,
        query={"user_token": "ut-1"},
        body={
            "title": "System upgrade",
            "contentType": 1,
            "accountCode": "ACC-HR",
            "userType": 1,
            "content": "Saturday",
            "phoneUserRange": {"releaseRangeList": ["13800000001", "13800000002"], "ccRangeList": []},
            "createMobile": "13800000001",
            "confirmFlag": 1,
            "remindStatus": 0,
            "remindMsgType": "app,sms",
            "remindAfterType": "count",
            "remindMaxCount": 3,
            "remindIntervalTime": 2,
            "remindIntervalTimeDuration": "hour",
        },
        check=_is_notice,
    ),
    Case(
        "list_notice_accounts",
        lambda c: c.notices.list_notice_accounts(org_id=ORG),
        "POST",
        f"{NOTICES}/notice/account",
        data=[
            {"roleName": "HR Announcements", "officialNumberId": "on-1", "code": "ACC-HR"},
            {"roleName": "IT", "officialNumberId": "on-2", "code": "ACC-IT"},
        ],
        body={"orgId": ORG},
        check=_is_accounts,
    ),
]

BOARDROOM_CASES = [
    Case(
        "list_boardrooms",
        lambda c: c.boardrooms.list_boardrooms(
            grading_id="g1",
            area_office_fooler_ids=["f3"],
            equipment=["projector"],
            reserve_time_start_str="2030-07-22 09:00",
            reserve_time_end_str="2030-07-22 10:00",
            query_date="2030-07-22",
        ),
        "POST",
        f"{ROOMS}/roomList",
        data={
            "count": 11,
            "data": [{"id": "room1", "name": "第一会议室", "peopleNum": 20, "status": "1", "areaName": "望京"}],
            "code": 0,
            "msg": "",
        },
        body={
            "page": 1,
            "limit": 10,
            "gradingId": "g1",
            "areaOfficeFoolerIds": ["f3"],
            "equipment": ["projector"],
            "reserveTimeStartStr": "2030-07-22 09:00",
            "reserveTimeEndStr": "2030-07-22 10:00",
            "queryDate": "2030-07-22",
        },
        check=_is_room_page,
    ),
    Case(
        "fetch_boardroom",
        lambda c: c.boardrooms.fetch_boardroom(id="room1", org_id=ORG),
        "POST",
        f"{ROOMS}/roomDetail",
        data={"id": "room1", "canReserveFlag": "1", "gradingId": "g1", "address": "3F", "equipment": ["projector"]},
        body={"id": "room1", "orgId": ORG},
        check=_is_room,
    ),
    Case(
        "fetch_boardroom_schedule",
        lambda c: c.boardrooms.fetch_boardroom_schedule(room_id="room1", query_date="2030-07-22", grading_id="g1"),
        "POST",
        f"{ROOMS}/roomSchedule",
        data={
            "id": "room1",
            "name": "第一会议室",
            "peopleNum": 20,
            "canReserveFlag": "1",
            "reserveDtoList": [{"id": "res1", "name": "周会", "status": "5"}],
            "deactivatedInfoList": [{"startTime": "2030-07-22 12:00"}],
        },
        body={"roomId": "room1", "queryDate": "2030-07-22", "gradingId": "g1"},
        check=_is_schedule,
    ),
    Case(
        "fetch_boardroom_booking",
        lambda c: c.boardrooms.fetch_boardroom_booking(reserve_room_id="res1", grading_id="g1"),
        "POST",
        f"{ROOMS}/reserveDetail",
        data=BOOKING_DATA,
        body={"reserveRoomId": "res1", "gradingId": "g1"},
        check=_is_booking,
    ),
    Case(
        "create_boardroom_booking",
        lambda c: c.boardrooms.create_boardroom_booking(
            **BOOKING_ARGS, people_number="10", is_video="1", invitation_user_list=["U1"], user_token="ut-1"
        ),
        "POST",
        f"{ROOMS}/reserveRoom",
        data=BOOKING_DATA,
        query={"user_token": "ut-1"},
        body={**BOOKING_BODY, "peopleNumber": "10", "isVideo": "1", "invitationUserList": ["U1"]},
        check=_is_booking,
    ),
    Case(
        "update_boardroom_booking",
        lambda c: c.boardrooms.update_boardroom_booking(
            **BOOKING_ARGS, id="res1", edit_type=BOARDROOM_EDIT_TYPE_CURRENT_AND_AFTER, reserve_user=ADA
        ),
        "POST",
        f"{ROOMS}/editReserve",
        data={"id": "res1", "reserveCode": "BR001"},
        body={**BOOKING_BODY, "id": "res1", "editType": "2", "reserveUser": ADA},
        check=_expect(BoardroomBooking, id="res1", reserve_code="BR001"),
    ),
    Case(
        "cancel_boardroom_booking",
        lambda c: c.boardrooms.cancel_boardroom_booking(
            id="res1", cancel_reason="会议取消", is_send=True, cancel_type=BOARDROOM_CANCEL_TYPE_CURRENT_AND_AFTER
        ),
        "POST",
        f"{ROOMS}/reserveCancel",
        data=True,
        body={"id": "res1", "cancelReason": "会议取消", "isSend": True, "cancelType": "2"},
        check=_is(True),
    ),
    Case(
        "confirm_boardroom_booking",
        lambda c: c.boardrooms.confirm_boardroom_booking(id="res1"),
        "POST",
        f"{ROOMS}/confirmSign",
        data=True,
        body={"id": "res1"},
        check=_is(True),
    ),
    Case(
        "list_my_boardroom_bookings",
        lambda c: c.boardrooms.list_my_boardroom_bookings(
            grading_id="g1", page=2, limit=5, keys="周会", start_time="2030-07-01", lx_user_id=ADA, org_id=ORG
        ),
        "POST",
        f"{ROOMS}/myReserveList",
        data={"count": 1, "data": [BOOKING_DATA]},
        body={
            "gradingId": "g1",
            "page": 2,
            "limit": 5,
            "keys": "周会",
            "startTime": "2030-07-01",
            "lxUserId": ADA,
            "orgId": ORG,
        },
        check=_is_booking_page,
    ),
    Case(
        "list_boardroom_gradings",
        lambda c: c.boardrooms.list_boardroom_gradings(),
        "POST",
        f"{ROOMS}/gradingList",
        data=[{"id": "g1", "name": "默认分级", "type": "GRADING_ADMIN"}],
        body={},
        check=_is_gradings,
    ),
    Case(
        "list_boardroom_areas",
        lambda c: c.boardrooms.list_boardroom_areas(grading_id="g1"),
        "POST",
        f"{ROOMS}/areaOfficeList",
        data=[{"id": "area1", "areaName": "望京", "fooler": [{"id": "f3", "name": "3F"}]}],
        body={"gradingId": "g1"},
        check=_is_areas,
    ),
]

CASES = [*PERSONAL_APP_CASES, *PERSONAL_TODO_CASES, *NOTICE_CASES, *BOARDROOM_CASES]


test_wire, test_wire_async = wire_tests(CASES)


@pytest.mark.parametrize("tag", ["personal_apps", "personal_todos", "notices", "boardrooms"])
def test_every_operation_has_a_case(tag: str) -> None:
    resource = getattr(Lansenger(app_token=TOKEN, gateway_url=GATEWAY), tag)
    operations = {name for name in dir(resource) if not name.startswith(("_", "iter_", "with_"))}
    assert operations <= {case.id for case in CASES}


def _case(name: str) -> Case:
    return next(case for case in CASES if case.id == name)


@pytest.mark.parametrize(
    ("operation", "code", "error"),
    [
        ("fetch_personal_app", 64001, NotFoundError),
        ("update_personal_todo", -1, APIError),
        ("send_notice", 3381, PermissionDeniedError),
        ("list_boardrooms", 10008, PermissionDeniedError),
    ],
)
def test_error_envelopes_raise_typed_errors(router: respx.MockRouter, operation: str, code: int, error: type) -> None:
    run_error(router, _case(operation), code, error)


@pytest.mark.parametrize(
    "operation",
    ["create_personal_todo", "update_personal_todo", "list_personal_todos", "fetch_personal_todo_download_url"],
)
def test_personal_todos_take_the_legacy_success_code(router: respx.MockRouter, operation: str) -> None:
    """The personal todo service answers writes with errCode 200: success, with its data, not an error."""
    case = _case(operation)
    router.request(case.method, case.path).respond(json={"errCode": 200, "errMsg": "操作成功", "data": case.data})
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        case.check(case.call(client))


def test_other_services_treat_200_as_an_error(router: respx.MockRouter) -> None:
    case = _case("send_notice")
    router.request(case.method, case.path).respond(json={"errCode": 200, "errMsg": "odd", "data": NOTICE_DATA})
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client, pytest.raises(APIError) as raised:
        case.call(client)
    assert raised.value.err_code == 200


def test_open_user_range_carries_staff_and_departments(router: respx.MockRouter) -> None:
    route = router.post(f"{NOTICES}/send").respond(json=ok(NOTICE_DATA))
    department = NoticeRangeObject(obj_id="524288-1", obj_type=NOTICE_RANGE_OBJ_TYPE_DEPARTMENT, obj_name="Engineering")
    attachment = NoticeResource(file_name="a.pdf", resource_id="res-1", file_type="application/pdf", file_size=1024)
    attachment["opt"] = 1
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.notices.send_notice(
            title="Release",
            content_type=NOTICE_CONTENT_TYPE_LINK,
            account_code="ACC-IT",
            user_type=NOTICE_USER_TYPE_OPENID,
            notice_link="https://example.com/release",
            open_user_range=NoticeOpenRange(
                release_range_list=[department, NoticeRangeObject(obj_id=GRACE, obj_type=NOTICE_RANGE_OBJ_TYPE_STAFF)],
                cc_range_list=[ADA],
            ),
            create_user_id=ADA,
            resource_list=[attachment],
            remind_status=NOTICE_FLAG_YES,
            remind_range_type=NOTICE_REMIND_RANGE_PARTIAL,
            remind_range_staff_ids=[ADA],
            reply_flag=NOTICE_FLAG_NO,
        )
    assert json.loads(route.calls.last.request.content) == {
        "title": "Release",
        "contentType": 2,
        "accountCode": "ACC-IT",
        "userType": 2,
        "noticeLink": "https://example.com/release",
        "openUserRange": {
            "releaseRangeList": [
                {"objId": "524288-1", "objType": 2, "objName": "Engineering"},
                {"objId": GRACE, "objType": 1},
            ],
            "ccRangeList": [ADA],
        },
        "createUserId": ADA,
        "resourceList": [
            {"fileName": "a.pdf", "resourceId": "res-1", "fileType": "application/pdf", "fileSize": 1024, "opt": 1}
        ],
        "replyFlag": 0,
        "remindStatus": 1,
        "remindRangeType": "partialRemind",
        "remindRangeStaffIds": [ADA],
    }


def test_repeating_booking_sends_its_rule(router: respx.MockRouter) -> None:
    route = router.post(f"{ROOMS}/reserveRoom").respond(json=ok(BOOKING_DATA))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.boardrooms.create_boardroom_booking(
            **{**BOOKING_ARGS, "notice_time": BOARDROOM_NOTICE_TIME_IMMEDIATELY},
            reserve_type=BOARDROOM_RESERVE_TYPE_REPEAT,
            repeat_type="week",
            repeat_days=[1, 3, 5],
            skip="0",
            repeat_end_date_str="2030-12-31 18:00:00",
            reserve_user=ADA,
        )
    assert json.loads(route.calls.last.request.content) == {
        **BOOKING_BODY,
        "noticeTime": "立即提醒",
        "reserveType": "1",
        "repeatType": "week",
        "repeatDays": [1, 3, 5],
        "skip": "0",
        "repeatEndDateStr": "2030-12-31 18:00:00",
        "reserveUser": ADA,
    }


def test_constants_are_the_platform_values() -> None:
    assert sorted(PERSONAL_TODO_PRIORITY_VALUES) == [
        PERSONAL_TODO_PRIORITY_LOW,
        PERSONAL_TODO_PRIORITY_NORMAL,
        PERSONAL_TODO_PRIORITY_URGENT,
        PERSONAL_TODO_PRIORITY_VERY_URGENT,
    ]
    assert (PERSONAL_TODO_STATUS_UNFINISHED, PERSONAL_TODO_STATUS_FINISHED) == (0, 1)
    assert (BOARDROOM_STATUS_PENDING_SIGN, BOARDROOM_STATUS_RESERVED) == ("1", "5")
    assert BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES == "会前15分钟" and len(BOARDROOM_NOTICE_TIME_VALUES) == 7


def test_answers_keep_unknown_booking_statuses(router: respx.MockRouter) -> None:
    router.post(f"{ROOMS}/reserveDetail").respond(json=ok({"id": "res1", "status": "9"}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        assert client.boardrooms.fetch_boardroom_booking(reserve_room_id="res1").status == "9"


@pytest.fixture
def offline() -> Iterator[Lansenger]:
    """A client whose gateway has no routes: anything that reaches it fails the test."""
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        yield client
        assert not router.calls


PHONES = NoticePhoneRange(release_range_list=["13800000001"], cc_range_list=[])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.personal_apps.update_personal_app("pa-1", name="x" * 11, user_token="u"), "name must be at most"),
        (
            lambda c: c.personal_apps.update_personal_app("pa-1", name="n", description="d" * 21, user_token="u"),
            "description must be at most",
        ),
        (lambda c: c.personal_apps.fetch_personal_app("", user_token="u"), "app_id must not be empty"),
        (
            lambda c: c.personal_todos.create_personal_todo(
                subject="s", start_time=1, due_time=2, priority=4, create_user_id=ADA, org_id=ORG, appid="a"
            ),
            "priority must be one of",
        ),
        (
            lambda c: c.personal_todos.create_personal_todo(
                subject="s",
                start_time=1,
                due_time=2,
                priority=1,
                create_user_id=ADA,
                org_id=ORG,
                appid="a",
                resources=[PersonalTodoResourceRef(file_name="", resource_id="r", file_type="t", file_size=1)],
            ),
            r"resources\[0\]\.file_name must be at least 1",
        ),
        (
            lambda c: c.personal_todos.update_personal_todo(
                org_id=ORG,
                update_fields=[],
                update_content=PersonalTodoUpdateContent(code="PT1", create_user_id=ADA, appid="a"),
            ),
            "update_fields must not be empty",
        ),
        (lambda c: c.personal_todos.list_personal_todos(org_id=ORG, staff_id=ADA, page_no=0), "page_no must be at"),
        (lambda c: c.personal_todos.list_personal_todos(org_id=ORG, staff_id=ADA, status=2), "status must be one of"),
        (
            lambda c: c.personal_todos.upload_personal_todo_resource(
                app_id="a", size=9437185, file_name="f", content_type="t", file_data="AA==", org_id=ORG
            ),
            "size must be at most 9437184",
        ),
        (
            lambda c: c.personal_todos.fetch_personal_todo_upload_url(file_name="f", md5="m", size=0, org_id=ORG),
            "size must be at least 1",
        ),
        (
            lambda c: c.notices.send_notice(
                title="t", content_type=1, account_code="A", user_type=1, content="c", phone_user_range=PHONES
            ),
            "at least one of: create_user_id, create_mobile",
        ),
        (
            lambda c: c.notices.send_notice(
                title="t",
                content_type=1,
                account_code="A",
                user_type=1,
                content="c",
                create_mobile="1",
                phone_user_range=NoticePhoneRange(release_range_list=[str(n) for n in range(11)], cc_range_list=[]),
            ),
            r"phone_user_range\.release_range_list must have at most 10 items",
        ),
        (
            lambda c: c.notices.send_notice(
                title="t", content_type=3, account_code="A", user_type=1, create_mobile="1", phone_user_range=PHONES
            ),
            "content_type must be one of",
        ),
        (
            lambda c: c.notices.send_notice(
                title="t",
                content_type=1,
                account_code="A",
                user_type=1,
                create_mobile="1",
                phone_user_range=PHONES,
                remind_range_type="some",
            ),
            "remind_range_type must be one of",
        ),
        (
            lambda c: c.boardrooms.create_boardroom_booking(**{**BOOKING_ARGS, "notice_time": "会前5分钟"}),
            "notice_time must be one of",
        ),
        (
            lambda c: c.boardrooms.cancel_boardroom_booking(id="res1", cancel_type="4"),
            "cancel_type must be one of",
        ),
        (lambda c: c.boardrooms.list_my_boardroom_bookings(grading_id=""), "grading_id must not be empty"),
        (lambda c: c.boardrooms.list_boardrooms(limit=0), "limit must be at least 1"),
    ],
)
def test_rejected_before_any_request(offline: Lansenger, call: Callable[[Lansenger], Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call(offline)
