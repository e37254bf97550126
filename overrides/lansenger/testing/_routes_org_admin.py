"""Contact administration: creating, changing and deleting departments and staff in the sandbox's directory.

Each change is checked in full on a draft of the directory (`._org_store`) and recorded only when it passes.
Choices where the platform is silent, each the stricter reading so code that passes here does not trip on the
platform: a department with sub-departments or members cannot be deleted; a person keeps at least one
department; every sign-in way needs its credential (mobile number, email, login name); mobile numbers, emails,
login names, employee numbers and external ids are unique in the org. A person created without departments
joins the root department. Lists in an update replace the stored list; extraFieldSet is merged key by key.
`loginPassword`, `extAttr1/2`, `smsInvitation` and `disablePasswordReset` are accepted and not echoed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from lansenger_api.models.staff_login_way import (
    STAFF_LOGIN_WAY_EMAIL,
    STAFF_LOGIN_WAY_MOBILE,
    STAFF_LOGIN_WAY_PASSWORD,
)

from ._directory import EXTRA_FIELDS, ROOT_DEPARTMENT, Department, Staff
from ._org_store import Roster, check_org, directory
from ._replies import OK, JsonReply, Reply, invalid, success
from ._routes_org import DETAIL_PROFILE_KEYS, STATUS_NORMAL
from ._routing import Backend, Request, Route

DEFAULT_COUNTRY_CODE = "+86"
EXTRA_FIELD_IDS = frozenset(field.id for field in EXTRA_FIELDS)
TEXT_FIELDS = {
    "name": "name",
    "email": "email",
    "loginName": "login_name",
    "employeeNumber": "employee_number",
    "externalId": "external_id",
    "signature": "signature",
    "duties": "duties",
}
"""Body key -> `Staff` field for the plain text fields."""
UNIQUE_IN_ORG: tuple[tuple[str, Callable[[Staff], str]], ...] = (
    ("mobilePhone", lambda staff: staff.mobile),
    ("email", lambda staff: staff.email.casefold()),
    ("loginName", lambda staff: staff.login_name),
    ("employeeNumber", lambda staff: staff.employee_number),
    ("externalId", lambda staff: staff.external_id),
)
SIGN_IN_CREDENTIALS: dict[int, tuple[str, Callable[[Staff], str]]] = {
    STAFF_LOGIN_WAY_MOBILE: ("mobilePhone", lambda staff: staff.mobile),
    STAFF_LOGIN_WAY_EMAIL: ("email", lambda staff: staff.email),
    STAFF_LOGIN_WAY_PASSWORD: ("loginName", lambda staff: staff.login_name),
}


def acknowledged() -> JsonReply:
    """The answer of a change whose envelope carries no data."""
    return JsonReply({"errCode": OK, "errMsg": "ok"})


def json_body(backend: Backend, request: Request) -> Mapping[str, Any]:
    """The JSON object body (already held to the spec), once the caller's user_token (if any) is known to be live."""
    backend.acting_staff(request)
    body: Mapping[str, Any] = request.json
    return body


def _tags(body: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(body.get("tags", [])))


# --- departments ---------------------------------------------------------------------------------------------


