"""Meeting-room booking V2: a seed of gradings, office areas, floors and rooms, and the bookings made in them.

Choices where the platform leaves things open, so tests see something coherent:
- a booking occupies its room: booking or moving into a span that overlaps an active booking (status 0, 1 or
  5) of the same room is refused (40001 "该时段会议室已被预定"), and list_boardrooms' free-time span leaves
  such rooms out;
- a new booking's status depends on its room: rooms with an approval flow start it at 0 (approving; the
  sandbox never approves, and such bookings cannot be changed), sign-in rooms at 1 (confirming the scan-code
  sign-in makes it 5), the others at 5;
- repeating bookings support repeatType "day" and "week" (repeatDays 1 Monday .. 7 Sunday) until
  repeatEndDateStr, which the sandbox requires; occurrences form a series that editType "2" and cancelType "2"
  and "3" act on; `skip` is accepted and ignored (the sandbox has no holidays);
- the clock never finishes a booking (no status 2 or 6) and past times are accepted, so tests stay exact;
- the acting user is the user token's staff member, else the body's identity field (reserveUser, lxUserId);
  booking and listing one's own bookings need one. Changes and cancellations are not limited to the booker;
- unknown rooms and bookings answer 64001; an unknown grading gives empty lists (the platform's silent empty
  answer), and naming a room with a grading it is not in is refused.
"""

from __future__ import annotations

import copy
import dataclasses
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ._checks import json_object, optional_text, required_text, text_list
from ._org_store import Roster, directory
from ._replies import INVALID_PARAMETER, OK, USER_NOT_FOUND, ApiError, JsonReply, Reply, invalid
from ._routing import Backend, Request, Route

PREFIX = "/xtra/boardroom/server/openapi/v2"
NOT_FOUND = 64001
APPROVING, PENDING_SIGN, CANCELED, RESERVED = "0", "1", "4", "5"
ACTIVE = frozenset({APPROVING, PENDING_SIGN, RESERVED})
CHANGEABLE = frozenset({PENDING_SIGN, RESERVED})
APPROVE_NONE, APPROVE_ONGOING = 0, 1
BOOKING_TIME, FILTER_TIME, DATE = "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"
LAYOUT_NAMES = {BOOKING_TIME: "yyyy-MM-dd HH:mm:ss", FILTER_TIME: "yyyy-MM-dd HH:mm", DATE: "yyyy-MM-dd"}
MAX_OCCURRENCES = 366
WEEKDAYS = range(1, 8)
ROOM_ENABLED = "1"
IDENTITY_AND_PLACE = frozenset(
    {"boardRoomId", "gradingId", "reserveTimeStartStr", "reserveTimeEndStr", "reserveUser", "orgId", "id", "editType"}
)


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    grading_id: str
    floors: tuple[tuple[str, str], ...]
    """(floor id, floor name) pairs."""

    def view(self) -> dict[str, Any]:
        return {"id": self.id, "areaName": self.name, "fooler": [{"id": i, "name": n} for i, n in self.floors]}


@dataclass(frozen=True)
class Room:
    id: str
    name: str
    area_id: str
    floor_id: str
    seats: int
    equipment: tuple[str, ...] = ()
    approval: bool = False
    sign_in: bool = False
    service_staff: tuple[str, ...] = ()

    @property
    def area(self) -> Area:
        return AREAS[self.area_id]

    @property
    def first_status(self) -> str:
        return APPROVING if self.approval else PENDING_SIGN if self.sign_in else RESERVED

    def view(self, names: Roster | None = None) -> dict[str, Any]:
        """The room as listings show it; with ``names`` (the directory) the detail view, naming its service staff."""
        floor = dict(self.area.floors)[self.floor_id]
        answer: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "status": ROOM_ENABLED,
            "peopleNum": self.seats,
            "canReserveFlag": "1",
            "address": f"{self.area.name}, {floor}",
            "areaName": self.area.name,
            "gradingId": self.area.grading_id,
            "areaOfficeId": self.area_id,
            "areaOfficeFoolerId": self.floor_id,
            "equipment": list(self.equipment),
        }
        if names is not None:
            answer["serviceStaff"] = [{"staffId": s, "name": names.name(s)} for s in self.service_staff]
        return answer


