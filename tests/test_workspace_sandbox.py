"""Personal apps, personal todos, notices and boardrooms end to end: the SDK against the sandbox over loopback."""

from __future__ import annotations

import base64
import hashlib
import io
import ssl
from collections.abc import Iterator

import httpx
import pytest
from lansenger import (
    APIError,
    AsyncLansenger,
    AuthenticationError,
    InvalidRequestError,
    Lansenger,
    NotFoundError,
    PermissionDeniedError,
)
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID, STAFF
from lansenger.testing._routes_notices import NoticeStore
from lansenger_api.models.boardroom_cancel_type import (
    BOARDROOM_CANCEL_TYPE_ALL_UNFINISHED,
    BOARDROOM_CANCEL_TYPE_CURRENT_AND_AFTER,
)
from lansenger_api.models.boardroom_edit_type import BOARDROOM_EDIT_TYPE_CURRENT_AND_AFTER
from lansenger_api.models.boardroom_notice_time import BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES
from lansenger_api.models.boardroom_reserve_type import BOARDROOM_RESERVE_TYPE_REPEAT
from lansenger_api.models.boardroom_status import (
    BOARDROOM_STATUS_APPROVING,
    BOARDROOM_STATUS_CANCELED,
    BOARDROOM_STATUS_PENDING_SIGN,
    BOARDROOM_STATUS_RESERVED,
)
from lansenger_api.models.notice_content_type import NOTICE_CONTENT_TYPE_LINK, NOTICE_CONTENT_TYPE_TEXT
from lansenger_api.models.notice_open_range import NoticeOpenRange
from lansenger_api.models.notice_phone_range import NoticePhoneRange
from lansenger_api.models.notice_range_obj_type import NOTICE_RANGE_OBJ_TYPE_DEPARTMENT, NOTICE_RANGE_OBJ_TYPE_STAFF
from lansenger_api.models.notice_range_object import NoticeRangeObject
from lansenger_api.models.notice_user_type import NOTICE_USER_TYPE_OPENID, NOTICE_USER_TYPE_PHONE
from lansenger_api.models.personal_todo_executor import PersonalTodoExecutor
from lansenger_api.models.personal_todo_priority import PERSONAL_TODO_PRIORITY_NORMAL, PERSONAL_TODO_PRIORITY_URGENT
from lansenger_api.models.personal_todo_status import PERSONAL_TODO_STATUS_FINISHED, PERSONAL_TODO_STATUS_UNFINISHED
from lansenger_api.models.personal_todo_update_content import PersonalTodoUpdateContent
from lansenger_api.types import UNSET, File

ADA, GRACE, ALAN, EDSGER, BARBARA = list(STAFF)[:5]
SHARED_TLS = ssl.create_default_context()
"""Every client would otherwise build its own TLS context, which costs more than a whole test here."""
DAY = "2030-07-22"  # a Monday
HQ = "grading-hq"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as gateway:
        yield gateway


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Lansenger]:
    transport = httpx.HTTPTransport(verify=SHARED_TLS)
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, transport=transport) as lansenger:
        yield lansenger


# Personal apps


def test_personal_app_lifecycle(sandbox: Sandbox, client: Lansenger) -> None:
    ada, grace = sandbox.user_token(ADA), sandbox.user_token(GRACE)
    avatar = client.media.upload_media(media=File(io.BytesIO(b"\x89PNG"), "bot.png", "image/png"), type_=2)
    apps = client.personal_apps

    created = apps.create_personal_app(name="Helper", avatar_id=avatar.media_id, user_token=ada)
    assert created.id and created.secret and created.apigw_addr == sandbox.url
    app = apps.fetch_personal_app(created.id, user_token=ada)
    assert (app.name, app.avatar_id, app.passport_addr) == ("Helper", avatar.media_id, sandbox.url)
    assert not hasattr(app, "secret")

    apps.update_personal_app(created.id, name="Helper 2", description="Answers questions", user_token=ada)
    app = apps.fetch_personal_app(created.id, user_token=ada)
    assert (app.name, app.description, app.avatar_id) == ("Helper 2", "Answers questions", avatar.media_id)
    listed = apps.list_personal_apps(user_token=ada).app_list
    assert [(entry.app_id, entry.app_name) for entry in listed] == [(created.id, "Helper 2")]

    assert apps.list_personal_apps(user_token=grace).app_list == []
    with pytest.raises(NotFoundError):
        apps.fetch_personal_app(created.id, user_token=grace)
    with pytest.raises(NotFoundError):
        apps.delete_personal_app(created.id, user_token=grace)

    apps.delete_personal_app(created.id, user_token=ada)
    with pytest.raises(NotFoundError):
        apps.fetch_personal_app(created.id, user_token=ada)
    assert apps.list_personal_apps(user_token=ada).app_list == []