def create_department(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    department = directory(backend.state).change(lambda now: _create_department(now, body))
    backend.emit("dept_create", deptId=department.id)
    return success(
        {
            "department": {
                "id": department.id,
                "name": department.name,
                "externalId": department.external_id,
                "order": department.order,
            }
        }
    )


def _create_department(now: Roster, body: Mapping[str, Any]) -> Department:
    parent = now.department(body["parentId"])
    name = body["name"]
    external_id = body.get("externalId") or ""
    _check_external_id(now, external_id)
    order = body.get("orderNumber")
    last = max((sibling.order for sibling in now.children(parent.id)), default=0.0)
    department = Department(
        now.new_department_id(),
        name,
        parent.id,
        float(order) if order is not None else last + 1,
        external_id=external_id,
        tags=_tags(body),
    )
    now.departments[department.id] = department
    return department


def _check_external_id(now: Roster, external_id: str) -> None:
    if external_id and any(department.external_id == external_id for department in now.departments.values()):
        raise invalid("externalId: already used by another department")


def update_department(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    department_id = request.path_params["department_id"]
    directory(backend.state).change(lambda now: _update_department(now, department_id, body))
    backend.emit("dept_modify", deptId=department_id)
    return acknowledged()


def _update_department(now: Roster, department_id: str, body: Mapping[str, Any]) -> None:
    department = now.department(department_id)
    changes: dict[str, Any] = {}
    name = body.get("name")
    if name:
        changes["name"] = name
    order = body.get("orderNumber")
    if order is not None:
        changes["order"] = float(order)
    if "tags" in body:
        changes["tags"] = _tags(body)
    parent_id = body.get("parentId")
    if parent_id and parent_id != department.parent_id:
        if department.parent_id is None:
            raise invalid("parentId: the root department cannot move")
        now.department(parent_id)
        if parent_id in set(now.subtree(department.id)):
            raise invalid("parentId: a department cannot move under itself or its sub-departments")
        changes["parent_id"] = parent_id
    now.departments[department.id] = replace(department, **changes)


def delete_department(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    department_id = request.path_params["department_id"]
    directory(backend.state).change(lambda now: _delete_department(now, department_id))
    backend.emit("dept_delete", deptId=department_id)
    return acknowledged()


def _delete_department(now: Roster, department_id: str) -> None:
    department = now.department(department_id)
    if department.parent_id is None:
        raise invalid("the root department cannot be deleted")
    if now.children(department.id):
        raise invalid("the department still has sub-departments")
    if now.members([department.id]):
        raise invalid("the department still has members")
    del now.departments[department.id]


def add_department_staff(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    department_id, staff_id = request.path_params["department_id"], request.path_params["staff_id"]
    directory(backend.state).change(lambda now: _add_member(now, department_id, staff_id))
    backend.emit("staff_modify", staffId=staff_id)
    return acknowledged()


def _add_member(now: Roster, department_id: str, staff_id: str) -> None:
    department, staff = now.department(department_id), now.member(staff_id)
    if department.id not in staff.departments:
        now.staff[staff.id] = replace(staff, departments=(*staff.departments, department.id))


def remove_department_staff(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    department_id, staff_id = request.path_params["department_id"], request.path_params["staff_id"]
    directory(backend.state).change(lambda now: _remove_member(now, department_id, staff_id))
    backend.emit("staff_modify", staffId=staff_id)
    return acknowledged()


def _remove_member(now: Roster, department_id: str, staff_id: str) -> None:
    department, staff = now.department(department_id), now.member(staff_id)
    if department.id not in staff.departments:
        raise invalid(f"{staff.id} is not a member of {department.id}")
    if staff.departments == (department.id,):
        raise invalid("a staff member needs at least one department; delete the staff member instead")
    now.staff[staff.id] = replace(staff, departments=tuple(held for held in staff.departments if held != department.id))


# --- staff ---------------------------------------------------------------------------------------------------


def create_staff(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    staff_id = directory(backend.state).change(lambda now: _create_staff(now, body))
    backend.emit("staff_create", staffId=staff_id)
    return success({"staffId": staff_id})


def _create_staff(now: Roster, body: Mapping[str, Any]) -> str:
    check_org(body["orgId"])
    if not body.get("departments"):
        body = {**body, "departments": [{"id": ROOT_DEPARTMENT}]}
    blank = Staff(
        id=now.new_staff_id(),
        name=body["name"],
        departments=(),
        mobile="",
        email="",
        login_name="",
        employee_number="",
        external_id="",
        status=STATUS_NORMAL,
    )
    staff = _apply(now, blank, body)
    now.staff[staff.id] = staff
    return staff.id


def update_staff(backend: Backend, request: Request) -> Reply:
    body = json_body(backend, request)
    staff_id = request.path_params["staff_id"]
    directory(backend.state).change(lambda now: _update_staff(now, staff_id, body))
    backend.emit("staff_modify", staffId=staff_id)
    return acknowledged()


def _update_staff(now: Roster, staff_id: str, body: Mapping[str, Any]) -> None:
    staff = _apply(now, now.member(staff_id), body)
    now.staff[staff.id] = staff


def delete_staff(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    staff_id = request.path_params["staff_id"]
    directory(backend.state).change(lambda now: _delete_staff(now, staff_id))
    backend.emit("staff_delete", staffId=staff_id)
    return success({})


def _delete_staff(now: Roster, staff_id: str) -> None:
    staff = now.member(staff_id)
    del now.staff[staff.id]
    for department in list(now.departments.values()):
        if staff.id in department.leaders:
            leaders = tuple(leader for leader in department.leaders if leader != staff.id)
            now.departments[department.id] = replace(department, leaders=leaders)


def _apply(now: Roster, staff: Staff, body: Mapping[str, Any]) -> Staff:
    """``staff`` with what a create or update body sets, refused unless the result is a valid org member."""
    changes: dict[str, Any] = {}
    for key, attribute in TEXT_FIELDS.items():
        text = body.get(key)
        if text is not None:
            changes[attribute] = text
    if "mobilePhone" in body:
        mobile = body["mobilePhone"]
        changes["mobile"] = mobile["number"]
        changes["country_code"] = mobile.get("countryCode") or DEFAULT_COUNTRY_CODE
    if "departments" in body:
        changes["departments"] = _departments(now, body["departments"])
    for key in ("gender", "status"):
        number = body.get(key)
        if number is not None:
            changes[key] = number
    if "loginWays" in body:
        changes["login_ways"] = tuple(dict.fromkeys(body["loginWays"]))
    if "tags" in body:
        changes["tags"] = _tags(body)
    if "extraFieldSet" in body:
        changes["extra_fields"] = tuple({**dict(staff.extra_fields), **_extra_fields(body)}.items())
    profile = {key: copy.deepcopy(body[key]) for key in DETAIL_PROFILE_KEYS if key in body}
    if profile:
        changes["profile"] = {**staff.profile, **profile}
    updated = replace(staff, **changes)
    _check_sign_in(updated)
    _check_unique(now, updated)
    return updated


def _departments(now: Roster, value: list[Mapping[str, str]]) -> tuple[str, ...]:
    held = [now.department(item["id"]).id for item in value]
    if not held:
        raise invalid("departments: a staff member needs at least one department")
    return tuple(dict.fromkeys(held))


def _extra_fields(body: Mapping[str, Any]) -> dict[str, str]:
    values = body["extraFieldSet"]
    unknown = sorted(key for key in values if key not in EXTRA_FIELD_IDS)
    if unknown:
        raise invalid(f"extraFieldSet: unknown extension fields {', '.join(unknown)}")
    return dict(values)


def _check_sign_in(staff: Staff) -> None:
    if not staff.login_ways:
        raise invalid("loginWays: give at least one way to sign in")
    for way in staff.login_ways:
        key, credential = SIGN_IN_CREDENTIALS[way]
        if not credential(staff):
            raise invalid(f"{key}: required for loginWays {way}")


def _check_unique(now: Roster, staff: Staff) -> None:
    for key, value_of in UNIQUE_IN_ORG:
        value = value_of(staff)
        if value and any(other.id != staff.id and value_of(other) == value for other in now.staff.values()):
            raise invalid(f"{key}: already used by another staff member")


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/departments/create", create_department, takes_json=True),
    Route("POST", "/v1/departments/{department_id}/update", update_department, takes_json=True),
    Route("POST", "/v1/departments/{department_id}/delete", delete_department),
    Route("POST", "/v1/departments/{department_id}/staffs/{staff_id}/create", add_department_staff),
    Route("POST", "/v1/departments/{department_id}/staffs/{staff_id}/delete", remove_department_staff),
    Route("POST", "/v1/staffs/create", create_staff, takes_json=True),
    Route("POST", "/v1/staffs/{staff_id}/update", update_staff, takes_json=True),
    Route("POST", "/v1/staffs/{staff_id}/delete", delete_staff),
)
