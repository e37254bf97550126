"""Calendars, schedules and attendees: the sandbox's calendar store and its handlers.

Every identity owns one primary calendar, made the first time it is asked for: the staff member behind
``user_token``, else the staff member ``user_id`` names, else (neither given) the app's bot. Schedules are kept
whole: a repeating schedule is not expanded into occurrences, so the occurrence-level operationTypes act on the
whole series and a time-window list matches a series by its first occurrence.
"""

from __future__ import annotations

import copy
import datetime
import secrets
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._checks import json_object, optional_text, required_text, text_list
from ._directory import Staff
from ._org_store import directory
from ._replies import ApiError, Reply, invalid, success
from ._routing import Backend, Request, Route

NOT_FOUND = 64001
USER_NOT_FOUND = 50001
INVALID_ATTENDEE_FLAG = 40060
MAX_LIST_SPAN = 42 * 24 * 3600
DAY = 24 * 3600
DEFAULT_TIME_ZONE = "Asia/Shanghai"
DEFAULT_PAGE_SIZE = 500

YES_NO = ("yes", "no")
ATTENDEE_FLAGS = ("yes", "option", "no")
REPEAT_TYPES = ("no", "day", "week", "month", "year", "work_day", "custom")
ATTENDEE_PERMISSIONS = ("can_modify", "can_invite", "can_see", "none")
CHANGE_OPERATIONS = ("modify_current", "modify_current_after", "modify_all")
DELETE_OPERATIONS = ("delete_all", "delete_current", "delete_from_current")
META_CHOICES = {
    "rsvpStatus": ("accept", "tentative", "decline"),
    "permissions": ("private", "public", "default"),
    "busyFreeState": ("busy", "free"),
}
SCHEDULE_CHOICES = {
    "allDay": YES_NO,
    "repeatType": REPEAT_TYPES,
    "expireDateType": YES_NO,
    "reminderType": YES_NO,
    "attendeePermissions": ATTENDEE_PERMISSIONS,
}
SCHEDULE_DEFAULTS = {
    "allDay": "no",
    "repeatType": "no",
    "expireDateType": "no",
    "reminderType": "yes",
    "attendeePermissions": "can_see",
}
UPDATABLE = ("summary", "description", "startTime", "endTime", "rule", *SCHEDULE_CHOICES)
EVENT_FIELDS = ("summary", "description", "repeatType", "expireDateType", "allDay", "rule")


class _Unknown(LookupError):
    """A calendar or schedule id the store has never issued (or has deleted)."""


@dataclass
class _Schedule:
    id: str
    calendar_id: str
    creator: str | None
    fields: dict[str, Any]
    attendees: dict[str, str]
    """Staff id -> attendeeFlag, in the order they were added."""
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Staff id -> what that attendee set for themself (rsvpStatus, color, ...)."""


class CalendarStore:
    """Calendars by owner and schedules by id; every read answers a copy, every write is all or nothing."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._primary: dict[str | None, str] = {}
        self._calendars: set[str] = set()
        self._schedules: dict[str, _Schedule] = {}

    def primary(self, owner: str | None) -> str:
        """The owner's primary calendar id (``None`` is the app's bot), made on first use."""
        with self._lock:
            calendar_id = self._primary.get(owner)
            if calendar_id is None:
                calendar_id = self._primary[owner] = f"cal-{secrets.token_hex(8)}"
                self._calendars.add(calendar_id)
            return calendar_id

    def create(self, calendar_id: str, creator: str | None, fields: dict[str, Any], attendees: dict[str, str]) -> str:
        schedule_id = f"sch-{secrets.token_hex(8)}"
        with self._lock:
            if calendar_id not in self._calendars:
                raise _Unknown("calendar")
            self._schedules[schedule_id] = _Schedule(
                schedule_id, calendar_id, creator, copy.deepcopy(fields), dict(attendees)
            )
        return schedule_id

    def fetch(self, calendar_id: str, schedule_id: str) -> _Schedule:
        with self._lock:
            return copy.deepcopy(self._find(calendar_id, schedule_id))

    def update(
        self,
        calendar_id: str,
        schedule_id: str,
        changes: Mapping[str, Any],
        check: Callable[[dict[str, Any]], None],
    ) -> _Schedule:
        """``check`` sees the changed fields under the lock and may refuse them or put them in stored form."""
        with self._lock:
            schedule = self._find(calendar_id, schedule_id)
            fields = copy.deepcopy(schedule.fields | dict(changes))
            check(fields)
            schedule.fields = fields
            return copy.deepcopy(schedule)

    def delete(self, calendar_id: str, schedule_id: str) -> _Schedule:
        with self._lock:
            schedule = self._find(calendar_id, schedule_id)
            del self._schedules[schedule_id]
            return schedule

    def in_calendar(self, calendar_id: str) -> list[_Schedule]:
        with self._lock:
            if calendar_id not in self._calendars:
                raise _Unknown("calendar")
            return [copy.deepcopy(s) for s in self._schedules.values() if s.calendar_id == calendar_id]

    def change_attendees(
        self, calendar_id: str, schedule_id: str, adding: Iterable[str] = (), removing: Iterable[str] = ()
    ) -> list[str]:
        """Add, then remove; answer the ids to remove that were not invited.

        Newcomers join as required attendees; people already invited keep their flag.
        """
        with self._lock:
            schedule = self._find(calendar_id, schedule_id)
            for staff_id in adding:
                schedule.attendees.setdefault(staff_id, "yes")
            missing = []
            for staff_id in removing:
                if schedule.attendees.pop(staff_id, None) is None:
                    missing.append(staff_id)
                schedule.meta.pop(staff_id, None)
            return missing

    def set_meta(self, calendar_id: str, schedule_id: str, staff_id: str | None, meta: Mapping[str, Any]) -> None:
        with self._lock:
            schedule = self._find(calendar_id, schedule_id)
            if staff_id is None or staff_id not in schedule.attendees:
                raise invalid("the acting identity is not an attendee of this schedule")
            schedule.meta.setdefault(staff_id, {}).update(copy.deepcopy(dict(meta)))

    def _find(self, calendar_id: str, schedule_id: str) -> _Schedule:
        if calendar_id not in self._calendars:
            raise _Unknown("calendar")
        schedule = self._schedules.get(schedule_id)
        if schedule is None or schedule.calendar_id != calendar_id:
            raise _Unknown("schedule")
        return schedule