def test_personal_apps_refuse_unknown_avatars_and_bad_tokens(sandbox: Sandbox, client: Lansenger) -> None:
    with pytest.raises(InvalidRequestError, match="avatarId"):
        client.personal_apps.create_personal_app(avatar_id="media-missing", user_token=sandbox.user_token(ADA))
    with pytest.raises(AuthenticationError):
        client.personal_apps.list_personal_apps(user_token="not-a-token")
    assert client.personal_apps.list_personal_apps(user_token=sandbox.user_token(ADA)).app_list == []


# Personal todos

MS = 1_000


def new_todo(client: Lansenger, subject: str, *executors: str, finished: bool = False) -> str:
    return client.personal_todos.create_personal_todo(
        subject=subject,
        start_time=1_719_792_000 * MS,
        due_time=1_720_195_200 * MS,
        finish_time=1_720_000_000 * MS if finished else 0,
        priority=PERSONAL_TODO_PRIORITY_NORMAL,
        create_user_id=ADA,
        org_id=ORG_ID,
        appid="app-1",
        executors=[PersonalTodoExecutor(staff_id=staff_id, opt=1) for staff_id in executors],
    )


def test_personal_todo_pages_and_updates(client: Lansenger) -> None:
    todos = client.personal_todos
    codes = [new_todo(client, f"Task {n}", ADA) for n in range(3)]
    new_todo(client, "Grace's task", GRACE)
    new_todo(client, "Nobody's task")

    first = todos.list_personal_todos(org_id=ORG_ID, staff_id=ADA, page_size=2)
    assert (first.page_no, first.page_size, first.pages, first.total, first.has_next_page) == (1, 2, 2, 3, True)
    last = todos.list_personal_todos(org_id=ORG_ID, staff_id=ADA, page_no=2, page_size=2)
    assert (last.total, last.has_next_page) == (3, False)
    assert [item.task_code for item in [*first.result, *last.result]] == codes
    assert todos.list_personal_todos(org_id=ORG_ID, staff_id=ADA, page_no=3, page_size=2).result == []
    walked = todos.iter_list_personal_todos(org_id=ORG_ID, staff_id=ADA, page_size=2)
    assert [item.task_code for item in walked] == codes

    todos.update_personal_todo(
        org_id=ORG_ID,
        update_fields=["subject", "finishTime", "priority"],
        update_content=PersonalTodoUpdateContent(
            code=codes[1],
            create_user_id=ADA,
            appid="app-1",
            subject="Task 1 (done)",
            finish_time=1_720_100_000 * MS,
            priority=PERSONAL_TODO_PRIORITY_URGENT,
            description="not in updateFields, so unchanged",
        ),
    )
    finished = todos.list_personal_todos(org_id=ORG_ID, staff_id=ADA, status=PERSONAL_TODO_STATUS_FINISHED)
    assert [(item.task_code, item.summary_subject, item.status) for item in finished.result] == [
        (codes[1], "Task 1 (done)", PERSONAL_TODO_STATUS_FINISHED)
    ]
    assert finished.result[0].additional_properties["priority"] == PERSONAL_TODO_PRIORITY_URGENT
    assert "description" not in finished.result[0].additional_properties
    unfinished = todos.list_personal_todos(org_id=ORG_ID, staff_id=ADA, status=PERSONAL_TODO_STATUS_UNFINISHED)
    assert unfinished.total == 2
    assert todos.list_personal_todos(org_id=ORG_ID, staff_id=GRACE).total == 1


def test_personal_todo_refusals(client: Lansenger) -> None:
    content = PersonalTodoUpdateContent(code="PT-missing", create_user_id=ADA, appid="app-1", subject="x")
    with pytest.raises(NotFoundError):
        client.personal_todos.update_personal_todo(org_id=ORG_ID, update_fields=["subject"], update_content=content)
    with pytest.raises(NotFoundError) as unknown_executor:
        new_todo(client, "Task", "524288-9999")
    assert unknown_executor.value.err_code == 50001
    with pytest.raises(InvalidRequestError) as bad_date:
        client.personal_todos.create_personal_todo(
            subject="s", start_time=0, due_time=1, priority=1, create_user_id=ADA, org_id=ORG_ID, appid="a"
        )
    assert bad_date.value.err_code == 3124


