"""Leave (qingjia, 请假 V2) and overtime (jiaban, 加班 V2) applications of the org's attendance app.

The seed org has two attendance groups (Engineering and Platform staff in `G-ENG`, Sales in `G-SALES`), each with
one leave and one overtime rule configuration (cmcCode `QJ-ENG`/`QJ-SALES`, `JB-ENG`/`JB-SALES`), and three leave
types: annual (5 days a year) and sick leave (10 days) are counted, personal leave (事假) is not.

Behaviour the platform leaves open, chosen so tests see something coherent:
- times are epoch milliseconds. A leave counts 8 working hours per whole 24 hours plus the rest up to 8 hours, so
  09:00-17:00 is 1 day and 09:00-13:00 half a day; overtime counts its elapsed hours;
- the sandbox reads a leave's period and type from applyVO's startTime/endTime/typeCode (timesVO: beginTime,
  endTime, typeCode); an application without them is kept, but counts 0 days;
- an application starts "approving"; the approver acts in the app, which tests stand in for with
  `attendance(sandbox.state).decide(apply_id, approved=...)` (an overtime approver must be one of its approveIds).
  An approved leave uses up its balance, an approved leave-back (销假, isLeaveBack) gives its days back, and a new
  leave is refused when it needs more than the balance minus the leave still waiting for approval;
- listings are newest first; a staff member is the body's staffId (creatorId for overtime) or the user token's,
  and without either every application under the cmcCode is listed. isDiss true lists leave-backs only, false
  ordinary leave only;
- attachment upload URLs point at the sandbox's own presigned bucket (`_presigned_bucket`).
"""

from __future__ import annotations

import copy
import dataclasses
import math
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._checks import json_object, optional_flag, optional_text, required_text, text_list
from ._directory import ORG_ID
from ._org_store import Roster, directory
from ._presigned_bucket import ROUTES as BUCKET_ROUTES
from ._presigned_bucket import bucket
from ._replies import OK, USER_NOT_FOUND, ApiError, JsonReply, Reply, invalid
from ._routing import Backend, Request, Route
from ._state import SandboxState

QINGJIA = "/xtra/qingjia/server/openapi/v2"
JIABAN = "/xtra/jiaban/server/openapi/v2"
HOUR_MS = 3_600_000
WORKDAY_HOURS = 8
DEFAULT_PAGE_SIZE = 10
APPROVING, APPROVED, REJECTED = "approving", "approved", "rejected"


@dataclass(frozen=True)
class AttendanceGroup:
    code: str
    name: str
    departments: tuple[str, ...]


@dataclass(frozen=True)
class RuleConfig:
    cmc_code: str
    group_code: str
    name: str
    version: int


@dataclass(frozen=True)
class LeaveType:
    code: str
    name: str
    allowance: float | None
    """Days a year; None for a type whose balance is not counted."""


GROUPS = {
    group.code: group
    for group in (
        AttendanceGroup("G-ENG", "Engineering", (f"{ORG_ID}-1", f"{ORG_ID}-3")),
        AttendanceGroup("G-SALES", "Sales", (f"{ORG_ID}-2",)),
    )
}
LEAVE_CONFIGS = {
    config.cmc_code: config
    for config in (
        RuleConfig("QJ-ENG", "G-ENG", "Engineering leave rules", 3),
        RuleConfig("QJ-SALES", "G-SALES", "Sales leave rules", 2),
    )
}
OVERTIME_CONFIGS = {
    config.cmc_code: config
    for config in (
        RuleConfig("JB-ENG", "G-ENG", "Engineering overtime rules", 2),
        RuleConfig("JB-SALES", "G-SALES", "Sales overtime rules", 1),
    )
}
LEAVE_TYPES = {
    leave.code: leave
    for leave in (
        LeaveType("annual", "年假", 5.0),
        LeaveType("sick", "病假", 10.0),
        LeaveType("personal", "事假", None),
    )
}


def leave_hours(begin: int, end: int) -> float:
    """Working hours of a leave: 8 per whole 24 hours, plus the rest of the period up to 8."""
    whole_days, rest = divmod((end - begin) / HOUR_MS, 24)
    return round(whole_days * WORKDAY_HOURS + min(rest, WORKDAY_HOURS), 2)


def overtime_hours(begin: int, end: int) -> float:
    return round((end - begin) / HOUR_MS, 2)


def _display(hours: float) -> str:
    days = hours / WORKDAY_HOURS
    if hours < WORKDAY_HOURS:
        return f"{hours:g}小时"
    return f"{round(days, 2):g}天"


