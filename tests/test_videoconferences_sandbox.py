"""Videoconferences end to end: the SDK against the sandbox gateway over real loopback HTTP."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator

import httpx
import pytest
from lansenger import AsyncLansenger, InvalidRequestError, Lansenger, NotFoundError, PermissionDeniedError
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID, STAFF
from lansenger_api.models.vc_auto_record import VC_AUTO_RECORD_ON
from lansenger_api.models.vc_create_source import VC_CREATE_SOURCE_THIRD_PARTY
from lansenger_api.models.vc_event_subscription import VcEventSubscription
from lansenger_api.models.vc_fetch_range import VC_FETCH_RANGE_MY, VC_FETCH_RANGE_PERSON
from lansenger_api.models.vc_invitee import VcInvitee
from lansenger_api.models.vc_invitee_type import VC_INVITEE_TYPE_PLATFORM_MEMBER
from lansenger_api.models.vc_meeting_status import (
    VC_MEETING_STATUS_CANCELLED,
    VC_MEETING_STATUS_ENDED,
    VC_MEETING_STATUS_NOT_STARTED,
    VC_MEETING_STATUS_STARTED,
)
from lansenger_api.models.vc_meeting_type import VC_MEETING_TYPE_INSTANT, VC_MEETING_TYPE_RESERVED
from lansenger_api.models.vc_member import VcMember
from lansenger_api.models.vc_member_role import VC_MEMBER_ROLE_HOST, VC_MEMBER_ROLE_MEMBER
from lansenger_api.models.vc_recording_ref import VcRecordingRef

ADA, GRACE, ALAN, EDSGER = list(STAFF)[:4]
ORG = int(ORG_ID)
HOUR = 3_600_000
# Every client would otherwise build its own TLS context, which costs more than a whole test here.
SHARED_TLS = ssl.create_default_context()
ONLINE, CALLING, KICKED, CALL_ENDED = 5, 0, 4, 8


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def members(host: str, *others: str) -> list[VcMember]:
    return [VcMember(staff_id=host, employee_name=STAFF[host].name, role=VC_MEMBER_ROLE_HOST)] + [
        VcMember(staff_id=other, employee_name=STAFF[other].name, role=VC_MEMBER_ROLE_MEMBER) for other in others
    ]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as gateway:
        yield gateway


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Lansenger]:
    transport = httpx.HTTPTransport(verify=SHARED_TLS)
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, transport=transport) as lansenger:
        yield lansenger


def instant(client: Lansenger, host: str, *others: str, subject: str = "Stand-up", record: bool = False) -> int:
    meeting = client.videoconferences.create_meeting(
        subject=subject,
        start_time=now_ms(),
        member=members(host, *others),
        org_id=ORG,
        type_=VC_MEETING_TYPE_INSTANT,
        auto_record=VC_AUTO_RECORD_ON if record else 0,
    )
    assert meeting.status == VC_MEETING_STATUS_STARTED and meeting.meeting_number
    assert isinstance(meeting.id, int)
    return meeting.id


def test_reserved_meeting_is_changed_then_cancelled(client: Lansenger) -> None:
    vc = client.videoconferences
    start = now_ms() + 2 * HOUR
    created = vc.create_meeting(subject="Design review", start_time=start, member=members(ADA, GRACE), org_id=ORG)
    assert (created.type_, created.status, created.meeting_number) == (
        VC_MEETING_TYPE_RESERVED,
        VC_MEETING_STATUS_NOT_STARTED,
        "",
    )
    assert (created.admin, created.admin_name, created.create_source) == (ADA, "Ada Lovelace", 1)
    mid = created.id
    assert isinstance(mid, int)

    updated = vc.update_meeting(
        org_id=ORG,
        operator=ADA,
        mid=mid,
        subject="Design review (moved)",
        start_time=start + HOUR,
        member=members(ADA, ALAN),
        user_stop_time=start + 2 * HOUR,
    )
    assert updated is not None and (updated.subject, updated.start_time) == ("Design review (moved)", start + HOUR)
    fetched = vc.fetch_meeting(org_id=ORG, operator=ALAN, mid=mid)
    assert (fetched.subject, fetched.start_time, fetched.mtime) == (
        "Design review (moved)",
        start + HOUR,
        updated.mtime,
    )
    assert [m["staffId"] for m in vc.list_meeting_members(org_id=ORG, mid=mid, operator=ADA).items] == [ADA, ALAN]
    assert [m.id for m in vc.list_active_meetings(org_id=ORG, operator=ALAN).items] == [mid]
    assert vc.list_active_meetings(org_id=ORG, operator=GRACE).total == 0

    with pytest.raises(InvalidRequestError):
        vc.cancel_meeting(org_id=ORG, operator=ALAN, mid=mid)  # not a host
    cancelled = vc.cancel_meeting(org_id=ORG, operator=ADA, mid=mid)
    assert cancelled is not None and cancelled.code == 0
    assert vc.fetch_meeting(org_id=ORG, operator=ADA, mid=mid).status == VC_MEETING_STATUS_CANCELLED
    with pytest.raises(InvalidRequestError) as again:
        vc.cancel_meeting(org_id=ORG, operator=ADA, mid=mid)
    assert again.value.err_code == 105224
    past = vc.list_past_meetings(org_id=ORG, operator=ALAN)
    assert (past.total, [m.id for m in past.items]) == (1, [mid])


def test_running_meeting_members_control_and_recordings(client: Lansenger) -> None:
    vc = client.videoconferences
    mid = instant(client, ADA, GRACE, record=True)
    number = vc.fetch_meeting(org_id=ORG, operator=ADA, mid=mid).meeting_number
    assert isinstance(number, str)
    assert vc.fetch_meeting_params(org_id=ORG, meeting_number=number, operator=GRACE).meeting_info.id == mid

    invited = vc.invite_meeting_members(
        org_id=ORG,
        operator=ADA,
        meeting_number=number,
        member=[VcInvitee(staff_id=ALAN, employee_name="Alan", type_=VC_INVITEE_TYPE_PLATFORM_MEMBER)],
    )
    assert invited is not None and invited.code == 0
    for op_code in ("join", "mute", "setHost"):
        done = vc.control_meeting_member(org_id=ORG, staff_id=GRACE, mid=mid, op_code=op_code, operator=ADA)
        assert done is not None and done.code == 0
    vc.control_meeting_member(org_id=ORG, staff_id=ALAN, mid=mid, op_code="kick", operator=GRACE)
    with pytest.raises(InvalidRequestError) as unknown:
        vc.control_meeting_member(org_id=ORG, staff_id=ALAN, mid=mid, op_code="applyAudio", operator=GRACE)
    assert unknown.value.err_code == 105601

    listed = vc.list_meeting_members(org_id=ORG, mid=mid, operator=GRACE, limit=2)
    assert listed.total == 3 and [(m["staffId"], m["role"], m["state"]) for m in listed.items] == [
        (ADA, "participant", ONLINE),
        (GRACE, "admin", ONLINE),
    ]
    rest = vc.list_meeting_members(org_id=ORG, mid=mid, operator=GRACE, limit=2, offset=2)
    assert (rest.offset, [(m["staffId"], m["state"]) for m in rest.items]) == (2, [(ALAN, KICKED)])
    with pytest.raises(InvalidRequestError) as started:
        vc.cancel_meeting(org_id=ORG, operator=GRACE, mid=mid)
    assert started.value.err_code == 105224

    stopped = vc.stop_meeting(org_id=ORG, operator=GRACE, mid=mid)
    assert stopped is not None and stopped.code == 0
    again = vc.stop_meeting(org_id=ORG, operator=GRACE, mid=mid)
    assert again is not None and again.code == 105213
    meeting = vc.fetch_meeting(org_id=ORG, operator=ADA, mid=mid)
    assert meeting.status == VC_MEETING_STATUS_ENDED and isinstance(meeting.stop_time, int) and meeting.stop_time > 0
    assert meeting.have_vod_record == 1
    records = vc.list_meeting_member_records(org_id=ORG, mid=mid, operator=ADA)
    assert [(r["staffId"], r["leaveTime"] == meeting.stop_time) for r in records.items] == [(ADA, True), (GRACE, True)]
    assert {m["state"] for m in vc.list_meeting_members(org_id=ORG, mid=mid, operator=ADA).items} == {
        CALL_ENDED,
        KICKED,
    }

    recordings = vc.list_meeting_recordings(org_id=ORG, operator=ADA, mid=mid).items
    assert len(recordings) == 1 and recordings[0].play_url
    vod_id = recordings[0].vod_id
    assert isinstance(vod_id, int)
    urls = vc.fetch_recording_download_urls(org_id=ORG, operator=ALAN, vods=[VcRecordingRef(vod_id=vod_id)])
    assert urls["items"][0]["vodId"] == vod_id and urls["items"][0]["downloadUrl"].endswith(".mp4")
    with pytest.raises(PermissionDeniedError):
        vc.fetch_recording_download_urls(org_id=ORG, operator=EDSGER, vods=[VcRecordingRef(vod_id=vod_id)])
    with pytest.raises(NotFoundError):
        vc.fetch_recording_download_urls(org_id=ORG, operator=ADA, vods=[VcRecordingRef(vod_id=vod_id + 1)])


def test_lists_page_by_limit_and_offset_with_totals(client: Lansenger, sandbox: Sandbox) -> None:
    vc = client.videoconferences
    begin = now_ms()
    mids = [instant(client, ADA, GRACE, subject=f"m{n}") for n in range(3)] + [instant(client, ALAN)]
    end = now_ms()
    seen: list[int] = []
    offset = 0
    while True:
        page = vc.list_meetings(org_id=ORG, start_time=begin, end_time=end, limit=2, offset=offset)
        assert (page.total, page.offset) == (4, offset)
        seen += [meeting.id for meeting in page.items if isinstance(meeting.id, int)]
        offset += 2
        if offset >= page.total:
            break
    assert seen == mids
    list_path = "/xtra/videoconference/openapi/v1/meeting/list"
    before = sum(1 for record in sandbox.state.requests if record[1] == list_path)
    walked = vc.iter_list_meetings(org_id=ORG, start_time=begin, end_time=end, limit=3)
    assert [meeting.id for meeting in walked] == mids
    assert sum(1 for record in sandbox.state.requests if record[1] == list_path) - before == 2, "offsets 0 and 3"

    person = vc.list_meetings(
        org_id=ORG, start_time=begin, end_time=end, fetch_range=VC_FETCH_RANGE_PERSON, staff_id=GRACE
    )
    assert (person.total, [m.id for m in person.items]) == (3, mids[:3])
    mine = vc.list_meetings(
        org_id=ORG, start_time=begin, end_time=end, fetch_range=VC_FETCH_RANGE_MY, user_token=sandbox.user_token(ALAN)
    )
    assert [m.id for m in mine.items] == mids[3:]
    assert vc.list_meetings(org_id=ORG, start_time=end + 1, end_time=end + HOUR).total == 0

    records = vc.list_meeting_records(
        org_id=ORG, start_time=begin, end_time=end, admin=ADA, create_source=VC_CREATE_SOURCE_THIRD_PARTY, limit=1
    )
    assert (records.total, [m.id for m in records.items]) == (3, mids[:1])
    assert vc.list_meeting_records(org_id=ORG, start_time=begin, end_time=end).total == 0  # platform clients only

    rooms = vc.list_fixed_meeting_rooms(org_id=ORG, operator=ADA, limit=2, offset=2)
    assert (rooms.total, rooms.offset, [room["name"] for room in rooms.items]) == (3, 2, ["Cloud room C"])

    vc.stop_meeting(org_id=ORG, operator=ADA, mid=mids[0])
    statuses = vc.fetch_meeting_statuses(org_id=ORG, mids=[mids[0], 1, mids[1]])
    assert [entry.additional_properties for entry in statuses.mids] == [
        {"mid": mids[0], "status": VC_MEETING_STATUS_ENDED},
        {"mid": mids[1], "status": VC_MEETING_STATUS_STARTED},
    ]
    assert [m.id for m in vc.list_active_meetings(org_id=ORG, operator=GRACE).items] == mids[1:3]
    assert [m.id for m in vc.list_past_meetings(org_id=ORG, operator=GRACE).items] == mids[:1]


def test_events_and_configuration(client: Lansenger) -> None:
    vc = client.videoconferences
    mid = instant(client, ADA)
    number = vc.fetch_meeting(org_id=ORG, operator=ADA, mid=mid).meeting_number
    subscribed = vc.subscribe_meeting_events(
        org_id=ORG, mid=mid, events=[VcEventSubscription(event_type="meeting.start")], call_back_info="ctx"
    )
    assert subscribed is not None and (subscribed.code, subscribed.err_code) == (0, 0)
    config = vc.fetch_videoconference_config(org_id=ORG, meeting_number=number, operator=ADA)
    assert (config.max_person, config.allowed_record_flag) == (300, 1)
    with pytest.raises(PermissionDeniedError) as other_org:
        vc.fetch_videoconference_config(org_id=ORG + 1)
    assert other_org.value.err_code == 105106
    with pytest.raises(NotFoundError):
        vc.fetch_videoconference_config(org_id=ORG, meeting_number="1")


def test_refusals_change_nothing(client: Lansenger) -> None:
    vc = client.videoconferences
    no_host = [VcMember(staff_id=ADA, role=VC_MEMBER_ROLE_MEMBER)]
    with pytest.raises(InvalidRequestError) as hostless:
        vc.create_meeting(subject="s", start_time=now_ms() + HOUR, member=no_host, org_id=ORG)
    assert hostless.value.err_code == 105230
    with pytest.raises(InvalidRequestError) as past:
        vc.create_meeting(subject="s", start_time=now_ms() - HOUR, member=members(ADA), org_id=ORG)
    assert past.value.err_code == 105204
    with pytest.raises(NotFoundError):
        stranger = [*members(ADA), VcMember(staff_id="nobody", employee_name="Nobody")]
        vc.create_meeting(subject="s", start_time=now_ms() + HOUR, member=stranger, org_id=ORG)
    assert vc.list_active_meetings(org_id=ORG, operator=ADA).total == 0

    mid = instant(client, ADA, GRACE)
    with pytest.raises(InvalidRequestError) as running:
        vc.update_meeting(
            org_id=ORG, operator=ADA, mid=mid, subject="x", start_time=now_ms() + HOUR, member=members(ADA)
        )
    assert running.value.err_code == 105224
    with pytest.raises(InvalidRequestError):
        vc.stop_meeting(org_id=ORG, operator=GRACE, mid=mid)  # not a host
    with pytest.raises(NotFoundError):
        vc.fetch_meeting(org_id=ORG, operator=ADA, mid=mid + 1000)
    meeting = vc.fetch_meeting(org_id=ORG, operator=ADA, mid=mid)
    assert (meeting.subject, meeting.status) == ("Stand-up", VC_MEETING_STATUS_STARTED)


@pytest.mark.anyio
async def test_async_round_trip(sandbox: Sandbox) -> None:
    transport = httpx.AsyncHTTPTransport(verify=SHARED_TLS)
    async with AsyncLansenger(
        sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, transport=transport
    ) as client:
        vc = client.videoconferences
        created = await vc.create_meeting(
            subject="async", start_time=now_ms(), member=members(GRACE), org_id=ORG, type_=VC_MEETING_TYPE_INSTANT
        )
        assert isinstance(created.id, int)
        stopped = await vc.stop_meeting(org_id=ORG, operator=GRACE, mid=created.id)
        assert stopped is not None and stopped.code == 0
        fetched = await vc.fetch_meeting(org_id=ORG, operator=GRACE, mid=created.id)
    assert fetched.status == VC_MEETING_STATUS_ENDED