def test_personal_todo_resources(client: Lansenger) -> None:
    todos = client.personal_todos
    payload = b"%PDF-1.7 plan"
    resource = todos.upload_personal_todo_resource(
        app_id="app-1",
        size=len(payload),
        file_name="plan.pdf",
        content_type="application/pdf",
        file_data=base64.b64encode(payload).decode(),
        org_id=ORG_ID,
    )
    assert (resource.file_name, resource.mime_type, resource.suffix, resource.size) == (
        "plan.pdf",
        "application/pdf",
        "pdf",
        len(payload),
    )
    assert resource.md5 == hashlib.md5(payload).hexdigest()
    assert resource.resource_id and resource.download_url.startswith("https://")

    url = todos.fetch_personal_todo_download_url(resource_id=resource.resource_id, org_id=ORG_ID)
    assert resource.resource_id in url
    with pytest.raises(NotFoundError):
        todos.fetch_personal_todo_download_url(resource_id="res-missing", org_id=ORG_ID)
    assert todos.fetch_personal_todo_upload_url(file_name="a b.pdf", md5="abc", size=10, org_id=ORG_ID).startswith(
        "https://"
    )
    with pytest.raises(InvalidRequestError, match="size"):
        todos.upload_personal_todo_resource(
            app_id="a", size=3, file_name="f", content_type="t", file_data="aGVsbG8=", org_id=ORG_ID
        )


# Notices


def _phones(*staff_ids: str) -> NoticePhoneRange:
    return NoticePhoneRange(release_range_list=[STAFF[staff_id].mobile for staff_id in staff_ids], cc_range_list=[])


def test_notices_reach_phones_staff_and_departments(sandbox: Sandbox, client: Lansenger) -> None:
    accounts = client.notices.list_notice_accounts(org_id=ORG_ID)
    assert [account.code for account in accounts] == ["ACC-HR", "ACC-IT", "ACC-BOARD"]
    assert client.notices.list_notice_accounts() == []

    by_phone = client.notices.send_notice(
        title="System upgrade",
        content_type=NOTICE_CONTENT_TYPE_TEXT,
        account_code="ACC-HR",
        user_type=NOTICE_USER_TYPE_PHONE,
        content="Saturday 10:00",
        phone_user_range=_phones(GRACE, ALAN),
        create_mobile=STAFF[ADA].mobile,
        user_token=sandbox.user_token(ADA),
    )
    assert (by_phone.id, by_phone.notice_status, by_phone.confirm_status) == (1, 2, 0)
    assert (by_phone.publish_user_id, by_phone.publish_user_name, by_phone.content_abstract) == (
        ADA,
        "Ada Lovelace",
        "Saturday 10:00",
    )
    assert by_phone.code and by_phone.code.startswith("NTC") and by_phone.code.endswith("001")

    platform = NoticeRangeObject(obj_id=f"{ORG_ID}-3", obj_type=NOTICE_RANGE_OBJ_TYPE_DEPARTMENT, obj_name="Platform")
    by_scope = client.notices.send_notice(
        title="Release",
        content_type=NOTICE_CONTENT_TYPE_LINK,
        account_code="ACC-IT",
        user_type=NOTICE_USER_TYPE_OPENID,
        notice_link="https://example.com/release",
        open_user_range=NoticeOpenRange(
            release_range_list=[platform, NoticeRangeObject(obj_id=GRACE, obj_type=NOTICE_RANGE_OBJ_TYPE_STAFF)],
            cc_range_list=[ADA],
        ),
        create_user_id=ADA,
    )
    assert (by_scope.id, by_scope.notice_link) == (2, "https://example.com/release")

    sent = sandbox.state.domain("notices", NoticeStore).sent()
    assert [(notice.recipients, notice.copied) for notice in sent] == [
        ((GRACE, ALAN), ()),
        ((ALAN, EDSGER, BARBARA, GRACE), (ADA,)),
    ]
    assert sent[0].body["remindStatus"] == 0 and sent[0].body["phoneUserRange"]["ccRangeList"] == []


