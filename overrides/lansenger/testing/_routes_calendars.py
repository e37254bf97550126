"""Schedules, kept so that their changes push the platform's schedule_modify / schedule_delete events.

Each identity has one primary calendar, made when first asked for: the user of ``user_token``, else ``user_id``,
else the app's bot. A schedule is kept as created (attendees must be in the directory) and updated key by key;
repeats are not expanded, so occurrence-level operationTypes act on the whole series. Attendee operations get the
spec's default answers.
"""

from __future__ import annotations

import copy
import secrets
import threading
from typing import Any

from lansenger_api.errors import ErrorCode

from ._directory import directory
from ._replies import ApiError, Reply, success
from ._routes import known_staff
from ._routing import Backend, Request, Route
from ._spec import schema_properties

SCHEDULE = "/v1/calendars/{calendar_id}/schedules/{schedule_id}"
CHANGE_KEYS = ("operationType", "currentTime", "reminderType")
"""Keys of an update body that say how to change the schedule rather than what it becomes."""


class CalendarStore:
    """Primary calendars by identity (``None`` is the app's bot) and the schedules of each calendar."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        """Held by callers while they change a calendar's schedules."""
        self._primary: dict[str | None, str] = {}
        self._schedules: dict[str, dict[str, dict[str, Any]]] = {}

    def primary(self, owner: str | None) -> str:
        with self.lock:
            calendar_id = self._primary.setdefault(owner, f"cal-{secrets.token_hex(8)}")
            self._schedules.setdefault(calendar_id, {})
            return calendar_id

    def schedules(self, calendar_id: str) -> dict[str, dict[str, Any]]:
        """The live schedules of a calendar, by id."""
        found = self._schedules.get(calendar_id)
        if found is None:
            raise ApiError(ErrorCode.NOT_FOUND, f"calendar {calendar_id} not found")
        return found


def _store(backend: Backend) -> CalendarStore:
    return backend.state.domain("calendars", CalendarStore)


def _identity(backend: Backend, request: Request) -> str | None:
    """The acting staff member: user_token's, else user_id's (who must exist), else the app's bot (None)."""
    staff_id = backend.acting_staff(request) or request.param("user_id")
    if staff_id is not None:
        known_staff(directory(backend.state).read(), staff_id, "user_id")
    return staff_id


def _schedule(backend: Backend, request: Request, *, remove: bool = False) -> dict[str, Any]:
    schedule_id = request.path_params["schedule_id"]
    store = _store(backend)
    with store.lock:
        schedules = store.schedules(request.path_params["calendar_id"])
        if schedule_id not in schedules:
            raise ApiError(ErrorCode.NOT_FOUND, f"schedule {schedule_id} not found")
        if remove:
            return schedules.pop(schedule_id)
        schedule = schedules[schedule_id]
        schedule.update({key: value for key, value in (request.json or {}).items() if key not in CHANGE_KEYS})
        return copy.deepcopy(schedule)


def _event(schedule: dict[str, Any], operation: str, operator: str | None, event_schema: str) -> dict[str, Any]:
    """The schedule's fields the event's schema names; times travel as integer seconds in events."""
    data = {key: value for key, value in schedule.items() if key in schema_properties(event_schema)}
    for key in ("startTime", "endTime"):
        data[key] = {**schedule[key], "time": int(schedule[key].get("time") or 0)}
    current = data["startTime"]["time"]
    return {
        **data,
        "primaryScheduleId": schedule["scheduleId"],
        "operationType": operation,
        "currentTime": current,
        "operator": operator or schedule["creator"].get("staffId", ""),
    }


def fetch_primary_calendar(backend: Backend, request: Request) -> Reply:
    owner = _identity(backend, request)
    name = directory(backend.state).read().name(owner) if owner is not None else "App bot"
    calendar = {"calendarId": _store(backend).primary(owner), "summary": name, "type": "primary", "role": "owner"}
    return success(calendar)


def create_schedule(backend: Backend, request: Request) -> Reply:
    creator = _identity(backend, request)
    now = directory(backend.state).read()
    for attendee in request.json["attendees"]:
        known_staff(now, attendee["staffId"], "attendees")
    schedule_id = f"sched-{secrets.token_hex(8)}"
    creator_ref = {"staffId": creator} if creator is not None else {}
    schedule = {**request.json, "scheduleId": schedule_id, "creator": creator_ref}
    store = _store(backend)
    with store.lock:
        store.schedules(request.path_params["calendar_id"])[schedule_id] = schedule
    return success({"scheduleId": schedule_id})


def fetch_schedule(backend: Backend, request: Request) -> Reply:
    _identity(backend, request)
    schedule = _schedule(backend, request)
    return success({key: value for key, value in schedule.items() if key in schema_properties("ScheduleInfo")})


def update_schedule(backend: Backend, request: Request) -> Reply:
    operator = _identity(backend, request)
    schedule = _schedule(backend, request)
    operation = request.json.get("operationType") or "modify_all"
    backend.emit("schedule_modify", **_event(schedule, operation, operator, "ScheduleModifyEvent"))
    return success({"scheduleIds": [schedule["scheduleId"]]})


def delete_schedule(backend: Backend, request: Request) -> Reply:
    operator = _identity(backend, request)
    schedule = _schedule(backend, request, remove=True)
    operation = (request.json or {}).get("operationType") or "delete_all"
    backend.emit("schedule_delete", **_event(schedule, operation, operator, "ScheduleDeleteEvent"))
    return success({"scheduleIds": [schedule["scheduleId"]]})


def list_schedules(backend: Backend, request: Request) -> Reply:
    """Schedules overlapping [startTime, endTime); a zero-length schedule counts at its start."""
    _identity(backend, request)
    start, end = request.json["startTime"], request.json["endTime"]
    store = _store(backend)
    with store.lock:
        schedules = copy.deepcopy(list(store.schedules(request.path_params["calendar_id"]).values()))
    found = []
    for schedule in schedules:
        begins, ends = (int(schedule[key].get("time") or 0) for key in ("startTime", "endTime"))
        if begins < end and (ends > start or begins == ends >= start):
            found.append({key: value for key, value in schedule.items() if key in schema_properties("ScheduleInfo")})
    return success({"scheduleList": found})


ROUTES: tuple[Route, ...] = (
    Route("GET", "/v1/calendars/primary", fetch_primary_calendar),
    Route("POST", "/v1/calendars/{calendar_id}/schedules/create", create_schedule, takes_json=True),
    Route("POST", "/v1/calendars/{calendar_id}/schedules/fetch", list_schedules, takes_json=True),
    Route("GET", f"{SCHEDULE}/fetch", fetch_schedule),
    Route("POST", f"{SCHEDULE}/update", update_schedule, takes_json=True),
    Route("POST", f"{SCHEDULE}/delete", delete_schedule, takes_json=True),
)