@dataclass
class Application:
    """A leave (kind "leave") or overtime (kind "overtime") application."""

    id: str
    kind: str
    cmc_code: str
    staff_id: str
    start: int | None
    end: int | None
    hours: float
    created: int
    type_code: str | None = None
    leave_back: bool = False
    approvers: tuple[str, ...] = ()
    form: dict[str, Any] = field(default_factory=dict)
    status: str = APPROVING

    @property
    def days(self) -> float:
        return round(self.hours / WORKDAY_HOURS, 2)

    def view(self) -> dict[str, Any]:
        """The application as a list item; the platform documents none of these fields."""
        if self.kind == "overtime":
            answer = {
                **self.form,
                "applyId": self.id,
                "cmcCode": self.cmc_code,
                "applyerId": self.staff_id,
                "duration": self.hours,
                "status": self.status,
                "createTime": self.created,
            }
            return answer
        leave = {
            "applyId": self.id,
            "cmcCode": self.cmc_code,
            "staffId": self.staff_id,
            "typeCode": self.type_code,
            "startTime": self.start,
            "endTime": self.end,
            "effectiveHours": self.hours,
            "effectiveDays": self.days,
            "isLeaveBack": self.leave_back,
            "status": self.status,
            "createTime": self.created,
            "applyVO": self.form,
        }
        return {key: value for key, value in leave.items() if value is not None}


class AttendanceStore:
    """Applications and leave balances. Changes run under the lock and check everything before they touch anything."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._applications: dict[str, Application] = {}
        self._used: dict[tuple[str, str], float] = {}
        """(staff id, leave type) -> days used by approved leave, net of approved leave-backs."""
        self._count = 0

    def submit(self, application: Application) -> str:
        prefix = "QJ" if application.kind == "leave" else "JB"
        with self._lock:
            if application.kind == "leave" and not application.leave_back:
                self._check_balance(application)
            self._count += 1
            application = dataclasses.replace(application, id=f"{prefix}{self._count:06d}")
            self._applications[application.id] = application
            return application.id

    def decide(self, apply_id: str, *, approved: bool, approver: str | None = None) -> Application:
        """The approver's decision, as made in the app; leave balances follow it."""
        with self._lock:
            application = self._applications.get(apply_id)
            if application is None:
                raise KeyError(apply_id)
            if application.status != APPROVING:
                raise ValueError(f"application {apply_id} was already {application.status}")
            if approver is not None and application.approvers and approver not in application.approvers:
                raise ValueError(f"{approver} is not an approver of {apply_id}")
            application.status = APPROVED if approved else REJECTED
            if approved and application.kind == "leave" and application.type_code is not None:
                key = (application.staff_id, application.type_code)
                change = -application.days if application.leave_back else application.days
                self._used[key] = round(self._used.get(key, 0.0) + change, 2)
            return copy.deepcopy(application)

    def application(self, apply_id: str) -> Application:
        with self._lock:
            return copy.deepcopy(self._applications[apply_id])

    def balance(self, staff_id: str, leave: LeaveType) -> float:
        assert leave.allowance is not None
        with self._lock:
            return round(leave.allowance - self._used.get((staff_id, leave.code), 0.0), 2)

    def listing(self, kind: str, cmc_code: str, staff_id: str | None, leave_back: bool | None) -> list[dict[str, Any]]:
        """Matching applications as list items, newest first."""
        with self._lock:
            found = [
                application.view()
                for application in reversed(self._applications.values())
                if application.kind == kind
                and application.cmc_code == cmc_code
                and (staff_id is None or application.staff_id == staff_id)
                and (leave_back is None or application.leave_back == leave_back)
            ]
        return found

    def _check_balance(self, application: Application) -> None:
        leave = LEAVE_TYPES.get(application.type_code or "")
        if leave is None or leave.allowance is None:
            return
        waiting = sum(
            other.days
            for other in self._applications.values()
            if other.kind == "leave"
            and other.status == APPROVING
            and not other.leave_back
            and (other.staff_id, other.type_code) == (application.staff_id, leave.code)
        )
        available = leave.allowance - self._used.get((application.staff_id, leave.code), 0.0) - waiting
        if application.days > available + 1e-9:
            raise invalid(f"applyVO: {application.days:g} days of {leave.code} leave, only {available:g} available")