# --- identity and request pieces ------------------------------------------------------------------------------


def _store(backend: Backend) -> CalendarStore:
    return backend.state.domain("calendars", CalendarStore)


def _identity(backend: Backend, request: Request) -> str | None:
    """The acting staff id: user_token's user first, then user_id; ``None`` means the app's bot."""
    staff_id = backend.acting_staff(request)
    if staff_id is not None:
        return staff_id
    user_id = request.param("user_id")
    if user_id is not None and user_id not in _people(backend):
        raise ApiError(USER_NOT_FOUND, f"user not found: {user_id}")
    return user_id


def _people(backend: Backend) -> Mapping[str, Staff]:
    """The directory as it is now: staff created or deleted through the sandbox count."""
    return directory(backend.state).read().staff


def _known_staff(backend: Backend, staff_ids: Iterable[str]) -> None:
    people = _people(backend)
    unknown = [staff_id for staff_id in staff_ids if staff_id not in people]
    if unknown:
        raise ApiError(USER_NOT_FOUND, f"user not found: {', '.join(unknown)}")


def _choice(body: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> str | None:
    value = optional_text(body, key)
    if value is not None and value not in allowed:
        raise invalid(f"{key}: must be one of {', '.join(allowed)}")
    return value


def _occurrence(body: Mapping[str, Any], operation: str | None, whole: str) -> None:
    """An operationType that picks occurrences needs currentTime, the occurrence's start."""
    current = body.get("currentTime")
    if current is not None and (isinstance(current, bool) or not isinstance(current, int) or current < 0):
        raise invalid("currentTime: expected non-negative integer")
    if operation not in (None, whole) and current is None:
        raise invalid(f"currentTime: required for operationType {operation}")


def _schedule_time(body: Mapping[str, Any], key: str, all_day: bool) -> dict[str, str]:
    """A {time, date, timeZone} object: unix seconds as text for timed events, yyyy-MM-dd for all-day ones."""
    given = json_object(body.get(key), key)
    time, date = optional_text(given, "time", f"{key}."), optional_text(given, "date", f"{key}.")
    zone = optional_text(given, "timeZone", f"{key}.")
    if all_day:
        if not date:
            raise invalid(f"{key}.date: required for an all-day schedule")
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            raise invalid(f"{key}.date: expected yyyy-MM-dd") from None
        return {"date": date, "timeZone": zone or "UTC"}
    if not time or not time.isdigit():
        raise invalid(f"{key}.time: expected unix seconds as a decimal string")
    return {"time": time, "timeZone": zone or DEFAULT_TIME_ZONE}


def _instant(moment: Mapping[str, str], *, end: bool) -> int:
    """Unix seconds of a stored time; an all-day end date covers its whole day."""
    if "time" in moment:
        return int(moment["time"])
    midnight = datetime.datetime.fromisoformat(moment["date"]).replace(tzinfo=datetime.timezone.utc)
    return int(midnight.timestamp()) + (DAY if end else 0)


def _span(fields: Mapping[str, Any]) -> tuple[int, int]:
    return _instant(fields["startTime"], end=False), _instant(fields["endTime"], end=True)


def _checked_times(fields: dict[str, Any]) -> None:
    """Re-read both times for the (possibly changed) allDay switch, and refuse an end before the start."""
    all_day = fields["allDay"] == "yes"
    fields["startTime"] = _schedule_time(fields, "startTime", all_day)
    fields["endTime"] = _schedule_time(fields, "endTime", all_day)
    start, end = _span(fields)
    if end < start:
        raise invalid("endTime: before startTime")
    if fields["repeatType"] == "custom" and not fields.get("rule"):
        raise invalid("rule: required when repeatType is custom")


def _attendee_flags(backend: Backend, value: object) -> dict[str, str]:
    if not isinstance(value, list) or not value:
        raise invalid("attendees: at least one attendee required")
    flags: dict[str, str] = {}
    for index, entry in enumerate(value):
        where = f"attendees[{index}]."
        attendee = json_object(entry, f"attendees[{index}]")
        flag = required_text(attendee, "attendeeFlag", where)
        if flag not in ATTENDEE_FLAGS:
            raise ApiError(INVALID_ATTENDEE_FLAG, f"{where}attendeeFlag: must be yes, option or no, not {flag!r}")
        flags[required_text(attendee, "staffId", where)] = flag
    _known_staff(backend, flags)
    return flags


def _schedule_view(schedule: _Schedule, viewer: str | None) -> dict[str, Any]:
    """A schedule as the platform answers it, with the viewer's own reply."""
    view: dict[str, Any] = {"scheduleId": schedule.id, **copy.deepcopy(schedule.fields)}
    if schedule.creator is not None:
        view["creator"] = {"staffId": schedule.creator}
    reply = schedule.meta.get(viewer or "", {}).get("rsvpStatus")
    if reply is not None:
        view["rsvpStatus"] = reply
    return view


def _not_found(error: _Unknown) -> ApiError:
    return ApiError(NOT_FOUND, f"{error} not found")


def _ids(request: Request) -> tuple[str, str]:
    return request.path_params["calendar_id"], request.path_params["schedule_id"]


def _seconds(body: Mapping[str, Any], key: str) -> int:
    value = body.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise invalid(f"{key}: expected unix seconds")
    return value


def _positive_param(request: Request, name: str, default: int) -> int:
    text = request.param(name)
    if text is None:
        return default
    if not text.isdigit() or int(text) < 1:
        raise invalid(f"{name}: expected a positive integer")
    return int(text)


# --- handlers ------------------------------------------------------------------------------------------------


def fetch_primary_calendar(backend: Backend, request: Request) -> Reply:
    owner = _identity(backend, request)
    person = _people(backend).get(owner or "")
    name = "App bot" if owner is None else person.name if person is not None else owner
    return success(
        {
            "calendarId": _store(backend).primary(owner),
            "summary": name,
            "description": f"Primary calendar of {name}",
            "permissions": "owner",
            "color": "#0000ff",
            "type": "primary",
            "role": "owner",
        }
    )


def create_schedule(backend: Backend, request: Request) -> Reply:
    creator = _identity(backend, request)
    body = json_object(request.json, "body")
    fields: dict[str, Any] = {"summary": required_text(body, "summary")}
    for key in ("description", "rule"):
        if (text := optional_text(body, key)) is not None:
            fields[key] = text
    for key, allowed in SCHEDULE_CHOICES.items():
        fields[key] = _choice(body, key, allowed) or SCHEDULE_DEFAULTS[key]
    fields["startTime"], fields["endTime"] = body.get("startTime"), body.get("endTime")
    _checked_times(fields)
    attendees = _attendee_flags(backend, body.get("attendees"))
    try:
        schedule_id = _store(backend).create(request.path_params["calendar_id"], creator, fields, attendees)
    except _Unknown as error:
        raise _not_found(error) from None
    return success({"scheduleId": schedule_id})


def fetch_schedule(backend: Backend, request: Request) -> Reply:
    viewer = _identity(backend, request)
    try:
        schedule = _store(backend).fetch(*_ids(request))
    except _Unknown as error:
        raise _not_found(error) from None
    return success(_schedule_view(schedule, viewer))


def _schedule_event(schedule: _Schedule, operation: str, operator: str | None) -> dict[str, Any]:
    """The data of schedule_modify / schedule_delete: the schedule's fields, what was done and by whom."""
    fields: dict[str, Any] = {key: schedule.fields[key] for key in EVENT_FIELDS if key in schedule.fields}
    for key in ("startTime", "endTime"):
        moment = schedule.fields.get(key)
        if isinstance(moment, dict):  # events carry the time as an int of seconds
            fields[key] = {"time": int(moment["time"]), "timeZone": moment.get("timeZone", DEFAULT_TIME_ZONE)}
    return {
        "primaryScheduleId": schedule.id,
        "scheduleId": schedule.id,
        **fields,
        "operationType": operation,
        "currentTime": fields.get("startTime", {}).get("time", 0),
        "operator": operator or schedule.creator or "",
    }


def _attendees(schedule: _Schedule) -> list[dict[str, str]]:
    return [{"staffId": staff_id, "attendeeFlag": flag} for staff_id, flag in schedule.attendees.items()]


def update_schedule(backend: Backend, request: Request) -> Reply:
    operator = _identity(backend, request)
    body = json_object(request.json, "body")
    changes = {key: body[key] for key in UPDATABLE if body.get(key) not in (None, "")}
    if not changes:
        raise invalid(f"body: give at least one of {', '.join(UPDATABLE)}")
    for key in ("summary", "description", "rule"):
        optional_text(changes, key)
    for key, allowed in SCHEDULE_CHOICES.items():
        _choice(changes, key, allowed)
    _occurrence(body, _choice(body, "operationType", CHANGE_OPERATIONS), "modify_all")
    calendar_id, schedule_id = _ids(request)
    try:
        schedule = _store(backend).update(calendar_id, schedule_id, changes, _checked_times)
    except _Unknown as error:
        raise _not_found(error) from None
    operation = body.get("operationType") or "modify_all"
    backend.emit("schedule_modify", **_schedule_event(schedule, operation, operator), attendees=_attendees(schedule))
    return success({"scheduleIds": [schedule_id]})


def delete_schedule(backend: Backend, request: Request) -> Reply:
    operator = _identity(backend, request)
    body = json_object(request.json, "body")
    _choice(body, "reminderType", YES_NO)
    _occurrence(body, _choice(body, "operationType", DELETE_OPERATIONS), "delete_all")
    calendar_id, schedule_id = _ids(request)
    try:
        schedule = _store(backend).delete(calendar_id, schedule_id)
    except _Unknown as error:
        raise _not_found(error) from None
    backend.emit("schedule_delete", **_schedule_event(schedule, body.get("operationType") or "delete_all", operator))
    return success({"scheduleIds": [schedule_id]})


def list_schedules(backend: Backend, request: Request) -> Reply:
    """Schedules overlapping [startTime, endTime); a zero-length schedule counts at its start."""
    viewer = _identity(backend, request)
    body = json_object(request.json, "body")
    start, end = _seconds(body, "startTime"), _seconds(body, "endTime")
    if end <= start:
        raise invalid("endTime: must be after startTime")
    if end - start > MAX_LIST_SPAN:
        raise invalid(f"time range longer than 42 days ({MAX_LIST_SPAN} seconds)")
    try:
        schedules = _store(backend).in_calendar(request.path_params["calendar_id"])
    except _Unknown as error:
        raise _not_found(error) from None
    found = []
    for schedule in schedules:
        first, last = _span(schedule.fields)
        if first < end and max(last, first + 1) > start:
            found.append((first, _schedule_view(schedule, viewer)))
    found.sort(key=lambda pair: pair[0])
    return success({"scheduleList": [view for _, view in found]})


def list_schedule_attendees(backend: Backend, request: Request) -> Reply:
    _identity(backend, request)
    page = _positive_param(request, "page", 1)
    page_size = _positive_param(request, "page_size", DEFAULT_PAGE_SIZE)
    try:
        attendees = list(_store(backend).fetch(*_ids(request)).attendees.items())
    except _Unknown as error:
        raise _not_found(error) from None
    chunk = attendees[(page - 1) * page_size : page * page_size]
    return success(
        {
            "total": len(attendees),
            "attendees": [{"staffId": staff_id, "attendeeFlag": flag} for staff_id, flag in chunk],
        }
    )


def _attendee_change(request: Request) -> list[str]:
    body = json_object(request.json, "body")
    staff_ids = text_list(body, "attendees")
    if not staff_ids or not all(staff_ids):
        raise invalid("attendees: at least one staff id required")
    _choice(body, "reminderType", YES_NO)
    _occurrence(body, _choice(body, "operationType", CHANGE_OPERATIONS), "modify_all")
    return staff_ids


def add_schedule_attendees(backend: Backend, request: Request) -> Reply:
    _identity(backend, request)
    staff_ids = _attendee_change(request)
    _known_staff(backend, staff_ids)
    calendar_id, schedule_id = _ids(request)
    try:
        _store(backend).change_attendees(calendar_id, schedule_id, adding=staff_ids)
    except _Unknown as error:
        raise _not_found(error) from None
    return success({"scheduleIds": [schedule_id]})


def delete_schedule_attendees(backend: Backend, request: Request) -> Reply:
    """People who were not invited are skipped silently, like the platform's idempotent removals."""
    _identity(backend, request)
    staff_ids = _attendee_change(request)
    calendar_id, schedule_id = _ids(request)
    try:
        _store(backend).change_attendees(calendar_id, schedule_id, removing=staff_ids)
    except _Unknown as error:
        raise _not_found(error) from None
    return success({"scheduleIds": [schedule_id]})


def update_schedule_attendees(backend: Backend, request: Request) -> Reply:
    """Unknown staff cannot be added and uninvited staff cannot be removed: both come back as failed."""
    _identity(backend, request)
    body = json_object(request.json, "body")
    adding, removing = text_list(body, "addAttendees"), text_list(body, "deleteAttendees")
    if not adding and not removing:
        raise invalid("addAttendees or deleteAttendees: at least one staff id required")
    if set(adding) & set(removing):
        raise invalid("addAttendees and deleteAttendees: the same staff id in both")
    _choice(body, "reminderType", YES_NO)
    _occurrence(body, _choice(body, "operationType", CHANGE_OPERATIONS), "modify_all")
    calendar_id, schedule_id = _ids(request)
    people = _people(backend)
    unknown = [staff_id for staff_id in adding if staff_id not in people]
    known = [staff_id for staff_id in adding if staff_id in people]
    try:
        missing = _store(backend).change_attendees(calendar_id, schedule_id, known, removing)
    except _Unknown as error:
        raise _not_found(error) from None
    return success({"scheduleIds": [schedule_id], "attendees": unknown + missing})


def update_attendee_meta(backend: Backend, request: Request) -> Reply:
    attendee = _identity(backend, request)
    body = json_object(request.json, "body")
    meta: dict[str, Any] = {}
    for key, allowed in META_CHOICES.items():
        if (value := _choice(body, key, allowed)) is not None:
            meta[key] = value
    if (color := optional_text(body, "color")) is not None:
        meta["color"] = color
    reminders = body.get("remindTimes")
    if reminders is not None:
        if not isinstance(reminders, list) or not all(
            isinstance(m, int) and not isinstance(m, bool) and m >= 0 for m in reminders
        ):
            raise invalid("remindTimes: expected minutes as non-negative integers")
        meta["remindTimes"] = reminders
    if not any(value not in ("", []) for value in meta.values()):
        raise invalid(f"body: give at least one of {', '.join([*META_CHOICES, 'color', 'remindTimes'])}")
    try:
        _store(backend).set_meta(*_ids(request), attendee, meta)
    except _Unknown as error:
        raise _not_found(error) from None
    return success({})


_SCHEDULE = "/v1/calendars/{calendar_id}/schedules/{schedule_id}"

ROUTES: tuple[Route, ...] = (
    Route("GET", "/v1/calendars/primary", fetch_primary_calendar),
    Route("POST", "/v1/calendars/{calendar_id}/schedules/create", create_schedule, takes_json=True),
    Route("POST", "/v1/calendars/{calendar_id}/schedules/fetch", list_schedules, takes_json=True),
    Route("GET", f"{_SCHEDULE}/fetch", fetch_schedule),
    Route("POST", f"{_SCHEDULE}/update", update_schedule, takes_json=True),
    Route("POST", f"{_SCHEDULE}/delete", delete_schedule, takes_json=True),
    Route("GET", f"{_SCHEDULE}/members/fetch", list_schedule_attendees),
    Route("POST", f"{_SCHEDULE}/members/create", add_schedule_attendees, takes_json=True),
    Route("POST", f"{_SCHEDULE}/members/delete", delete_schedule_attendees, takes_json=True),
    Route("POST", f"{_SCHEDULE}/members/update", update_schedule_attendees, takes_json=True),
    Route("POST", f"{_SCHEDULE}/members/meta/update", update_attendee_meta, takes_json=True),
)