GRADINGS: tuple[dict[str, str], ...] = (
    {"id": "grading-hq", "name": "Headquarters", "type": "GRADING_ADMIN"},
    {"id": "grading-branch", "name": "Branch office", "type": "GRADING_USER"},
)
AREAS: dict[str, Area] = {
    area.id: area
    for area in (
        Area("area-a", "Building A", "grading-hq", (("floor-a3", "3F"), ("floor-a5", "5F"))),
        Area("area-b", "Building B", "grading-branch", (("floor-b1", "1F"),)),
    )
}
ROOMS: dict[str, Room] = {
    room.id: room
    for room in (
        Room("room-a301", "Turing Room", "area-a", "floor-a3", 8, ("projector", "whiteboard")),
        Room("room-a302", "Hopper Room", "area-a", "floor-a3", 20, ("projector", "video"), sign_in=True),
        Room(
            "room-a501",
            "Board Room",
            "area-a",
            "floor-a5",
            30,
            ("projector", "video", "whiteboard"),
            approval=True,
            service_staff=("524288-1006",),
        ),
        Room("room-b101", "Branch Room", "area-b", "floor-b1", 6),
    )
}


@dataclass
class Booking:
    id: str
    series: str
    room_id: str
    start: datetime
    end: datetime
    status: str
    booker: str
    fields: dict[str, Any]
    """The booking's own fields as sent (name, noticeTime, attendees, ...), identity, room and times aside."""
    code: str = ""
    cancel_reason: str | None = None

    @property
    def room(self) -> Room:
        return ROOMS[self.room_id]

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and start < self.end

    def clashes(self, other: Booking) -> bool:
        """Both hold the same room at the same time."""
        return self.active and other.active and self.room_id == other.room_id and self.overlaps(other.start, other.end)

    def view(self, now: Roster) -> dict[str, Any]:
        answer = {
            **self.fields,
            "id": self.id,
            "reserveCode": self.code,
            "boardRoomId": self.room_id,
            "boardRoomName": self.room.name,
            "gradingId": self.room.area.grading_id,
            "status": self.status,
            "approveStatus": APPROVE_ONGOING if self.room.approval else APPROVE_NONE,
            "reserveTimeStart": self.start.strftime(BOOKING_TIME),
            "reserveTimeEnd": self.end.strftime(BOOKING_TIME),
            "reserveTime": _duration_text(self.end - self.start),
            "reserveUserId": self.booker,
            "reserveUserName": now.name(self.booker),
            "cancelReason": self.cancel_reason,
        }
        return {key: value for key, value in answer.items() if value is not None}


class BoardroomStore:
    """Bookings by id. Every change runs under the lock and is checked for room conflicts before it is kept."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._bookings: dict[str, Booking] = {}
        self._numbered = 0

    def transact(self, action: Callable[[Mapping[str, Booking]], list[Booking]]) -> list[Booking]:
        """``action`` reads the live bookings and returns new or changed copies; those are kept, all or none."""
        with self._lock:
            changed = action(self._bookings)
            self._check_free(changed)
            for booking in changed:
                if not booking.code:
                    self._numbered += 1
                    booking.code = f"BR{self._numbered:03d}"
                self._bookings[booking.id] = booking
            return copy.deepcopy(changed)

    def get(self, booking_id: str) -> Booking:
        with self._lock:
            return copy.deepcopy(_existing(self._bookings, booking_id))

    def bookings(self) -> list[Booking]:
        with self._lock:
            return sorted(copy.deepcopy(list(self._bookings.values())), key=lambda b: (b.start, b.code))

    def _check_free(self, changed: list[Booking]) -> None:
        ids = {booking.id for booking in changed}
        others = [booking for booking in self._bookings.values() if booking.id not in ids]
        for index, booking in enumerate(changed):
            if any(booking.clashes(rival) for rival in [*others, *changed[index + 1 :]]):
                raise ApiError(INVALID_PARAMETER, "该时段会议室已被预定")


def _existing(bookings: Mapping[str, Booking], booking_id: str) -> Booking:
    booking = bookings.get(booking_id)
    if booking is None:
        raise ApiError(NOT_FOUND, "预定记录不存在")
    return booking


def _series_from(bookings: Mapping[str, Booking], current: Booking, *, all_of_it: bool = False) -> list[Booking]:
    """The active bookings of ``current``'s series from it on (or all of them), in time order."""
    return sorted(
        (
            booking
            for booking in bookings.values()
            if booking.series == current.series and booking.active and (all_of_it or booking.start >= current.start)
        ),
        key=lambda booking: booking.start,
    )