def test_notice_refusals(sandbox: Sandbox, client: Lansenger) -> None:
    send = client.notices.send_notice
    with pytest.raises(PermissionDeniedError) as restricted:
        send(
            title="t",
            content_type=1,
            account_code="ACC-BOARD",
            user_type=1,
            content="c",
            phone_user_range=_phones(GRACE),
            create_user_id=ADA,
        )
    assert restricted.value.err_code == 3381
    with pytest.raises(NotFoundError) as stranger:
        send(
            title="t",
            content_type=1,
            account_code="ACC-HR",
            user_type=1,
            content="c",
            phone_user_range=NoticePhoneRange(release_range_list=["19900000000"], cc_range_list=[]),
            create_user_id=ADA,
        )
    assert stranger.value.err_code == 3123
    with pytest.raises(InvalidRequestError) as joined:
        send(title="t", content_type=1, account_code="ACC-NONE", user_type=2, create_user_id=ADA)
    assert joined.value.err_msg == "官方账号不存在文本内容不能为空接收范围不能为空"
    with pytest.raises(APIError) as npe:
        send(
            title="t",
            content_type=1,
            account_code="ACC-HR",
            user_type=1,
            content="c",
            phone_user_range=_phones(GRACE),
            create_user_id=ADA,
            remind_status=UNSET,
        )
    assert npe.value.err_code == -1
    assert sandbox.state.domain("notices", NoticeStore).sent() == []


# Boardrooms


def book(
    client: Lansenger,
    room: str,
    start: str,
    end: str,
    *,
    booker: str = ADA,
    name: str = "Weekly sync",
    grading_id: str = HQ,
    **extra: object,
) -> str:
    booking = client.boardrooms.create_boardroom_booking(
        board_room_id=room,
        name=name,
        grading_id=grading_id,
        reserve_time_start_str=f"{DAY} {start}:00",
        reserve_time_end_str=f"{DAY} {end}:00",
        notice_time=BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES,
        reserve_user=booker,
        **extra,  # type: ignore[arg-type]
    )
    assert booking.id
    return booking.id


def test_rooms_gradings_and_areas(client: Lansenger) -> None:
    rooms = client.boardrooms
    assert [grading.id for grading in rooms.list_boardroom_gradings()] == [HQ, "grading-branch"]
    areas = rooms.list_boardroom_areas(grading_id=HQ)
    assert [(a.id, [f["id"] for f in a.fooler]) for a in areas] == [("area-a", ["floor-a3", "floor-a5"])]
    assert rooms.list_boardroom_areas(grading_id="grading-none") == []

    first = rooms.list_boardrooms(grading_id=HQ, limit=2)
    second = rooms.list_boardrooms(grading_id=HQ, page=2, limit=2)
    assert (first.count, second.count) == (3, 3)
    assert [room.id for room in [*first.data, *second.data]] == ["room-a301", "room-a302", "room-a501"]
    assert [room.id for room in rooms.iter_list_boardrooms(grading_id=HQ, limit=2)] == [
        "room-a301",
        "room-a302",
        "room-a501",
    ]
    with_video = rooms.list_boardrooms(grading_id=HQ, equipment=["video", "projector"])
    assert [room.id for room in with_video.data] == ["room-a302", "room-a501"]
    assert rooms.list_boardrooms(grading_id=HQ, area_office_fooler_ids=["floor-a5"]).count == 1
    assert rooms.list_boardrooms().count == 0

    detail = rooms.fetch_boardroom(id="room-a501")
    assert (detail.name, detail.people_num, detail.grading_id) == ("Board Room", 30, HQ)
    assert detail.additional_properties["serviceStaff"] == [{"staffId": f"{ORG_ID}-1006", "name": "Mary Jackson"}]
    with pytest.raises(NotFoundError):
        rooms.fetch_boardroom(id="room-missing")