def attendance(state: SandboxState) -> AttendanceStore:
    """The sandbox's leave and overtime records: `attendance(sandbox.state)` in tests, to approve or inspect."""
    return state.domain("attendance", AttendanceStore)


def _answer(data: Any) -> JsonReply:
    """An envelope whose data is any JSON value: these apps answer arrays, strings and numbers as data."""
    return JsonReply({"errCode": OK, "errMsg": "ok", "data": data})


def _body(request: Request) -> Mapping[str, Any]:
    return json_object(request.json, "body")


def _org(body: Mapping[str, Any], *, required: bool) -> None:
    org_id = required_text(body, "orgId") if required else optional_text(body, "orgId")
    if org_id is not None and org_id != ORG_ID:
        raise invalid("orgId: unknown organisation")


def _known_staff(now: Roster, staff_id: str, key: str) -> str:
    if staff_id not in now.staff:
        raise ApiError(USER_NOT_FOUND, f"{key}: user {staff_id} not found")
    return staff_id


def _person(
    now: Roster, backend: Backend, request: Request, body: Mapping[str, Any], key: str = "staffId"
) -> str | None:
    """The body's staff id, else the user token's; a bad user token is refused either way."""
    acting = backend.acting_staff(request)
    staff_id = optional_text(body, key) or acting
    return None if staff_id is None else _known_staff(now, staff_id, key)


def _required_person(
    now: Roster, backend: Backend, request: Request, body: Mapping[str, Any], key: str = "staffId"
) -> str:
    staff_id = _person(now, backend, request, body, key)
    if staff_id is None:
        raise invalid(f"{key}: required without a user_token")
    return staff_id


def _group_of(now: Roster, staff_id: str) -> AttendanceGroup | None:
    staff = now.staff.get(staff_id)
    departments = staff.departments if staff is not None else ()
    return next((group for group in GROUPS.values() if set(group.departments) & set(departments)), None)


def _config(body: Mapping[str, Any], configs: Mapping[str, RuleConfig]) -> RuleConfig:
    cmc_code = required_text(body, "cmcCode")
    config = configs.get(cmc_code)
    if config is None:
        raise invalid(f"cmcCode: unknown rule configuration {cmc_code}")
    return config


def _member(now: Roster, config: RuleConfig, staff_id: str) -> None:
    group = _group_of(now, staff_id)
    if group is None or group.code != config.group_code:
        raise invalid(f"cmcCode: {staff_id} is not in attendance group {config.group_code}")


def _leave_type(code: str | None, where: str) -> LeaveType | None:
    if code is None:
        return None
    leave = LEAVE_TYPES.get(code)
    if leave is None:
        raise invalid(f"{where}typeCode: unknown or disabled leave type {code}")
    return leave


def _instant(value: Mapping[str, Any], key: str, where: str, *, required: bool) -> int | None:
    moment = value.get(key)
    if moment is None and not required:
        return None
    if isinstance(moment, bool) or not isinstance(moment, int):
        raise invalid(f"{where}{key}: {'required' if moment is None else 'expected integer'}")
    return moment


def _period(
    value: Mapping[str, Any], begin_key: str, end_key: str, where: str = "", *, required: bool = True
) -> tuple[int, int] | None:
    begin = _instant(value, begin_key, where, required=required)
    end = _instant(value, end_key, where, required=required)
    if begin is None or end is None:
        return None
    if end <= begin:
        raise invalid(f"{where}{end_key}: must be after {begin_key}")
    return begin, end


def _page_number(value: Mapping[str, Any], key: str, default: int, where: str) -> int:
    number = value.get(key, default)
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise invalid(f"{where}{key}: must be a positive integer")
    return number


def _page(items: list[dict[str, Any]], query: Mapping[str, Any], where: str = "") -> dict[str, Any]:
    """The V2 page shape: pageNo/pageSize from the query, pages counted from total."""
    page_no = _page_number(query, "pageNo", 1, where)
    page_size = _page_number(query, "pageSize", DEFAULT_PAGE_SIZE, where)
    pages = math.ceil(len(items) / page_size)
    result = items[(page_no - 1) * page_size : page_no * page_size]
    page: dict[str, Any] = {
        "pageNo": page_no,
        "pageSize": page_size,
        "pages": pages,
        "total": len(items),
        "result": result,
        "hasNextPage": page_no < pages,
        "extAttributes": {},
    }
    if result:
        page["lastKey"] = result[-1]["applyId"]
    return page


def _config_view(config: RuleConfig) -> dict[str, Any]:
    return {
        "cmcCode": config.cmc_code,
        "groupCode": config.group_code,
        "configName": config.name,
        "version": config.version,
    }


