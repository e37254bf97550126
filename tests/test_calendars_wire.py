"""The calendars operations as the platform receives them, and the input they refuse before sending."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from lansenger import AsyncLansenger, InvalidArgumentError, InvalidRequestError, Lansenger, NotFoundError
from lansenger_api.models import ScheduleAttendee, ScheduleTime

from tests._envelopes import GATEWAY, TOKEN, ok
from tests._wire import Case, run_error, wire_tests

CAL = "cal-8f1c"
SCH = "sch-21a7"
SCHEDULE_PATH = f"/v1/calendars/{CAL}/schedules/{SCH}"
ATTENDEES_PATH = f"{SCHEDULE_PATH}/members/fetch"
START, END = "1748160000", "1748163600"
WINDOW = 42 * 24 * 3600
ADA, GRACE, ALAN = "524288-1001", "524288-1002", "524288-1003"

SCHEDULE_INFO = {
    "scheduleId": SCH,
    "summary": "Design review",
    "description": "Quarterly review",
    "repeatType": "no",
    "allDay": "no",
    "startTime": {"time": START, "date": "", "timeZone": "Asia/Shanghai"},
    "endTime": {"time": END, "date": "", "timeZone": "Asia/Shanghai"},
    "creator": {"staffId": ADA},
    "rsvpStatus": "accepted",
    "attendeePermissions": "can_see",
    "location": "Room 3",
}


def _timed(time: str) -> ScheduleTime:
    return ScheduleTime(time=time, time_zone="Asia/Shanghai")


def _check_primary(calendar: Any) -> None:
    assert calendar.calendar_id == CAL
    assert (calendar.type_, calendar.role, calendar.color) == ("primary", "owner", "#0000ff")


def _check_info(info: Any) -> None:
    assert info.schedule_id == SCH
    assert info.start_time.time == START
    assert info.end_time.time_zone == "Asia/Shanghai"
    assert info.creator.staff_id == ADA
    assert info.rsvp_status == "accepted"
    assert info["location"] == "Room 3", "unknown fields are kept"


def _check_list(listed: Any) -> None:
    assert [item.schedule_id for item in listed.schedule_list] == [SCH, "sch-9"]
    assert listed.schedule_list[0].summary == "Design review"


def _check_page(page: Any) -> None:
    assert page.total == 3
    assert [attendee.staff_id for attendee in page.attendees] == [ADA, GRACE]
    assert page.attendees[1].attendee_flag == "option"


def _check_batch(result: Any) -> None:
    assert result.schedule_ids == [SCH]
    assert result.attendees == ["staff-unknown"]


CASES = [
    Case(
        "fetch_primary_calendar",
        lambda c: c.calendars.fetch_primary_calendar(user_token="ut-1"),
        "GET",
        "/v1/calendars/primary",
        data={
            "calendarId": CAL,
            "summary": "Ada Lovelace",
            "description": "",
            "permissions": "owner",
            "color": "#0000ff",
            "type": "primary",
            "role": "owner",
        },
        query={"user_token": "ut-1"},
        check=_check_primary,
    ),
    Case(
        "fetch_primary_calendar_of_the_bot",
        lambda c: c.calendars.fetch_primary_calendar(),
        "GET",
        "/v1/calendars/primary",
        data={"calendarId": "cal-bot", "type": "primary"},
        check=lambda calendar: calendar.calendar_id == "cal-bot" or pytest.fail("calendarId"),
    ),
    Case(
        "create_schedule",
        lambda c: c.calendars.create_schedule(
            CAL,
            summary="Design review",
            start_time=_timed(START),
            end_time=_timed(END),
            attendees=[ScheduleAttendee(staff_id=ADA, attendee_flag="yes"), ScheduleAttendee(GRACE, "option")],
            description="Quarterly review",
            reminder_type="yes",
            attendee_permissions="can_invite",
            user_id=ADA,
        ),
        "POST",
        f"/v1/calendars/{CAL}/schedules/create",
        data={"scheduleId": SCH},
        query={"user_id": ADA},
        body={
            "summary": "Design review",
            "startTime": {"time": START, "timeZone": "Asia/Shanghai"},
            "endTime": {"time": END, "timeZone": "Asia/Shanghai"},
            "attendees": [{"staffId": ADA, "attendeeFlag": "yes"}, {"staffId": GRACE, "attendeeFlag": "option"}],
            "description": "Quarterly review",
            "reminderType": "yes",
            "attendeePermissions": "can_invite",
        },
        check=lambda created: created.schedule_id == SCH or pytest.fail("scheduleId"),
    ),
    Case(
        "create_all_day_weekly_schedule",
        lambda c: c.calendars.create_schedule(
            CAL,
            summary="Offsite",
            start_time=ScheduleTime(date="2025-05-26", time_zone="UTC"),
            end_time=ScheduleTime(date="2025-05-26", time_zone="UTC"),
            attendees=[ScheduleAttendee(ALAN, "no")],
            all_day="yes",
            repeat_type="week",
            rule="FREQ=WEEKLY;BYDAY=MO",
            expire_date_type="no",
        ),
        "POST",
        f"/v1/calendars/{CAL}/schedules/create",
        data={"scheduleId": "sch-2"},
        body={
            "summary": "Offsite",
            "startTime": {"date": "2025-05-26", "timeZone": "UTC"},
            "endTime": {"date": "2025-05-26", "timeZone": "UTC"},
            "attendees": [{"staffId": ALAN, "attendeeFlag": "no"}],
            "allDay": "yes",
            "repeatType": "week",
            "rule": "FREQ=WEEKLY;BYDAY=MO",
            "expireDateType": "no",
        },
    ),
    Case(
        "fetch_schedule",
        lambda c: c.calendars.fetch_schedule(CAL, SCH, user_token="ut-1", user_id=ADA),
        "GET",
        f"{SCHEDULE_PATH}/fetch",
        data=SCHEDULE_INFO,
        query={"user_token": "ut-1", "user_id": ADA},
        check=_check_info,
    ),
    Case(
        "update_schedule",
        lambda c: c.calendars.update_schedule(
            CAL,
            SCH,
            summary="Design review (moved)",
            start_time=_timed("1748167200"),
            end_time=_timed("1748170800"),
            operation_type="modify_current",
            current_time=int(START),
        ),
        "POST",
        f"{SCHEDULE_PATH}/update",
        data={"scheduleIds": ["sch-21a7-1"]},
        body={
            "summary": "Design review (moved)",
            "startTime": {"time": "1748167200", "timeZone": "Asia/Shanghai"},
            "endTime": {"time": "1748170800", "timeZone": "Asia/Shanghai"},
            "operationType": "modify_current",
            "currentTime": int(START),
        },
        check=lambda changed: changed.schedule_ids == ["sch-21a7-1"] or pytest.fail("scheduleIds"),
    ),
    Case(
        "delete_schedule",
        lambda c: c.calendars.delete_schedule(CAL, SCH, reminder_type="no"),
        "POST",
        f"{SCHEDULE_PATH}/delete",
        data={"scheduleIds": [SCH]},
        body={"reminderType": "no"},
        check=lambda changed: changed.schedule_ids == [SCH] or pytest.fail("scheduleIds"),
    ),
    Case(
        "delete_one_occurrence_without_data",
        lambda c: c.calendars.delete_schedule(
            CAL, SCH, operation_type="delete_current", current_time=int(START), user_id=ADA
        ),
        "POST",
        f"{SCHEDULE_PATH}/delete",
        query={"user_id": ADA},
        body={"operationType": "delete_current", "currentTime": int(START)},
        check=lambda changed: changed is None or pytest.fail("no data answers None"),
    ),
    Case(
        "list_schedules",
        lambda c: c.calendars.list_schedules(CAL, start_time=1748131200, end_time=1748131200 + WINDOW),
        "POST",
        f"/v1/calendars/{CAL}/schedules/fetch",
        data={"scheduleList": [SCHEDULE_INFO, {"scheduleId": "sch-9", "summary": "1:1"}]},
        body={"startTime": 1748131200, "endTime": 1748131200 + WINDOW},
        check=_check_list,
    ),
    Case(
        "list_schedule_attendees",
        lambda c: c.calendars.list_schedule_attendees(CAL, SCH, user_token="ut-1"),
        "GET",
        ATTENDEES_PATH,
        data={"total": 3, "attendees": [{"staffId": ADA}, {"staffId": GRACE, "attendeeFlag": "option"}]},
        query={"page": "1", "page_size": "500", "user_token": "ut-1"},
        check=_check_page,
    ),
    Case(
        "add_schedule_attendees",
        lambda c: c.calendars.add_schedule_attendees(CAL, SCH, attendees=[ALAN], reminder_type="yes"),
        "POST",
        f"{SCHEDULE_PATH}/members/create",
        data={"scheduleIds": [SCH]},
        body={"attendees": [ALAN], "reminderType": "yes"},
        check=lambda changed: changed.schedule_ids == [SCH] or pytest.fail("scheduleIds"),
    ),
    Case(
        "delete_schedule_attendees",
        lambda c: c.calendars.delete_schedule_attendees(
            CAL, SCH, attendees=[GRACE], operation_type="modify_current_after", current_time=int(START)
        ),
        "POST",
        f"{SCHEDULE_PATH}/members/delete",
        data={},
        body={"attendees": [GRACE], "operationType": "modify_current_after", "currentTime": int(START)},
        check=lambda changed: changed.schedule_ids is not None or pytest.fail("{} is an answer"),
    ),
    Case(
        "update_schedule_attendees",
        lambda c: c.calendars.update_schedule_attendees(
            CAL, SCH, add_attendees=[ALAN, "staff-unknown"], delete_attendees=[GRACE], reminder_type="no"
        ),
        "POST",
        f"{SCHEDULE_PATH}/members/update",
        data={"scheduleIds": [SCH], "attendees": ["staff-unknown"]},
        body={"addAttendees": [ALAN, "staff-unknown"], "deleteAttendees": [GRACE], "reminderType": "no"},
        check=_check_batch,
    ),
    Case(
        "update_attendee_meta",
        lambda c: c.calendars.update_attendee_meta(
            CAL,
            SCH,
            rsvp_status="tentative",
            color="#FF347AFC",
            permissions="private",
            busy_free_state="free",
            remind_times=[15, 0],
            user_token="ut-2",
        ),
        "POST",
        f"{SCHEDULE_PATH}/members/meta/update",
        query={"user_token": "ut-2"},
        body={
            "rsvpStatus": "tentative",
            "color": "#FF347AFC",
            "permissions": "private",
            "busyFreeState": "free",
            "remindTimes": [15, 0],
        },
        check=lambda result: result is None or pytest.fail("envelope-only answers None"),
    ),
]


test_wire, test_wire_async = wire_tests(CASES)


def test_platform_refusals_raise_typed_errors(router: respx.MockRouter) -> None:
    fetch = next(case for case in CASES if case.id == "fetch_schedule")
    create = next(case for case in CASES if case.id == "create_schedule")
    run_error(router, fetch, 64001, NotFoundError)
    run_error(router, create, 40060, InvalidRequestError)


# --- paging -----------------------------------------------------------------------------------------------------

ROSTER = [f"524288-{2000 + n}" for n in range(5)]


def _roster_pages(request: httpx.Request) -> httpx.Response:
    """Pages of two from a roster of five; the platform's total says when to stop."""
    page, size = int(request.url.params["page"]), int(request.url.params["page_size"])
    chunk = ROSTER[(page - 1) * size : page * size]
    return httpx.Response(200, json=ok({"total": len(ROSTER), "attendees": [{"staffId": s} for s in chunk]}))