def test_booking_conflicts_moves_and_cancels(sandbox: Sandbox, client: Lansenger) -> None:
    rooms = client.boardrooms
    as_grace = sandbox.user_token(GRACE)
    sync = rooms.create_boardroom_booking(
        board_room_id="room-a301",
        name="Weekly sync",
        grading_id=HQ,
        reserve_time_start_str=f"{DAY} 10:00:00",
        reserve_time_end_str=f"{DAY} 11:30:00",
        notice_time=BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES,
        people_number="6",
        user_token=as_grace,
        reserve_user=ADA,
    )
    assert (sync.status, sync.reserve_code, sync.reserve_time, sync.reserve_user_name) == (
        BOARDROOM_STATUS_RESERVED,
        "BR001",
        "1小时30分钟",
        "Grace Hopper",
    )
    with pytest.raises(InvalidRequestError, match="已被预定"):
        book(client, "room-a301", "11:00", "12:00")
    later = book(client, "room-a301", "11:30", "12:00")

    free = rooms.list_boardrooms(
        grading_id=HQ, reserve_time_start_str=f"{DAY} 10:15", reserve_time_end_str=f"{DAY} 10:45"
    )
    assert "room-a301" not in [room.id for room in free.data]
    day = rooms.fetch_boardroom_schedule(room_id="room-a301", query_date=DAY, grading_id=HQ)
    assert [booking.id for booking in day.reserve_dto_list] == [sync.id, later]

    with pytest.raises(InvalidRequestError, match="已被预定"):
        rooms.update_boardroom_booking(
            id=sync.id,
            board_room_id="room-a301",
            name="Weekly sync",
            grading_id=HQ,
            reserve_time_start_str=f"{DAY} 11:00:00",
            reserve_time_end_str=f"{DAY} 12:00:00",
            notice_time=BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES,
        )
    moved = rooms.update_boardroom_booking(
        id=sync.id,
        board_room_id="room-a301",
        name="Weekly sync (moved)",
        grading_id=HQ,
        reserve_time_start_str=f"{DAY} 14:00:00",
        reserve_time_end_str=f"{DAY} 15:00:00",
        notice_time=BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES,
    )
    assert moved is not None and (moved.name, moved.reserve_time_start) == ("Weekly sync (moved)", f"{DAY} 14:00:00")
    detail = rooms.fetch_boardroom_booking(reserve_room_id=sync.id)
    assert (detail.reserve_time_end, detail.people_number) == (f"{DAY} 15:00:00", UNSET)

    assert rooms.cancel_boardroom_booking(id=later, cancel_reason="not needed") is True
    assert rooms.fetch_boardroom_booking(reserve_room_id=later).status == BOARDROOM_STATUS_CANCELED
    with pytest.raises(InvalidRequestError):
        rooms.cancel_boardroom_booking(id=later)
    book(client, "room-a301", "11:00", "12:00")
    with pytest.raises(NotFoundError):
        rooms.fetch_boardroom_booking(reserve_room_id="res-missing")


def test_sign_in_and_approval_rooms(client: Lansenger) -> None:
    rooms = client.boardrooms
    signed = book(client, "room-a302", "09:00", "10:00")
    assert rooms.fetch_boardroom_booking(reserve_room_id=signed).status == BOARDROOM_STATUS_PENDING_SIGN
    assert rooms.confirm_boardroom_booking(id=signed) is True
    assert rooms.fetch_boardroom_booking(reserve_room_id=signed).status == BOARDROOM_STATUS_RESERVED
    with pytest.raises(InvalidRequestError):
        rooms.confirm_boardroom_booking(id=signed)

    approving = book(client, "room-a501", "09:00", "10:00")
    detail = rooms.fetch_boardroom_booking(reserve_room_id=approving)
    assert (detail.status, detail.additional_properties["approveStatus"]) == (BOARDROOM_STATUS_APPROVING, 1)
    with pytest.raises(InvalidRequestError, match="approval"):
        rooms.update_boardroom_booking(
            id=approving,
            board_room_id="room-a501",
            name="n",
            grading_id=HQ,
            reserve_time_start_str=f"{DAY} 11:00:00",
            reserve_time_end_str=f"{DAY} 12:00:00",
            notice_time=BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES,
        )
    assert rooms.cancel_boardroom_booking(id=approving) is True
    with pytest.raises(InvalidRequestError, match="lxUserId"):
        rooms.list_my_boardroom_bookings(grading_id=HQ)
    with pytest.raises(InvalidRequestError, match="reserveUser"):
        rooms.create_boardroom_booking(
            board_room_id="room-a301",
            name="n",
            grading_id=HQ,
            reserve_time_start_str=f"{DAY} 09:00:00",
            reserve_time_end_str=f"{DAY} 10:00:00",
            notice_time=BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES,
        )


