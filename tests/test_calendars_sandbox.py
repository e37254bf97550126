"""Schedules against the sandbox over loopback: kept whole so their changes push schedule events.

The attendee operations get the spec's default answers (see test_sandbox_defaults).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from lansenger import AsyncLansenger, Lansenger, NotFoundError
from lansenger.testing import Sandbox
from lansenger_api.models import ScheduleAttendee, ScheduleAttendeeFlag, ScheduleTime

ADA, GRACE, ALAN = (f"524288-{1000 + n}" for n in range(1, 4))
HOUR = 3600
DAY = 24 * HOUR
MONDAY = 1748217600  # 2025-05-26T00:00:00Z
WINDOW = 42 * DAY


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


def test_schedule_lifecycle_for_a_user(lansenger_sandbox: Sandbox, lansenger_client: Lansenger) -> None:
    client, token = lansenger_client, lansenger_sandbox.user_token(ADA)
    calendar = client.calendars.fetch_primary_calendar(user_token=token)
    assert (calendar.type_, calendar.role, calendar.summary) == ("primary", "owner", "Ada Lovelace")
    cid = str(calendar.calendar_id)

    sid = meeting(client, cid, MONDAY + 9 * HOUR, "Design review", description="Quarterly", user_token=token)
    info = client.calendars.fetch_schedule(cid, sid, user_token=token)
    assert (info.summary, info.description, info.start_time.time) == (
        "Design review",
        "Quarterly",
        str(MONDAY + 9 * HOUR),
    )
    assert info.creator.staff_id == ADA

    changed = client.calendars.update_schedule(
        cid, sid, summary="Design review (moved)", start_time=at(MONDAY + 11 * HOUR), end_time=at(MONDAY + 12 * HOUR)
    )
    assert changed.schedule_ids == [sid]
    assert client.calendars.fetch_schedule(cid, sid).summary == "Design review (moved)"
    assert listed(client, cid, MONDAY, MONDAY + 10 * HOUR) == []
    assert listed(client, cid, MONDAY + 10 * HOUR, MONDAY + 11 * HOUR + 1) == [sid]

    assert client.calendars.delete_schedule(cid, sid, reminder_type="no").schedule_ids == [sid]
    with pytest.raises(NotFoundError) as gone:
        client.calendars.fetch_schedule(cid, sid, user_token=token)
    assert gone.value.err_code == 64001
    assert listed(client, cid, MONDAY, MONDAY + DAY) == []
    assert [event["eventType"] for event in lansenger_sandbox.callbacks.published] == [
        "schedule_modify",
        "schedule_delete",
    ]


def test_each_identity_has_its_own_primary_calendar(lansenger_sandbox: Sandbox, lansenger_client: Lansenger) -> None:
    calendars = lansenger_client.calendars
    bot = calendars.fetch_primary_calendar().calendar_id
    ada_by_id = calendars.fetch_primary_calendar(user_id=ADA).calendar_id
    ada_by_token = calendars.fetch_primary_calendar(user_token=lansenger_sandbox.user_token(ADA)).calendar_id
    grace = calendars.fetch_primary_calendar(user_id=GRACE).calendar_id

    assert ada_by_id == ada_by_token
    assert len({bot, ada_by_id, grace}) == 3
    assert calendars.fetch_primary_calendar().summary == "App bot"
    with pytest.raises(NotFoundError) as unknown:
        calendars.fetch_primary_calendar(user_id="524288-9999")
    assert unknown.value.err_code == 50001
    with pytest.raises(NotFoundError) as no_calendar:
        meeting(lansenger_client, "cal-nope", MONDAY)
    assert no_calendar.value.err_code == 64001


def test_attendees_must_be_in_the_directory(lansenger_client: Lansenger) -> None:
    """Checked by hand for create_schedule's attendee objects, by the spec's x-lansenger-refers for the
    attendee operations the spec answers by default."""
    calendars = lansenger_client.calendars
    cid = str(calendars.fetch_primary_calendar().calendar_id)
    sid = meeting(lansenger_client, cid, MONDAY)
    with pytest.raises(NotFoundError) as unknown:
        calendars.create_schedule(
            cid, summary="x", start_time=at(MONDAY), end_time=at(MONDAY + HOUR), attendees=attendees(("nobody", "yes"))
        )
    with pytest.raises(NotFoundError) as unknown_added:
        calendars.add_schedule_attendees(cid, sid, attendees=[GRACE, "nobody"])

    assert unknown.value.err_code == unknown_added.value.err_code == 50001
    assert calendars.add_schedule_attendees(cid, sid, attendees=[GRACE]) is not None


def test_schedules_are_listed_by_overlap(lansenger_client: Lansenger) -> None:
    cid = str(lansenger_client.calendars.fetch_primary_calendar().calendar_id)
    early = meeting(lansenger_client, cid, MONDAY + 8 * HOUR, "early")
    late = meeting(lansenger_client, cid, MONDAY + 30 * DAY, "late")

    assert listed(lansenger_client, cid, MONDAY, MONDAY + WINDOW) == [early, late]
    assert listed(lansenger_client, cid, MONDAY + 8 * HOUR + HOUR, MONDAY + 2 * DAY) == []
    assert listed(lansenger_client, cid, MONDAY + 8 * HOUR + 1, MONDAY + 8 * HOUR + 2) == [early]


@pytest.mark.anyio
async def test_the_async_client_creates_and_deletes(lansenger_sandbox: Sandbox) -> None:
    sandbox = lansenger_sandbox
    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        cid = str((await client.calendars.fetch_primary_calendar(user_id=GRACE)).calendar_id)
        created = await client.calendars.create_schedule(
            cid, summary="Async", start_time=at(MONDAY), end_time=at(MONDAY + HOUR), attendees=attendees((ALAN, "no"))
        )
        sid = str(created.schedule_id)
        assert (await client.calendars.fetch_schedule(cid, sid)).summary == "Async"
        await client.calendars.delete_schedule(cid, sid)
        with pytest.raises(NotFoundError):
            await client.calendars.fetch_schedule(cid, sid)


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


def test_the_server_refuses_windows_over_42_days(lansenger_sandbox: Sandbox) -> None:
    with _raw(lansenger_sandbox) as (http, token):
        path = f"/v1/calendars/{_primary(http, token)}/schedules/fetch"
        too_long = _post(http, token, path, {"startTime": MONDAY, "endTime": MONDAY + WINDOW + 1})
        backwards = _post(http, token, path, {"startTime": MONDAY, "endTime": MONDAY - 1})
        exact = _post(http, token, path, {"startTime": MONDAY, "endTime": MONDAY + WINDOW})
    assert (too_long["errCode"], too_long["errMsg"]) == (
        40001,
        "invalid parameter: startTime to endTime spans 3628801 seconds; at most 3628800 seconds are allowed",
    )
    assert backwards["errCode"] == 40001
    assert exact == {"errCode": 0, "errMsg": "ok", "data": {"scheduleList": []}}


def test_an_invalid_attendee_flag_is_refused(lansenger_sandbox: Sandbox) -> None:
    """The generated spec check answers 40001 for any value outside the enum."""
    with _raw(lansenger_sandbox) as (http, token):
        path = f"/v1/calendars/{_primary(http, token)}/schedules/create"
        refused = _post(http, token, path, _create_body("required"))
    assert refused["errCode"] == 40001
    assert "attendeeFlag" in refused["errMsg"]