def _store(backend: Backend) -> BoardroomStore:
    return backend.state.domain("boardrooms", BoardroomStore)


def _body(request: Request) -> Mapping[str, Any]:
    return json_object(request.json, "body")


def _answer(data: Any) -> JsonReply:
    return JsonReply({"errCode": OK, "errMsg": "ok", "data": data})


def _duration_text(span: timedelta) -> str:
    hours, minutes = divmod(int(span.total_seconds()) // 60, 60)
    return (f"{hours}小时" if hours else "") + (f"{minutes}分钟" if minutes or not hours else "")


def _parse(text: str, layout: str, key: str) -> datetime:
    try:
        return datetime.strptime(text, layout)
    except ValueError:
        raise invalid(f"{key}: expected {LAYOUT_NAMES[layout]}") from None


def _moment(text: str, key: str, *, end: bool) -> datetime:
    """A filter bound given as a date or a date and time; a bare end date includes that whole day."""
    for layout in (BOOKING_TIME, FILTER_TIME):
        try:
            return datetime.strptime(text, layout)
        except ValueError:
            continue
    day = _parse(text, DATE, key)
    return day + timedelta(days=1) if end else day


def _span(body: Mapping[str, Any], layout: str, start_key: str, end_key: str) -> tuple[datetime, datetime]:
    start = _parse(required_text(body, start_key), layout, start_key)
    end = _parse(required_text(body, end_key), layout, end_key)
    if end <= start:
        raise invalid(f"{end_key}: must be after {start_key}")
    return start, end


def _page(body: Mapping[str, Any]) -> tuple[int, int]:
    page, limit = body.get("page", 1), body.get("limit", 10)
    for key, value in (("page", page), ("limit", limit)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise invalid(f"{key}: expected integer >= 1")
    return page, limit


def _paged(items: list[dict[str, Any]], body: Mapping[str, Any]) -> JsonReply:
    """The platform's PageInfo: the page's items under data, and count, how many matched in all."""
    page, limit = _page(body)
    return _answer({"count": len(items), "data": items[(page - 1) * limit : page * limit], "code": 0, "msg": ""})


def _actor(now: Roster, backend: Backend, request: Request, body: Mapping[str, Any], key: str) -> str:
    """The user token's staff member, who overrides the body's identity field; one of the two is needed."""
    staff_id = backend.acting_staff(request) or optional_text(body, key)
    if not staff_id:
        raise invalid(f"{key}: required without a user_token")
    _known_staff(now, [staff_id], key)
    return staff_id


def _known_staff(now: Roster, staff_ids: list[str], key: str) -> None:
    unknown = [staff_id for staff_id in staff_ids if staff_id not in now.staff]
    if unknown:
        raise ApiError(USER_NOT_FOUND, f"{key}: user not found: {', '.join(unknown)}")


def _room(room_id: str, grading_id: str | None = None) -> Room:
    room = ROOMS.get(room_id)
    if room is None:
        raise ApiError(NOT_FOUND, "会议室不存在")
    if grading_id is not None and room.area.grading_id != grading_id:
        raise invalid(f"gradingId: room {room_id} is not in grading {grading_id}")
    return room


def _floors(body: Mapping[str, Any]) -> set[str]:
    return set(text_list(body, "areaOfficeFoolerIds"))


def _booking_fields(now: Roster, body: Mapping[str, Any]) -> dict[str, Any]:
    fields = {key: copy.deepcopy(value) for key, value in body.items() if key not in IDENTITY_AND_PLACE}
    fields.setdefault("reserveType", "0")
    _known_staff(now, [*text_list(body, "userList"), *text_list(body, "invitationUserList")], "userList")
    return fields


def _occurrences(body: Mapping[str, Any], start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    if body.get("reserveType", "0") != "1":
        return [(start, end)]
    repeat_type = body.get("repeatType")
    if repeat_type not in ("day", "week"):
        raise invalid("repeatType: the sandbox repeats by day or week")
    last = _parse(required_text(body, "repeatEndDateStr"), BOOKING_TIME, "repeatEndDateStr").date()
    days = body.get("repeatDays") or []
    if repeat_type == "week" and (not days or any(day not in WEEKDAYS for day in days)):
        raise invalid("repeatDays: weekdays 1 (Monday) to 7 (Sunday) required for a weekly booking")
    dates = [start.date() + timedelta(days=offset) for offset in range((last - start.date()).days + 1)]
    chosen = [day for day in dates if repeat_type == "day" or day.isoweekday() in days]
    if not chosen or len(chosen) > MAX_OCCURRENCES:
        raise invalid(f"repeatEndDateStr: the series must hold 1 to {MAX_OCCURRENCES} bookings")
    duration = end - start
    return [(datetime.combine(day, start.time()), datetime.combine(day, start.time()) + duration) for day in chosen]


def list_boardrooms(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    body = _body(request)
    grading_id, area_id = optional_text(body, "gradingId"), optional_text(body, "areaOfficeId")
    floors, equipment = _floors(body), set(text_list(body, "equipment"))
    if body.get("queryDate") is not None:
        _parse(required_text(body, "queryDate"), DATE, "queryDate")
    busy: set[str] = set()
    if body.get("reserveTimeStartStr") or body.get("reserveTimeEndStr"):
        start, end = _span(body, FILTER_TIME, "reserveTimeStartStr", "reserveTimeEndStr")
        busy = {b.room_id for b in _store(backend).bookings() if b.active and b.overlaps(start, end)}
    rooms = [
        room.view()
        for room in ROOMS.values()
        if room.area.grading_id == grading_id
        and (not area_id or room.area_id == area_id)
        and (not floors or room.floor_id in floors)
        and equipment <= set(room.equipment)
        and room.id not in busy
    ]
    return _paged(rooms, body)


def fetch_boardroom(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    return _answer(_room(required_text(_body(request), "id")).view(directory(backend.state).read()))


def fetch_boardroom_schedule(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    body = _body(request)
    room = _room(required_text(body, "roomId"), required_text(body, "gradingId"))
    day = _parse(required_text(body, "queryDate"), DATE, "queryDate")
    booker = optional_text(body, "reserveUserId") or None
    now = directory(backend.state).read()
    bookings = [
        booking.view(now)
        for booking in _store(backend).bookings()
        if booking.room_id == room.id
        and booking.active
        and booking.overlaps(day, day + timedelta(days=1))
        and (booker is None or booking.booker == booker)
    ]
    return _answer(
        {
            "id": room.id,
            "name": room.name,
            "peopleNum": room.seats,
            "canReserveFlag": "1",
            "reserveDtoList": bookings,
            "deactivatedInfoList": [],
        }
    )


def fetch_boardroom_booking(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    booking = _store(backend).get(required_text(_body(request), "reserveRoomId"))
    return _answer(booking.view(directory(backend.state).read()))


def create_boardroom_booking(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    booker = _actor(now, backend, request, body, "reserveUser")
    room = _room(required_text(body, "boardRoomId"), required_text(body, "gradingId"))
    start, end = _span(body, BOOKING_TIME, "reserveTimeStartStr", "reserveTimeEndStr")
    fields = _booking_fields(now, body)
    series = f"series-{secrets.token_hex(6)}"
    bookings = [
        Booking(f"res-{secrets.token_hex(8)}", series, room.id, begin, finish, room.first_status, booker, fields)
        for begin, finish in _occurrences(body, start, end)
    ]
    made = _store(backend).transact(lambda _: copy.deepcopy(bookings))
    return _answer(made[0].view(now))


def update_boardroom_booking(backend: Backend, request: Request) -> Reply:
    """Moves this booking (editType "1") or it and the later ones of its series (editType "2") by as much as
    the new start differs from its old one, into the named room, with the new fields and length."""
    backend.acting_staff(request)
    body = _body(request)
    booking_id = required_text(body, "id")
    now = directory(backend.state).read()
    room = _room(required_text(body, "boardRoomId"), required_text(body, "gradingId"))
    start, end = _span(body, BOOKING_TIME, "reserveTimeStartStr", "reserveTimeEndStr")
    fields = _booking_fields(now, body)
    following = body.get("editType", "1") == "2"

    def action(bookings: Mapping[str, Booking]) -> list[Booking]:
        current = _existing(bookings, booking_id)
        if current.room.approval or room.approval:
            raise invalid("only bookings without an approval flow can be changed")
        if current.status not in CHANGEABLE:
            raise invalid(f"a booking in status {current.status} cannot be changed")
        targets = _series_from(bookings, current) if following else [current]
        shift = start - current.start
        return [
            dataclasses.replace(
                booking,
                room_id=room.id,
                start=booking.start + shift,
                end=booking.start + shift + (end - start),
                fields=copy.deepcopy(fields),
            )
            for booking in targets
        ]

    return _answer(_store(backend).transact(action)[0].view(now))


def cancel_boardroom_booking(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    body = _body(request)
    booking_id = required_text(body, "id")
    cancel_type = body.get("cancelType") or "1"
    reason = optional_text(body, "cancelReason") or None

    def action(bookings: Mapping[str, Booking]) -> list[Booking]:
        current = _existing(bookings, booking_id)
        if not current.active:
            raise invalid("仅状态0/1/5的预订可撤销")
        targets = [current] if cancel_type == "1" else _series_from(bookings, current, all_of_it=cancel_type == "3")
        return [dataclasses.replace(booking, status=CANCELED, cancel_reason=reason) for booking in targets]

    _store(backend).transact(action)
    return _answer(True)


def confirm_boardroom_booking(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    booking_id = required_text(_body(request), "id")

    def action(bookings: Mapping[str, Booking]) -> list[Booking]:
        current = _existing(bookings, booking_id)
        if current.status != PENDING_SIGN:
            raise invalid("only a booking waiting for its sign-in (status 1) can be confirmed")
        return [dataclasses.replace(current, status=RESERVED)]

    _store(backend).transact(action)
    return _answer(True)


def list_my_boardroom_bookings(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    me = _actor(now, backend, request, body, "lxUserId")
    grading_id = required_text(body, "gradingId")
    keys = optional_text(body, "keys") or ""
    after = _moment(required_text(body, "startTime"), "startTime", end=False) if body.get("startTime") else None
    before = _moment(required_text(body, "endTime"), "endTime", end=True) if body.get("endTime") else None
    room_id, floors = optional_text(body, "boardRoomId") or None, _floors(body)
    bookings = [
        booking.view(now)
        for booking in _store(backend).bookings()
        if booking.booker == me
        and booking.room.area.grading_id == grading_id
        and (keys in str(booking.fields.get("name", "")) or keys in booking.room.name)
        and (after is None or booking.end > after)
        and (before is None or booking.start < before)
        and (room_id is None or booking.room_id == room_id)
        and (not floors or booking.room.floor_id in floors)
    ]
    return _paged(bookings, body)


def list_boardroom_gradings(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    _body(request)
    return _answer([dict(grading) for grading in GRADINGS])


def list_boardroom_areas(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    grading_id = required_text(_body(request), "gradingId")
    return _answer([area.view() for area in AREAS.values() if area.grading_id == grading_id])


ROUTES: tuple[Route, ...] = (
    Route("POST", f"{PREFIX}/roomList", list_boardrooms, takes_json=True),
    Route("POST", f"{PREFIX}/roomDetail", fetch_boardroom, takes_json=True),
    Route("POST", f"{PREFIX}/roomSchedule", fetch_boardroom_schedule, takes_json=True),
    Route("POST", f"{PREFIX}/reserveDetail", fetch_boardroom_booking, takes_json=True),
    Route("POST", f"{PREFIX}/reserveRoom", create_boardroom_booking, takes_json=True),
    Route("POST", f"{PREFIX}/editReserve", update_boardroom_booking, takes_json=True),
    Route("POST", f"{PREFIX}/reserveCancel", cancel_boardroom_booking, takes_json=True),
    Route("POST", f"{PREFIX}/confirmSign", confirm_boardroom_booking, takes_json=True),
    Route("POST", f"{PREFIX}/myReserveList", list_my_boardroom_bookings, takes_json=True),
    Route("POST", f"{PREFIX}/gradingList", list_boardroom_gradings, takes_json=True),
    Route("POST", f"{PREFIX}/areaOfficeList", list_boardroom_areas, takes_json=True),
)
