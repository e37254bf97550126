"""Calendars end to end against the sandbox gateway over real loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from lansenger import AsyncLansenger, InvalidRequestError, Lansenger, NotFoundError
from lansenger.testing import Sandbox
from lansenger.testing import _server as sandbox_server
from lansenger_api.models import ScheduleAttendee, ScheduleAttendeeFlag, ScheduleTime
from lansenger_api.types import Unset

ADA, GRACE, ALAN, EDSGER, BARBARA = (f"524288-{1000 + n}" for n in range(1, 6))
HOUR = 3600
DAY = 24 * HOUR
MONDAY = 1748217600  # 2025-05-26T00:00:00Z
WINDOW = 42 * DAY


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Lansenger]:
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as lansenger:
        yield lansenger


def at(seconds: int) -> ScheduleTime:
    return ScheduleTime(time=str(seconds), time_zone="Asia/Shanghai")


def attendees(*flags: tuple[str, ScheduleAttendeeFlag]) -> list[ScheduleAttendee]:
    return [ScheduleAttendee(staff_id, flag) for staff_id, flag in flags]


def meeting(client: Lansenger, calendar_id: str, start: int, summary: str = "Standup", **extra: Any) -> str:
    created = client.calendars.create_schedule(
        calendar_id,
        summary=summary,
        start_time=at(start),
        end_time=at(start + HOUR),
        attendees=attendees((ADA, "yes")),
        **extra,
    )
    assert isinstance(created.schedule_id, str)
    return created.schedule_id


def listed(client: Lansenger, calendar_id: str, start: int, end: int, **identity: str) -> list[str]:
    found = client.calendars.list_schedules(calendar_id, start_time=start, end_time=end, **identity)
    return [str(item.schedule_id) for item in found.schedule_list or []]


def test_schedule_lifecycle_for_a_user(sandbox: Sandbox, client: Lansenger) -> None:
    token = sandbox.user_token(ADA)
    calendar = client.calendars.fetch_primary_calendar(user_token=token)
    assert (calendar.type_, calendar.role, calendar.summary) == ("primary", "owner", "Ada Lovelace")
    cid = str(calendar.calendar_id)

    created = client.calendars.create_schedule(
        cid,
        summary="Design review",
        start_time=at(MONDAY + 9 * HOUR),
        end_time=at(MONDAY + 10 * HOUR),
        attendees=attendees((ADA, "yes"), (GRACE, "option"), (ALAN, "no")),
        description="Quarterly",
        attendee_permissions="can_invite",
        user_token=token,
    )
    sid = str(created.schedule_id)

    info = client.calendars.fetch_schedule(cid, sid, user_token=token)
    assert (info.summary, info.description, info.all_day, info.repeat_type) == (
        "Design review",
        "Quarterly",
        "no",
        "no",
    )
    assert (info.reminder_type, info.attendee_permissions) == ("yes", "can_invite")
    assert info.start_time.time == str(MONDAY + 9 * HOUR)
    assert info.creator.staff_id == ADA

    changed = client.calendars.update_schedule(
        cid, sid, summary="Design review (moved)", start_time=at(MONDAY + 11 * HOUR), end_time=at(MONDAY + 12 * HOUR)
    )
    assert changed.schedule_ids == [sid]
    assert listed(client, cid, MONDAY, MONDAY + 10 * HOUR) == []
    assert listed(client, cid, MONDAY + 10 * HOUR, MONDAY + 11 * HOUR + 1) == [sid]

    client.calendars.update_attendee_meta(cid, sid, rsvp_status="accept", busy_free_state="busy", user_token=token)
    assert client.calendars.fetch_schedule(cid, sid, user_token=token).rsvp_status == "accept"
    assert isinstance(client.calendars.fetch_schedule(cid, sid, user_id=GRACE).rsvp_status, Unset)

    assert client.calendars.delete_schedule(cid, sid, reminder_type="no").schedule_ids == [sid]
    with pytest.raises(NotFoundError) as gone:
        client.calendars.fetch_schedule(cid, sid, user_token=token)
    assert gone.value.err_code == 64001
    assert listed(client, cid, MONDAY, MONDAY + DAY) == []


def test_attendees_are_paged_added_removed_and_batched(client: Lansenger) -> None:
    cid = str(client.calendars.fetch_primary_calendar(user_id=ADA).calendar_id)
    sid = meeting(client, cid, MONDAY)

    added = client.calendars.add_schedule_attendees(cid, sid, attendees=[GRACE, ALAN, ADA], reminder_type="yes")
    assert added.schedule_ids == [sid]
    page = client.calendars.list_schedule_attendees(cid, sid, page=2, page_size=2)
    assert page.total == 3
    assert [(a.staff_id, a.attendee_flag) for a in page.attendees or []] == [(ALAN, "yes")]
    assert client.calendars.list_schedule_attendees(cid, sid, page=3, page_size=2).attendees == []

    client.calendars.delete_schedule_attendees(cid, sid, attendees=[GRACE, BARBARA])
    batch = client.calendars.update_schedule_attendees(
        cid, sid, add_attendees=[EDSGER, "524288-9999"], delete_attendees=[ALAN, GRACE]
    )
    assert batch.schedule_ids == [sid]
    assert batch.attendees == ["524288-9999", GRACE]
    roster = [a.staff_id for a in client.calendars.iter_list_schedule_attendees(cid, sid, page_size=1)]
    assert roster == [ADA, EDSGER]


def test_each_identity_has_its_own_primary_calendar(sandbox: Sandbox, client: Lansenger) -> None:
    bot = client.calendars.fetch_primary_calendar().calendar_id
    ada_by_id = client.calendars.fetch_primary_calendar(user_id=ADA).calendar_id
    ada_by_token = client.calendars.fetch_primary_calendar(user_token=sandbox.user_token(ADA)).calendar_id
    grace = client.calendars.fetch_primary_calendar(user_id=GRACE, user_token=sandbox.user_token(GRACE)).calendar_id

    assert ada_by_id == ada_by_token
    assert len({bot, ada_by_id, grace}) == 3
    assert client.calendars.fetch_primary_calendar().calendar_id == bot
    assert client.calendars.fetch_primary_calendar().summary == "App bot"
    with pytest.raises(NotFoundError) as unknown:
        client.calendars.fetch_primary_calendar(user_id="524288-9999")
    assert unknown.value.err_code == 50001


def test_the_bot_lists_by_overlap_including_all_day_schedules(client: Lansenger) -> None:
    cid = str(client.calendars.fetch_primary_calendar().calendar_id)
    early = meeting(client, cid, MONDAY + 8 * HOUR, "early")
    late = meeting(client, cid, MONDAY + 30 * DAY, "late")
    offsite = client.calendars.create_schedule(
        cid,
        summary="Offsite",
        start_time=ScheduleTime(date="2025-05-27", time_zone="UTC"),
        end_time=ScheduleTime(date="2025-05-28", time_zone="UTC"),
        attendees=attendees((GRACE, "yes")),
        all_day="yes",
    ).schedule_id

    assert listed(client, cid, MONDAY, MONDAY + WINDOW) == [early, offsite, late]
    assert listed(client, cid, MONDAY + 8 * HOUR + HOUR, MONDAY + 2 * DAY) == [offsite]
    assert listed(client, cid, MONDAY + 2 * DAY + 23 * HOUR, MONDAY + 3 * DAY) == [offsite]
    assert listed(client, cid, MONDAY + 3 * DAY, MONDAY + 4 * DAY) == []


def test_refusals_record_nothing(client: Lansenger) -> None:
    cid = str(client.calendars.fetch_primary_calendar(user_id=ADA).calendar_id)
    sid = meeting(client, cid, MONDAY)
    with pytest.raises(NotFoundError) as stranger:
        client.calendars.create_schedule(
            cid, summary="x", start_time=at(MONDAY), end_time=at(MONDAY + 1), attendees=attendees(("nobody", "yes"))
        )
    with pytest.raises(InvalidRequestError, match="endTime: before startTime"):
        client.calendars.update_schedule(cid, sid, start_time=at(MONDAY + 2 * HOUR))
    with pytest.raises(InvalidRequestError, match="currentTime: required"):
        client.calendars.update_schedule(cid, sid, summary="renamed", operation_type="modify_current")
    with pytest.raises(InvalidRequestError, match="not an attendee"):
        client.calendars.update_attendee_meta(cid, sid, rsvp_status="decline", user_id=GRACE)
    with pytest.raises(NotFoundError) as no_calendar:
        client.calendars.list_schedules("cal-unknown", start_time=MONDAY, end_time=MONDAY + DAY)
    with pytest.raises(NotFoundError):
        client.calendars.add_schedule_attendees(cid, "sch-unknown", attendees=[GRACE])

    assert (stranger.value.err_code, no_calendar.value.err_code) == (50001, 64001)
    assert listed(client, cid, MONDAY, MONDAY + DAY) == [sid]
    info = client.calendars.fetch_schedule(cid, sid)
    assert (info.summary, info.start_time.time) == ("Standup", str(MONDAY))


@pytest.mark.anyio
async def test_async_client_walks_the_attendee_pages(sandbox: Sandbox) -> None:
    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        cid = str((await client.calendars.fetch_primary_calendar(user_id=GRACE)).calendar_id)
        created = await client.calendars.create_schedule(
            cid,
            summary="Planning",
            start_time=at(MONDAY),
            end_time=at(MONDAY + HOUR),
            attendees=attendees((GRACE, "yes"), (ADA, "option"), (ALAN, "option")),
        )
        sid = str(created.schedule_id)
        roster = [a.staff_id async for a in client.calendars.iter_list_schedule_attendees(cid, sid, page_size=2)]
    assert roster == [GRACE, ADA, ALAN]


# --- what the gateway answers to requests the client would never send --------------------------------------


@contextmanager
def _raw(sandbox: Sandbox) -> Iterator[tuple[httpx.Client, str]]:
    """A plain HTTP client and an app token, to send what the SDK would refuse to."""
    with httpx.Client(base_url=sandbox.url, timeout=10.0) as http:
        answer = http.get(
            "/v1/apptoken/create",
            params={"grant_type": "client_credential", "appid": sandbox.app_id, "secret": sandbox.app_secret},
        )
        yield http, answer.json()["data"]["appToken"]


def _post(http: httpx.Client, token: str, path: str, body: Any, **query: str) -> dict[str, Any]:
    envelope: dict[str, Any] = http.post(path, params={"app_token": token, **query}, json=body).json()
    return envelope


def _create_body(flag: str) -> dict[str, Any]:
    return {
        "summary": "Standup",
        "startTime": {"time": str(MONDAY), "timeZone": "Asia/Shanghai"},
        "endTime": {"time": str(MONDAY + HOUR), "timeZone": "Asia/Shanghai"},
        "attendees": [{"staffId": ADA, "attendeeFlag": flag}],
    }


def _primary(http: httpx.Client, token: str) -> str:
    calendar_id: str = http.get("/v1/calendars/primary", params={"app_token": token}).json()["data"]["calendarId"]
    return calendar_id


def test_the_server_refuses_windows_over_42_days(sandbox: Sandbox) -> None:
    with _raw(sandbox) as (http, token):
        path = f"/v1/calendars/{_primary(http, token)}/schedules/fetch"
        too_long = _post(http, token, path, {"startTime": MONDAY, "endTime": MONDAY + WINDOW + 1})
        backwards = _post(http, token, path, {"startTime": MONDAY, "endTime": MONDAY})
        exact = _post(http, token, path, {"startTime": MONDAY, "endTime": MONDAY + WINDOW})
    assert (too_long["errCode"], too_long["errMsg"]) == (
        40001,
        "invalid parameter: startTime to endTime spans 3628801 seconds; at most 3628800 seconds are allowed",
    )
    assert backwards["errCode"] == 40001
    assert exact == {"errCode": 0, "errMsg": "ok", "data": {"scheduleList": []}}


def test_an_invalid_attendee_flag_is_refused(sandbox: Sandbox) -> None:
    """The generated spec check answers 40001 for any value outside the enum."""
    with _raw(sandbox) as (http, token):
        path = f"/v1/calendars/{_primary(http, token)}/schedules/create"
        refused = _post(http, token, path, _create_body("required"))
    assert refused["errCode"] == 40001
    assert "attendeeFlag" in refused["errMsg"]


def test_without_the_spec_document_the_handler_answers_the_platforms_40060(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox_server, "bundled_spec_index", lambda: None)
    with Sandbox() as sandbox, _raw(sandbox) as (http, token):
        path = f"/v1/calendars/{_primary(http, token)}/schedules/create"
        refused = _post(http, token, path, _create_body("required"))
        accepted = _post(http, token, path, _create_body("option"))
    assert refused["errCode"] == 40060
    assert accepted["errCode"] == 0
