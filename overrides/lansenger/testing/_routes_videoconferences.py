"""Videoconferences: the sandbox keeps the seed org's meetings, their members, join/leave records and recordings.

Only the seed org has the capability; any other ``orgId`` is refused with 105106, as for an org without it.
Behaviour the platform leaves open, chosen so tests see something coherent:
- nobody joins by themselves. An instant meeting starts at once with its host online and the other members being
  called; a reserved one stays "not started" (nothing in the sandbox opens it) until it is cancelled. A meeting
  number is given when a meeting starts, so a reserved meeting's is empty, as in the platform's answers;
- only the host or a co-host (role ``joinHost``) may change, cancel, stop a meeting or act on its members;
- ``control_meeting_member`` opCodes change what they name: ``join`` brings a member online, ``quit`` makes them
  leave, ``kick`` / ``remove`` put them out, ``call`` calls them again, ``setHost`` / ``setJoinHost`` /
  ``cancelJoinHost`` change roles; the other known codes are accepted without a visible effect;
- stopping a meeting closes every open join record and, when the meeting records automatically, leaves one
  recording; only the meeting's members may download it (105102 otherwise);
- refusals that the platform answers inside ``data`` (``{code: 105213}`` for a meeting that is not running) are
  answered the same way, with errCode 0; nothing changes on any refusal.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeGuard, TypeVar

from ._checks import json_object, optional_text, required_text
from ._directory import ORG_ID
from ._org_store import Roster, directory
from ._replies import ApiError, JsonReply, Reply, invalid, success
from ._routing import Backend, Request, Route

PREFIX = "/xtra/videoconference/openapi/v1"
NOT_FOUND = 64001
USER_NOT_FOUND = 50001
NOT_CONFIGURED = 105106
NO_DOWNLOAD_PERMISSION = 105102
TOO_MANY_RECORDINGS = 105103
START_TIME_PASSED = 105204
MEETING_NOT_RUNNING = 105213
MEETING_STARTED = 105224
MEMBER_LIMIT_REACHED = 105225
NO_HOST = 105230
INVALID_MEMBER_DATA = 105263
UNKNOWN_OP_CODE = 105601

INSTANT, RESERVED = 0, 1
NOT_STARTED, STARTED, ALL_MUTED, LOCKED, ENDED, CANCELLED = range(6)
RUNNING = (STARTED, ALL_MUTED, LOCKED)
CALLING, KICKED, ONLINE, LEFT, REMOVED, CALL_ENDED = 0, 4, 5, 6, 7, 8
HOST, CO_HOST, PARTICIPANT = "admin", "joinHost", "participant"
ROLES = (HOST, CO_HOST, PARTICIPANT)
FETCH_RANGES = ("my", "all", "person")
THIRD_PARTY = 1
PLATFORM_MEMBER = 0
MAX_DOWNLOADS = 3
OP_CODES = frozenset(
    [
        "kick",
        "quit",
        "join",
        "handup",
        "openScreenShare",
        "closeScreenShare",
        "openVideo",
        "closeVideo",
        "mute",
        "applyVideo",
        "shareVideo",
        "cancelShareVideo",
        "remove",
        "call",
        "enforceOpenVideo",
        "setJoinHost",
        "cancelJoinHost",
        "inviteOpenAudio",
        "setHost",
        "grabHost",
    ]
)
CONFIG = {"maxPerson": 300, "defaultMaxPerson": 100, "allowedRecordFlag": 1, "forcePasswdFlag": 0, "spaceSize": 1024}
FIXED_ROOMS = tuple(
    {"id": 9000 + number, "name": f"Cloud room {letter}", "meetingNumber": f"6600000{number}"}
    for number, letter in enumerate("ABC", start=1)
)
FIRST_MID = 3_200_001
DONE = {"code": 0, "message": "success"}
_Result = TypeVar("_Result")


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class Member:
    staff_id: str
    name: str
    role: str
    state: int = CALLING

    def view(self) -> dict[str, Any]:
        return {"staffId": self.staff_id, "employeeName": self.name, "role": self.role, "state": self.state}


@dataclass
class JoinRecord:
    staff_id: str
    name: str
    join_time: int
    leave_time: int = 0

    def view(self) -> dict[str, Any]:
        return {
            "staffId": self.staff_id,
            "employeeName": self.name,
            "joinTime": self.join_time,
            "leaveTime": self.leave_time,
        }


@dataclass
class Settings:
    """What create and update set, checked before a meeting is touched."""

    subject: str
    start_time: int
    type: int
    auto_record: int
    conf_password: str
    control_password: str
    members: dict[str, Member]


@dataclass
class Meeting:
    id: int
    settings: Settings
    ctime: int
    mtime: int
    status: int = NOT_STARTED
    number: str = ""
    stop_time: int = 0
    records: list[JoinRecord] = field(default_factory=list)
    recordings: list[int] = field(default_factory=list)

    @property
    def members(self) -> dict[str, Member]:
        return self.settings.members

    @property
    def host(self) -> Member:
        return next(member for member in self.members.values() if member.role == HOST)

    def view(self) -> dict[str, Any]:
        """The meeting object, with the keys the platform answers for create, modify and detail."""
        settings = self.settings
        return {
            "id": self.id,
            "subject": settings.subject,
            "meetingNumber": self.number,
            "startTime": settings.start_time,
            "stopTime": self.stop_time,
            "type": settings.type,
            "status": self.status,
            "admin": self.host.staff_id,
            "adminName": self.host.name,
            "autoRecord": settings.auto_record,
            "confPassword": settings.conf_password,
            "controlPassword": settings.control_password,
            "createSource": THIRD_PARTY,
            "ctime": self.ctime,
            "mtime": self.mtime,
            "haveVodRecord": 1 if self.recordings else 0,
        }

    def start(self, moment: int) -> None:
        """Open the meeting: it gets its number and its host comes online; the others are being called."""
        self.status, self.number = STARTED, meeting_number(self.id)
        for member in self.members.values():
            member.state = CALLING
        self.join(self.host, moment)

    def join(self, member: Member, moment: int) -> None:
        if member.state != ONLINE:
            member.state = ONLINE
            self.records.append(JoinRecord(member.staff_id, member.name, moment))

    def leave(self, member: Member, state: int, moment: int) -> None:
        if member.state == ONLINE:
            for record in self.records:
                if record.staff_id == member.staff_id and not record.leave_time:
                    record.leave_time = moment
        member.state = state

    def stop(self, moment: int) -> None:
        """End the meeting: those online or being called end; an auto-recorded meeting leaves its one recording."""
        for member in self.members.values():
            if member.state in (CALLING, ONLINE):
                self.leave(member, CALL_ENDED, moment)
        self.status, self.stop_time, self.mtime = ENDED, moment, moment
        if self.settings.auto_record:
            self.recordings.append(self.id * 100 + len(self.recordings) + 1)

    def require_host(self, operator: str) -> None:
        member = self.members.get(operator)
        if member is None or member.role not in (HOST, CO_HOST):
            raise invalid(f"operator: {operator} is not a host of meeting {self.id}")

    def involves(self, staff_id: str) -> bool:
        return staff_id in self.members


def meeting_number(mid: int) -> str:
    """What people dial to join; the sandbox derives it from the mid, so it never changes once given."""
    return str(880_000_000 + mid)


def recording_view(vod_id: int) -> dict[str, Any]:
    return {"vodId": vod_id, "playUrl": f"https://sandbox.example/vod/{vod_id}/play"}


class VideoconferenceStore:
    """The seed org's meetings. Changes run under the lock and check everything before they touch anything."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._meetings: dict[int, Meeting] = {}
        self._next_mid = FIRST_MID

    def create(self, settings: Settings, moment: int) -> dict[str, Any]:
        with self._lock:
            meeting = Meeting(self._next_mid, copy.deepcopy(settings), ctime=moment, mtime=moment)
            self._next_mid += 1
            if settings.type == INSTANT:
                meeting.start(moment)
            self._meetings[meeting.id] = meeting
            return meeting.view()

    def change(self, mid: int, action: Callable[[Meeting], _Result]) -> _Result:
        """Run ``action`` on the live meeting under the lock; an unknown mid refuses before it runs."""
        with self._lock:
            return action(self._find(mid))

    def get(self, mid: int) -> Meeting:
        with self._lock:
            return copy.deepcopy(self._find(mid))

    def by_number(self, number: str) -> Meeting:
        with self._lock:
            for meeting in self._meetings.values():
                if meeting.number and meeting.number == number:
                    return copy.deepcopy(meeting)
        raise ApiError(NOT_FOUND, f"meeting number {number} not found")

    def meetings(self) -> list[Meeting]:
        with self._lock:
            return copy.deepcopy(list(self._meetings.values()))

    def with_recording(self, vod_id: object) -> Meeting:
        """The meeting that holds recording ``vod_id`` (a number, or its digits as text)."""
        wanted = int(vod_id) if isinstance(vod_id, str) and vod_id.isdigit() else vod_id
        with self._lock:
            for meeting in self._meetings.values():
                if wanted in meeting.recordings:
                    return copy.deepcopy(meeting)
        raise ApiError(NOT_FOUND, f"recording {vod_id} not found")

    def _find(self, mid: int) -> Meeting:
        meeting = self._meetings.get(mid)
        if meeting is None:
            raise ApiError(NOT_FOUND, f"meeting {mid} not found")
        return meeting