def _pages_asked(route: respx.Route) -> list[tuple[str, str]]:
    return [(call.request.url.params["page"], call.request.url.params["page_size"]) for call in route.calls]


def test_iter_attendees_walks_every_page_and_stops_on_total(router: respx.MockRouter) -> None:
    route = router.get(ATTENDEES_PATH).mock(side_effect=_roster_pages)
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        staff = [a.staff_id for a in client.calendars.iter_list_schedule_attendees(CAL, SCH, page_size=2, user_id=ADA)]
    assert staff == ROSTER
    assert _pages_asked(route) == [("1", "2"), ("2", "2"), ("3", "2")]
    assert all(call.request.url.params["user_id"] == ADA for call in route.calls)


@pytest.mark.anyio
async def test_iter_attendees_async(router: respx.MockRouter) -> None:
    route = router.get(ATTENDEES_PATH).mock(side_effect=_roster_pages)
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        staff = [a.staff_id async for a in client.calendars.iter_list_schedule_attendees(CAL, SCH, page_size=2)]
    assert staff == ROSTER
    assert _pages_asked(route) == [("1", "2"), ("2", "2"), ("3", "2")]


def test_iter_attendees_stops_at_an_exact_last_page(router: respx.MockRouter) -> None:
    route = router.get(ATTENDEES_PATH).mock(side_effect=_roster_pages)
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        staff = list(client.calendars.iter_list_schedule_attendees(CAL, SCH, page_size=5))
    assert len(staff) == 5
    assert _pages_asked(route) == [("1", "5")]