def test_repeating_bookings_and_my_list(sandbox: Sandbox, client: Lansenger) -> None:
    rooms = client.boardrooms
    first = book(
        client,
        "room-a301",
        "09:00",
        "10:00",
        reserve_type=BOARDROOM_RESERVE_TYPE_REPEAT,
        repeat_type="week",
        repeat_days=[1, 3, 5],
        repeat_end_date_str="2030-08-02 23:59:59",
    )
    book(client, "room-b101", "09:00", "10:00", name="Branch visit", grading_id="grading-branch")
    book(client, "room-a302", "13:00", "14:00", booker=GRACE)

    as_ada = sandbox.user_token(ADA)
    mine = rooms.list_my_boardroom_bookings(grading_id=HQ, limit=4, user_token=as_ada)
    rest = rooms.list_my_boardroom_bookings(grading_id=HQ, page=2, limit=4, user_token=as_ada)
    assert (mine.count, len(mine.data), len(rest.data)) == (6, 4, 2)
    starts = [booking.reserve_time_start for booking in [*mine.data, *rest.data]]
    assert [start[:10] for start in starts] == [
        "2030-07-22",
        "2030-07-24",
        "2030-07-26",
        "2030-07-29",
        "2030-07-31",
        "2030-08-02",
    ]
    assert mine.data[0].id == first
    week_two = rooms.list_my_boardroom_bookings(
        grading_id=HQ, start_time="2030-07-29", end_time="2030-07-31", lx_user_id=ADA
    )
    assert week_two.count == 2
    assert rooms.list_my_boardroom_bookings(grading_id=HQ, keys="Branch", lx_user_id=ADA).count == 0
    assert rooms.list_my_boardroom_bookings(grading_id="grading-branch", keys="Branch", lx_user_id=ADA).count == 1

    third = mine.data[2].id
    rooms.update_boardroom_booking(
        id=third,
        board_room_id="room-a301",
        name="Weekly sync (late)",
        grading_id=HQ,
        reserve_time_start_str="2030-07-26 16:00:00",
        reserve_time_end_str="2030-07-26 17:00:00",
        notice_time=BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES,
        edit_type=BOARDROOM_EDIT_TYPE_CURRENT_AND_AFTER,
    )
    after = rooms.list_my_boardroom_bookings(grading_id=HQ, limit=10, lx_user_id=ADA).data
    assert [(b.reserve_time_start[11:16], b.name) for b in after] == [
        ("09:00", "Weekly sync"),
        ("09:00", "Weekly sync"),
        ("16:00", "Weekly sync (late)"),
        ("16:00", "Weekly sync (late)"),
        ("16:00", "Weekly sync (late)"),
        ("16:00", "Weekly sync (late)"),
    ]

    rooms.cancel_boardroom_booking(id=after[4].id, cancel_type=BOARDROOM_CANCEL_TYPE_CURRENT_AND_AFTER)
    statuses = [b.status for b in rooms.list_my_boardroom_bookings(grading_id=HQ, lx_user_id=ADA).data]
    assert statuses == ["5", "5", "5", "5", "4", "4"]
    rooms.cancel_boardroom_booking(id=after[1].id, cancel_type=BOARDROOM_CANCEL_TYPE_ALL_UNFINISHED)
    statuses = [b.status for b in rooms.list_my_boardroom_bookings(grading_id=HQ, lx_user_id=ADA).data]
    assert statuses == ["4"] * 6


@pytest.mark.anyio
async def test_async_booking_round_trip(sandbox: Sandbox) -> None:
    transport = httpx.AsyncHTTPTransport(verify=SHARED_TLS)
    async with AsyncLansenger(
        sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, transport=transport
    ) as client:
        gradings = await client.boardrooms.list_boardroom_gradings()
        booking = await client.boardrooms.create_boardroom_booking(
            board_room_id="room-b101",
            name="Async sync",
            grading_id=gradings[1].id,
            reserve_time_start_str=f"{DAY} 09:00:00",
            reserve_time_end_str=f"{DAY} 10:00:00",
            notice_time=BOARDROOM_NOTICE_TIME_BEFORE_15_MINUTES,
            user_token=sandbox.user_token(BARBARA),
        )
        schedule = await client.boardrooms.fetch_boardroom_schedule(
            room_id="room-b101", query_date=DAY, grading_id="grading-branch"
        )
        assert [b.reserve_user_name for b in schedule.reserve_dto_list] == ["Barbara Liskov"]
        assert await client.boardrooms.cancel_boardroom_booking(id=booking.id) is True
        code = await client.personal_todos.create_personal_todo(
            subject="Async task",
            start_time=1,
            due_time=2,
            priority=PERSONAL_TODO_PRIORITY_NORMAL,
            create_user_id=BARBARA,
            org_id=ORG_ID,
            appid="app-1",
            executors=[PersonalTodoExecutor(staff_id=BARBARA)],
        )
        page = await client.personal_todos.list_personal_todos(org_id=ORG_ID, staff_id=BARBARA)
        assert [item.task_code for item in page.result] == [code]