def _store(backend: Backend) -> VideoconferenceStore:
    return backend.state.domain("videoconferences", VideoconferenceStore)


def _body(request: Request) -> Mapping[str, Any]:
    """The JSON body, after checking it names the seed org (the only one with videoconferencing)."""
    body = json_object(request.json, "body")
    org_id = _integer(body, "orgId")
    if str(org_id) != ORG_ID:
        raise ApiError(NOT_CONFIGURED, "该组织未配置视频会议")
    return body


def _is_integer(value: object) -> TypeGuard[int | float]:
    return not isinstance(value, bool) and isinstance(value, int | float) and int(value) == value


def _integer(body: Mapping[str, Any], key: str, default: int | None = None, where: str = "") -> int:
    value = body.get(key)
    if value is None and default is not None:
        return default
    if not _is_integer(value):
        raise invalid(f"{where}{key}: {'required' if value is None else 'expected integer'}")
    return int(value)


def _choice(body: Mapping[str, Any], key: str, choices: tuple[Any, ...], default: Any) -> Any:
    value = body.get(key, default)
    if isinstance(value, bool) or value not in choices:
        raise invalid(f"{key}: must be one of {', '.join(map(str, choices))}")
    return value


def _staff(now: Roster, body: Mapping[str, Any], key: str, where: str = "") -> str:
    staff_id = required_text(body, key, where)
    if staff_id not in now.staff:
        raise ApiError(USER_NOT_FOUND, f"user {staff_id} not found")
    return staff_id