# --- refused before any request ------------------------------------------------------------------------------


def _create(**overrides: Any) -> Callable[[Lansenger], Any]:
    arguments: dict[str, Any] = {
        "summary": "Standup",
        "start_time": _timed(START),
        "end_time": _timed(END),
        "attendees": [ScheduleAttendee(ADA, "yes")],
    } | overrides
    return lambda c: c.calendars.create_schedule(CAL, **arguments)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            lambda c: c.calendars.list_schedules(CAL, start_time=1748131200, end_time=1748131200 + WINDOW + 86400),
            "spans 3715200 seconds; at most 3628800",
            id="list-43-days",
        ),
        pytest.param(
            lambda c: c.calendars.list_schedules(CAL, start_time=1748131200, end_time=1748131199),
            "end_time is before start_time",
            id="list-backwards",
        ),
        pytest.param(
            lambda c: c.calendars.list_schedules(CAL, start_time=-1, end_time=10),
            "start_time must be at least 0",
            id="list-negative",
        ),
        pytest.param(
            _create(attendees=[ScheduleAttendee(ADA, "required")]),  # type: ignore[arg-type]
            r"attendees\[0\].attendee_flag must be one of 'yes', 'option', 'no', not 'required'",
            id="attendee-flag-required",
        ),
        pytest.param(_create(attendees=[]), "attendees must not be empty", id="no-attendees"),
        pytest.param(_create(summary=""), "summary must not be empty", id="empty-summary"),
        pytest.param(_create(summary="x" * 1001), "summary must be at most 1000", id="long-summary"),
        pytest.param(_create(description="x" * 6001), "description must be at most 6000", id="long-description"),
        pytest.param(
            _create(start_time=ScheduleTime(time_zone="UTC")),
            "start_time needs at least one of: time, date",
            id="no-time",
        ),
        pytest.param(_create(repeat_type="daily"), "repeat_type must be one of", id="repeat-daily"),
        pytest.param(_create(all_day=True), "all_day must be one of 'yes', 'no'", id="all-day-bool"),
        pytest.param(lambda c: c.calendars.create_schedule("", **_create_kwargs()), "calendar_id", id="no-calendar"),
        pytest.param(
            lambda c: c.calendars.update_schedule(CAL, SCH, operation_type="modify_all"),
            "needs at least one of: summary, description, start_time",
            id="update-nothing",
        ),
        pytest.param(
            lambda c: c.calendars.update_schedule(CAL, SCH, summary="x", operation_type="modify_future"),
            "operation_type must be one of",
            id="update-modify-future",
        ),
        pytest.param(
            lambda c: c.calendars.delete_schedule(CAL, SCH, operation_type="modify_all"),
            "operation_type must be one of 'delete_all'",
            id="delete-wrong-operation",
        ),
        pytest.param(
            lambda c: c.calendars.delete_schedule(CAL, SCH, current_time=-5),
            "current_time must be at least 0",
            id="negative-current-time",
        ),
        pytest.param(
            lambda c: c.calendars.add_schedule_attendees(CAL, SCH, attendees=[]),
            "attendees must not be empty",
            id="add-nobody",
        ),
        pytest.param(
            lambda c: c.calendars.delete_schedule_attendees(CAL, SCH, attendees=[""]),
            r"attendees\[0\] must be at least 1",
            id="delete-empty-id",
        ),
        pytest.param(
            lambda c: c.calendars.update_schedule_attendees(CAL, SCH, add_attendees=[], reminder_type="yes"),
            "needs at least one of: add_attendees, delete_attendees",
            id="batch-nothing",
        ),
        pytest.param(
            lambda c: c.calendars.update_attendee_meta(CAL, SCH),
            "needs at least one of: rsvp_status, color, permissions, busy_free_state, remind_times",
            id="meta-nothing",
        ),
        pytest.param(
            lambda c: c.calendars.update_attendee_meta(CAL, SCH, rsvp_status="accepted"),
            "rsvp_status must be one of 'accept', 'tentative', 'decline'",
            id="meta-accepted",
        ),
        pytest.param(
            lambda c: c.calendars.update_attendee_meta(CAL, SCH, remind_times=[-10]),
            r"remind_times\[0\] must be at least 0",
            id="meta-negative-reminder",
        ),
        pytest.param(
            lambda c: c.calendars.list_schedule_attendees(CAL, SCH, page=0), "page must be at least 1", id="page-0"
        ),
        pytest.param(lambda c: c.calendars.fetch_primary_calendar(user_id=""), "user_id", id="empty-user-id"),
    ],
)
def test_rejected_before_any_request(unsent_client: Lansenger, call: Callable[[Lansenger], Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call(unsent_client)


def _create_kwargs() -> dict[str, Any]:
    return {
        "summary": "s",
        "start_time": _timed(START),
        "end_time": _timed(END),
        "attendees": [ScheduleAttendee(ADA, "yes")],
    }


def test_a_window_of_exactly_42_days_is_sent(router: respx.MockRouter) -> None:
    route = router.post(f"/v1/calendars/{CAL}/schedules/fetch").respond(json=ok({"scheduleList": []}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        listed = client.calendars.list_schedules(CAL, start_time=0, end_time=WINDOW)
    assert listed.schedule_list == []
    assert route.call_count == 1