def _group_view(group: AttendanceGroup) -> dict[str, Any]:
    return {"groupCode": group.code, "groupName": group.name}


def _configs_for(now: Roster, configs: Mapping[str, RuleConfig], staff_id: str | None) -> list[dict[str, Any]]:
    group = None if staff_id is None else _group_of(now, staff_id)
    chosen = [c for c in configs.values() if staff_id is None or (group is not None and c.group_code == group.code)]
    return [_config_view(config) for config in chosen]


def _upload_url(backend: Backend, request: Request, purpose: str, owner: str | None) -> JsonReply:
    body = _body(request)
    size = body["size"]
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise invalid("size: must be a number of bytes")
    url = bucket(backend.state).issue(
        request,
        purpose=purpose,
        file_name=required_text(body, "fileName"),
        md5=required_text(body, "md5"),
        size=size,
        owner=owner,
    )
    return _answer(url)


# Leave (qingjia)


def list_leave_rule_configs(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    _org(body, required=False)
    now = directory(backend.state).read()
    return _answer(_configs_for(now, LEAVE_CONFIGS, _person(now, backend, request, body)))


def calculate_leave_duration(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    _config(body, LEAVE_CONFIGS)
    _person(directory(backend.state).read(), backend, request, body)
    period = json_object(body.get("timesVO"), "timesVO")
    leave = _leave_type(optional_text(period, "typeCode", "timesVO."), "timesVO.")
    span = _period(period, "beginTime", "endTime", "timesVO.")
    assert span is not None
    begin, end = span
    hours = leave_hours(begin, end)
    answer = {
        "applyStartTime": begin,
        "applyEndTime": end,
        "effectiveTimestamp": end - begin,
        "effectiveHours": hours,
        "effectiveDays": round(hours / WORKDAY_HOURS, 2),
        "timeStr": _display(hours),
    }
    if leave is not None:
        answer["typeCode"] = leave.code
    return _answer(answer)


def create_leave_upload_url(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    _org(body, required=False)
    return _upload_url(backend, request, "qingjia", _person(directory(backend.state).read(), backend, request, body))


def create_leave_application(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    config = _config(body, LEAVE_CONFIGS)
    now = directory(backend.state).read()
    staff_id = _required_person(now, backend, request, body)
    _member(now, config, staff_id)
    form = json_object(body.get("applyVO"), "applyVO")
    if not form:
        raise invalid("applyVO: must not be empty")
    leave = _leave_type(optional_text(form, "typeCode", "applyVO."), "applyVO.")
    span = _period(form, "startTime", "endTime", "applyVO.", required=False)
    application = Application(
        id="",
        kind="leave",
        cmc_code=config.cmc_code,
        staff_id=staff_id,
        start=span[0] if span else None,
        end=span[1] if span else None,
        hours=leave_hours(*span) if span else 0.0,
        created=time.time_ns() // 1_000_000,
        type_code=leave.code if leave else None,
        leave_back=body["isLeaveBack"] is True,
        form=dict(form),
    )
    return _answer(attendance(backend.state).submit(application))


def list_leave_applications(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    config = _config(body, LEAVE_CONFIGS)
    query = json_object(body.get("queryVO"), "queryVO")
    leave_back = optional_flag(body, "isDiss")
    person = _person(directory(backend.state).read(), backend, request, body)
    items = attendance(backend.state).listing("leave", config.cmc_code, person, leave_back)
    return _answer(_page(items, query, "queryVO."))


def fetch_leave_balance(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    _org(body, required=True)
    _config(body, LEAVE_CONFIGS)
    now = directory(backend.state).read()
    staff_id = _required_person(now, backend, request, body)
    only = _leave_type(optional_text(body, "typeCode"), "")
    store = attendance(backend.state)
    balances = [
        {"typeCode": leave.code, "balance": store.balance(staff_id, leave)}
        for leave in LEAVE_TYPES.values()
        if leave.allowance is not None and (only is None or leave is only)
    ]
    staff = now.member(staff_id)
    return _answer(
        {
            "staffId": staff.id,
            "name": staff.name,
            "phone": staff.mobile,
            "employeeCode": staff.employee_number,
            "staffNo": staff.external_id,
            "depName": now.departments[staff.departments[0]].name if staff.departments else "",
            "balanceList": balances,
        }
    )


def list_leave_attendance_groups(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    _org(body, required=True)
    now = directory(backend.state).read()
    staff_id = _person(now, backend, request, body)
    if staff_id is None:
        return _answer([_group_view(group) for group in GROUPS.values()])
    group = _group_of(now, staff_id)
    return _answer([] if group is None else [_group_view(group)])


def list_leave_types(backend: Backend, request: Request) -> Reply:
    _config(_body(request), LEAVE_CONFIGS)
    return _answer([{"typeCode": leave.code, "typeName": leave.name, "unit": "day"} for leave in LEAVE_TYPES.values()])


# Overtime (jiaban)


def list_overtime_rule_configs(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    _org(body, required=True)
    now = directory(backend.state).read()
    return _answer(_configs_for(now, OVERTIME_CONFIGS, _required_person(now, backend, request, body)))


def create_overtime_upload_url(backend: Backend, request: Request) -> Reply:
    _org(_body(request), required=True)
    return _upload_url(backend, request, "jiaban", backend.acting_staff(request))


def create_overtime_application(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    config = _config(body, OVERTIME_CONFIGS)
    backend.acting_staff(request)
    now = directory(backend.state).read()
    applicant = _known_staff(now, required_text(body, "applyerId"), "applyerId")
    _member(now, config, applicant)
    approvers = text_list(body, "approveIds")
    if not approvers:
        raise invalid("approveIds: needs at least one approver")
    for approver in approvers:
        _known_staff(now, approver, "approveIds")
    span = _period(body, "startTime", "endTime")
    assert span is not None
    application = Application(
        id="",
        kind="overtime",
        cmc_code=config.cmc_code,
        staff_id=applicant,
        start=span[0],
        end=span[1],
        hours=overtime_hours(*span),
        created=time.time_ns() // 1_000_000,
        approvers=tuple(dict.fromkeys(approvers)),
        form={key: value for key, value in body.items() if key != "cmcCode"},
    )
    return _answer(attendance(backend.state).submit(application))


def list_overtime_applications(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    config = _config(body, OVERTIME_CONFIGS)
    creator = _person(directory(backend.state).read(), backend, request, body, "creatorId")
    items = attendance(backend.state).listing("overtime", config.cmc_code, creator, None)
    return _answer(_page(items, body))


def list_overtime_attendance_groups(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    _org(body, required=True)
    backend.acting_staff(request)
    now = directory(backend.state).read()
    group = _group_of(now, _known_staff(now, required_text(body, "staffId"), "staffId"))
    return _answer([] if group is None else [_group_view(group)])


def calculate_overtime_duration(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    _config(body, OVERTIME_CONFIGS)
    backend.acting_staff(request)
    group_code = optional_text(body, "groupCode")
    if group_code is not None and group_code not in GROUPS:
        raise invalid(f"groupCode: unknown attendance group {group_code}")
    span = _period(body, "beginTime", "endTime")
    assert span is not None
    return _answer(overtime_hours(*span))


ROUTES: tuple[Route, ...] = (
    Route("POST", f"{QINGJIA}/maxVersionConfigList", list_leave_rule_configs, takes_json=True),
    Route("POST", f"{QINGJIA}/times", calculate_leave_duration, takes_json=True),
    Route("POST", f"{QINGJIA}/upload", create_leave_upload_url, takes_json=True),
    Route("POST", f"{QINGJIA}/saveApply", create_leave_application, takes_json=True),
    Route("POST", f"{QINGJIA}/myApplyPageInfo", list_leave_applications, takes_json=True),
    Route("POST", f"{QINGJIA}/personBalance", fetch_leave_balance, takes_json=True),
    Route("POST", f"{QINGJIA}/attendanceGroupList", list_leave_attendance_groups, takes_json=True),
    Route("POST", f"{QINGJIA}/enableLeaveTypeList", list_leave_types, takes_json=True),
    Route("POST", f"{JIABAN}/getMaxVersionConfigList", list_overtime_rule_configs, takes_json=True),
    Route("POST", f"{JIABAN}/upload", create_overtime_upload_url, takes_json=True),
    Route("POST", f"{JIABAN}/submitApprove", create_overtime_application, takes_json=True),
    Route("POST", f"{JIABAN}/getMyApplyPageInfo", list_overtime_applications, takes_json=True),
    Route("POST", f"{JIABAN}/getGroupInfo", list_overtime_attendance_groups, takes_json=True),
    Route("POST", f"{JIABAN}/calculateDuration", calculate_overtime_duration, takes_json=True),
    *BUCKET_ROUTES,
)