def _items(body: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = body.get(key)
    if not isinstance(value, list) or not value:
        raise invalid(f"{key}: at least one item required")
    return [json_object(item, f"{key}[{index}]") for index, item in enumerate(value)]


def _page(entries: list[dict[str, Any]], body: Mapping[str, Any]) -> JsonReply:
    limit, offset = _integer(body, "limit", 10), _integer(body, "offset", 0)
    if limit < 1 or offset < 0:
        raise invalid("limit: at least 1; offset: at least 0")
    return success({"offset": offset, "total": len(entries), "items": entries[offset : offset + limit]})


def _members(now: Roster, body: Mapping[str, Any]) -> dict[str, Member]:
    """The member list of create / update: known staff, each once, exactly one host, within the org's limit."""
    members: dict[str, Member] = {}
    for index, item in enumerate(_items(body, "member")):
        where = f"member[{index}]."
        staff_id = _staff(now, item, "staffId", where)
        role = item.get("role", PARTICIPANT)
        if role not in ROLES:
            raise invalid(f"{where}role: must be one of {', '.join(ROLES)}")
        if staff_id in members:
            raise invalid(f"{where}staffId: {staff_id} is listed twice")
        members[staff_id] = Member(staff_id, optional_text(item, "employeeName", where) or now.name(staff_id), role)
    if [member.role for member in members.values()].count(HOST) != 1:
        raise ApiError(NO_HOST, "未指定会议管理员: exactly one member must have role admin")
    if len(members) > CONFIG["maxPerson"]:
        raise ApiError(MEMBER_LIMIT_REACHED, "成员超过上限")
    return members


def _settings(now: Roster, body: Mapping[str, Any], moment: int) -> Settings:
    settings = Settings(
        subject=required_text(body, "subject"),
        start_time=_integer(body, "startTime"),
        type=_choice(body, "type", (INSTANT, RESERVED), RESERVED),
        auto_record=_choice(body, "autoRecord", (0, 1), 0),
        conf_password=optional_text(body, "confPassword") or "",
        control_password=optional_text(body, "controlPassword") or "",
        members=_members(now, body),
    )
    if settings.type == RESERVED and settings.start_time <= moment:
        raise ApiError(START_TIME_PASSED, "预约会议时间必须大于当前时间")
    if "userStopTime" in body and _integer(body, "userStopTime") <= settings.start_time:
        raise invalid("userStopTime: must be after startTime")
    return settings


def create_meeting(backend: Backend, request: Request) -> Reply:
    moment = now_ms()
    settings = _settings(directory(backend.state).read(), _body(request), moment)
    return success(_store(backend).create(settings, moment))


def update_meeting(backend: Backend, request: Request) -> Reply:
    """Replaces every setting and the member list; an instant type starts the meeting as create would."""
    body = _body(request)
    now = directory(backend.state).read()
    operator = _staff(now, body, "operator")
    moment = now_ms()
    settings = _settings(now, body, moment)

    def apply(meeting: Meeting) -> dict[str, Any]:
        meeting.require_host(operator)
        if meeting.status != NOT_STARTED:
            raise ApiError(MEETING_STARTED, "会议已开始或已结束，无法修改")
        meeting.settings, meeting.mtime = copy.deepcopy(settings), moment
        if settings.type == INSTANT:
            meeting.start(moment)
        return meeting.view()

    return success(_store(backend).change(_integer(body, "mid"), apply))


def cancel_meeting(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    operator = _staff(now, body, "operator")

    def apply(meeting: Meeting) -> None:
        meeting.require_host(operator)
        if meeting.status != NOT_STARTED:
            raise ApiError(MEETING_STARTED, "会议已开始无法取消")
        meeting.status, meeting.mtime = CANCELLED, now_ms()

    _store(backend).change(_integer(body, "mid"), apply)
    return success(dict(DONE))


def _not_running() -> dict[str, Any]:
    return {"code": MEETING_NOT_RUNNING, "message": "会议未开始或已结束"}


def stop_meeting(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    operator = _staff(now, body, "operator")

    def apply(meeting: Meeting) -> dict[str, Any]:
        meeting.require_host(operator)
        if meeting.status not in RUNNING:
            return _not_running()
        meeting.stop(now_ms())
        return dict(DONE)

    return success(_store(backend).change(_integer(body, "mid"), apply))


def fetch_meeting(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    _staff(now, body, "operator")
    return success(_store(backend).get(_integer(body, "mid")).view())


def _in_range(meeting: Meeting, body: Mapping[str, Any]) -> bool:
    return _integer(body, "startTime") <= meeting.settings.start_time <= _integer(body, "endTime")


def list_meetings(backend: Backend, request: Request) -> Reply:
    """``my`` is the user token's staff member (a user token is needed for it); ``person`` is ``staffId``."""
    body = _body(request)
    now = directory(backend.state).read()
    fetch_range = _choice(body, "fetchRange", FETCH_RANGES, "all")
    whose: str | None = None
    if fetch_range == "person":
        whose = _staff(now, body, "staffId")
    elif fetch_range == "my":
        whose = backend.acting_staff(request)
        if whose is None:
            raise invalid("fetchRange my: needs a user_token")
    meetings = [
        meeting
        for meeting in _store(backend).meetings()
        if _in_range(meeting, body) and (whose is None or meeting.involves(whose))
    ]
    meetings.sort(key=lambda meeting: (meeting.settings.start_time, meeting.id))
    return _page([meeting.view() for meeting in meetings], body)


def list_meeting_records(backend: Backend, request: Request) -> Reply:
    """Every sandbox meeting was made through this API, so only ``createSource`` 1 finds any."""
    body = _body(request)
    now = directory(backend.state).read()
    admin = optional_text(body, "admin") or None
    if admin is not None:
        _staff(now, body, "admin")
    source = _choice(body, "createSource", (0, 1), 0)
    meetings = [
        meeting
        for meeting in _store(backend).meetings()
        if _in_range(meeting, body) and source == THIRD_PARTY and (admin is None or meeting.host.staff_id == admin)
    ]
    meetings.sort(key=lambda meeting: (meeting.settings.start_time, meeting.id))
    return _page([meeting.view() for meeting in meetings], body)


def list_meeting_member_records(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    _staff(now, body, "operator")
    meeting = _store(backend).get(_integer(body, "mid"))
    return _page([record.view() for record in meeting.records], body)


def list_fixed_meeting_rooms(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    _staff(now, body, "operator")
    return _page([dict(room) for room in FIXED_ROOMS], body)


def fetch_meeting_statuses(backend: Backend, request: Request) -> Reply:
    """In the order asked, each meeting once; unknown mids are left out rather than failing the whole batch."""
    body = _body(request)
    mids = body.get("mids")
    if not isinstance(mids, list) or not mids or not all(_is_integer(mid) for mid in mids):
        raise invalid("mids: expected a non-empty array of meeting ids")
    wanted = dict.fromkeys(int(mid) for mid in mids)
    meetings = {meeting.id: meeting for meeting in _store(backend).meetings()}
    statuses = [{"mid": mid, "status": meetings[mid].status} for mid in wanted if mid in meetings]
    return success({"mids": statuses})


def subscribe_meeting_events(backend: Backend, request: Request) -> Reply:
    """Checked and acknowledged; the sandbox sends no meeting events."""
    body = _body(request)
    events = body.get("events")
    if not isinstance(events, list) or not all(isinstance(event, dict) for event in events):
        raise invalid("events: expected array of objects")
    optional_text(body, "callBackInfo")
    _store(backend).get(_integer(body, "mid"))
    return success({"code": 0, "errCode": 0, "message": ""})


def fetch_meeting_params(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    _staff(now, body, "operator")
    meeting = _store(backend).by_number(required_text(body, "meetingNumber"))
    return success({"meetingInfo": meeting.view()})


def _operator_meetings(backend: Backend, body: Mapping[str, Any], statuses: tuple[int, ...]) -> list[Meeting]:
    operator = _staff(directory(backend.state).read(), body, "operator")
    return [
        meeting for meeting in _store(backend).meetings() if meeting.status in statuses and meeting.involves(operator)
    ]


def list_past_meetings(backend: Backend, request: Request) -> Reply:
    """Ended and cancelled meetings of the operator, the latest first."""
    body = _body(request)
    meetings = _operator_meetings(backend, body, (ENDED, CANCELLED))
    meetings.sort(key=lambda meeting: (meeting.settings.start_time, meeting.id), reverse=True)
    return _page([meeting.view() for meeting in meetings], body)


def list_active_meetings(backend: Backend, request: Request) -> Reply:
    """Running and not-yet-started meetings of the operator, the earliest first."""
    body = _body(request)
    meetings = _operator_meetings(backend, body, (NOT_STARTED, *RUNNING))
    meetings.sort(key=lambda meeting: (meeting.settings.start_time, meeting.id))
    return _page([meeting.view() for meeting in meetings], body)


def _control(meeting: Meeting, member: Member, op_code: str) -> None:
    moment = now_ms()
    if op_code == "join":
        meeting.join(member, moment)
    elif op_code in ("quit", "kick", "remove"):
        meeting.leave(member, {"quit": LEFT, "kick": KICKED, "remove": REMOVED}[op_code], moment)
    elif op_code == "call" and member.state != ONLINE:
        member.state = CALLING
    elif op_code == "setHost":
        meeting.host.role = PARTICIPANT
        member.role = HOST
    elif op_code in ("setJoinHost", "cancelJoinHost") and member.role != HOST:
        member.role = CO_HOST if op_code == "setJoinHost" else PARTICIPANT


def control_meeting_member(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    operator = _staff(now, body, "operator")
    staff_id = required_text(body, "staffId")
    op_code = required_text(body, "opCode")
    if op_code not in OP_CODES:
        raise ApiError(UNKNOWN_OP_CODE, f"opCode {op_code} 不存在")

    def apply(meeting: Meeting) -> dict[str, Any]:
        meeting.require_host(operator)
        member = meeting.members.get(staff_id)
        if member is None:
            raise invalid(f"staffId: {staff_id} is not a member of meeting {meeting.id}")
        if meeting.status not in RUNNING:
            return _not_running()
        _control(meeting, member, op_code)
        meeting.mtime = now_ms()
        return dict(DONE)

    return success(_store(backend).change(_integer(body, "mid"), apply))


def _invitees(now: Roster, body: Mapping[str, Any]) -> list[Member]:
    """Every invitee complete (105263 otherwise); platform members must be known staff, devices need not be."""
    invitees: list[Member] = []
    for index, item in enumerate(_items(body, "member")):
        missing = [key for key in ("staffId", "employeeName", "type", "audio", "video") if item.get(key) in (None, "")]
        if missing:
            raise ApiError(INVALID_MEMBER_DATA, f"成员数据错误: member[{index}] lacks {', '.join(missing)}")
        kind = _integer(item, "type", where=f"member[{index}].")
        staff_id = required_text(item, "staffId", f"member[{index}].")
        if kind == PLATFORM_MEMBER and staff_id not in now.staff:
            raise ApiError(USER_NOT_FOUND, f"user {staff_id} not found")
        invitees.append(Member(staff_id, required_text(item, "employeeName", f"member[{index}]."), PARTICIPANT))
    return invitees


def invite_meeting_members(backend: Backend, request: Request) -> Reply:
    """Invitees are called; members already in the meeting keep their role and are called again unless online."""
    body = _body(request)
    now = directory(backend.state).read()
    operator = _staff(now, body, "operator")
    invitees = _invitees(now, body)
    store = _store(backend)

    def apply(meeting: Meeting) -> dict[str, Any]:
        meeting.require_host(operator)
        if meeting.status not in RUNNING:
            return _not_running()
        newcomers = {invitee.staff_id for invitee in invitees} - set(meeting.members)
        if len(meeting.members) + len(newcomers) > CONFIG["maxPerson"]:
            raise ApiError(MEMBER_LIMIT_REACHED, "成员超过上限")
        for invitee in invitees:
            member = meeting.members.setdefault(invitee.staff_id, invitee)
            if member.state != ONLINE:
                member.state = CALLING
        meeting.mtime = now_ms()
        return dict(DONE)

    return success(store.change(store.by_number(required_text(body, "meetingNumber")).id, apply))


def list_meeting_members(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    _staff(now, body, "operator")
    meeting = _store(backend).get(_integer(body, "mid"))
    return _page([member.view() for member in meeting.members.values()], body)


def list_meeting_recordings(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    _staff(now, body, "operator")
    meeting = _store(backend).get(_integer(body, "mid"))
    return success({"items": [recording_view(vod_id) for vod_id in meeting.recordings]})


def fetch_recording_download_urls(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    now = directory(backend.state).read()
    operator = _staff(now, body, "operator")
    vods = _items(body, "vods")
    if len(vods) > MAX_DOWNLOADS:
        raise ApiError(TOO_MANY_RECORDINGS, f"录像下载链接数量超限: at most {MAX_DOWNLOADS}")
    urls = []
    for vod in vods:
        vod_id = vod.get("vodId")
        if not _store(backend).with_recording(vod_id).involves(operator):
            raise ApiError(NO_DOWNLOAD_PERMISSION, "无下载权限")
        urls.append({"vodId": vod_id, "downloadUrl": f"https://sandbox.example/vod/{vod_id}.mp4"})
    return success({"items": urls})


def fetch_videoconference_config(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    number = optional_text(body, "meetingNumber")
    if number:
        _store(backend).by_number(number)
    return success(dict(CONFIG))


ROUTES: tuple[Route, ...] = (
    Route("POST", f"{PREFIX}/meeting/create", create_meeting, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/modify", update_meeting, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/cancle", cancel_meeting, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/stop", stop_meeting, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/detail", fetch_meeting, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/list", list_meetings, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/record/list", list_meeting_records, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/member/simplerecord", list_meeting_member_records, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/fixroom/list", list_fixed_meeting_rooms, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/status/fetchmore", fetch_meeting_statuses, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/events/subscribe", subscribe_meeting_events, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/param/fetch", fetch_meeting_params, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/history/fetch", list_past_meetings, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/active/fetch", list_active_meetings, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/member/control", control_meeting_member, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/member/invite", invite_meeting_members, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/member/list", list_meeting_members, takes_json=True),
    Route("POST", f"{PREFIX}/meeting/vod/list", list_meeting_recordings, takes_json=True),
    Route("POST", f"{PREFIX}/vod/url/download/fetch", fetch_recording_download_urls, takes_json=True),
    Route("POST", f"{PREFIX}/conf/fetch", fetch_videoconference_config, takes_json=True),
)
