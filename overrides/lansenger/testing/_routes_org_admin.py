"""Contact administration: departments and staff created, changed and deleted in the sandbox's directory.

Each change is checked on a draft of the directory and kept only when it passes, then pushes the platform's event
(dept_create, staff_modify, ...). Where the platform is silent, the stricter reading: a department with
sub-departments or members cannot be deleted; a person keeps at least one department (the root when created
without); every sign-in way needs its credential; mobile numbers, emails, login names, employee numbers and external
ids are unique. Lists in an update replace the stored ones; extraFieldSet merges; `loginPassword` is never kept.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from lansenger_api.models.staff_login_way import STAFF_LOGIN_WAY_EMAIL, STAFF_LOGIN_WAY_MOBILE, STAFF_LOGIN_WAY_PASSWORD

from ._directory import EXTRA_FIELDS, ROOT_DEPARTMENT, Record, Roster, check_org, directory
from ._replies import Reply, invalid, success
from ._routing import Backend, Request, Route

NOT_KEPT = ("orgId", "loginPassword", "departments", "mobilePhone", "extraFieldSet")
"""Create/update keys not copied into the record as they come: the secret, and those handled one by one."""
SIGN_IN_CREDENTIALS: dict[int, tuple[str, Callable[[Record], str]]] = {
    STAFF_LOGIN_WAY_MOBILE: ("mobilePhone", lambda staff: staff["mobilePhone"]["number"]),
    STAFF_LOGIN_WAY_EMAIL: ("email", lambda staff: staff["email"]),
    STAFF_LOGIN_WAY_PASSWORD: ("loginName", lambda staff: staff["loginName"]),
}
UNIQUE_IN_ORG: tuple[tuple[str, Callable[[Record], str]], ...] = (
    ("mobilePhone", lambda staff: staff["mobilePhone"]["number"]),
    ("email", lambda staff: staff["email"].casefold()),
    ("loginName", lambda staff: staff["loginName"]),
    ("employeeNumber", lambda staff: staff["employeeNumber"]),
    ("externalId", lambda staff: staff["externalId"]),
)
NEW_STAFF: Record = {
    "mobilePhone": {"countryCode": "+86", "number": ""},
    **dict.fromkeys(("email", "loginName", "employeeNumber", "externalId", "duties", "signature"), ""),
    "gender": 0,
    "status": 1,
    "extraFieldSet": {},
    "tags": [],
    "loginWays": [STAFF_LOGIN_WAY_MOBILE],
}
"""What a new staff record holds before its create body: the platform's defaults where it documents them."""


def _change(backend: Backend, edit: Callable[[Roster], Any], event: str, **data: str) -> Any:
    """Apply ``edit`` to the directory, then push ``event``."""
    result = directory(backend.state).change(edit)
    backend.emit(event, **data)
    return result


def create_department(backend: Backend, request: Request) -> Reply:
    body, created = request.json, dict[str, Any]()

    def create(now: Roster) -> None:
        parent = now.department(body["parentId"])
        external_id = body.get("externalId") or ""
        if external_id and any(department["externalId"] == external_id for department in now.departments.values()):
            raise invalid("externalId: already used by another department")
        last = max((sibling["order"] for sibling in now.children(parent["id"])), default=0.0)
        order = float(body["orderNumber"]) if body.get("orderNumber") is not None else last + 1
        department_id = now.new_department_id()
        created.update(id=department_id, name=body["name"], externalId=external_id, order=order)
        now.departments[department_id] = {
            **now.departments[ROOT_DEPARTMENT],
            **{key: [] for key in ("leaders", "emails", "phones", "addresses", "introductions")},
            **created,
            "parentId": parent["id"],
            "tags": list(dict.fromkeys(body.get("tags", []))),
        }

    directory(backend.state).change(create)
    backend.emit("dept_create", deptId=created["id"])
    return success({"department": created})


def update_department(backend: Backend, request: Request) -> Reply:
    department_id, body = request.path_params["department_id"], request.json

    def update(now: Roster) -> None:
        department = now.department(department_id)
        if body.get("name"):
            department["name"] = body["name"]
        if body.get("orderNumber") is not None:
            department["order"] = float(body["orderNumber"])
        if "tags" in body:
            department["tags"] = list(dict.fromkeys(body["tags"]))
        parent_id = body.get("parentId")
        if parent_id and parent_id != department["parentId"]:
            if department["parentId"] is None:
                raise invalid("parentId: the root department cannot move")
            now.department(parent_id)
            if parent_id in set(now.subtree(department_id)):
                raise invalid("parentId: a department cannot move under itself or its sub-departments")
            department["parentId"] = parent_id

    _change(backend, update, "dept_modify", deptId=department_id)
    return success()


def delete_department(backend: Backend, request: Request) -> Reply:
    department_id = request.path_params["department_id"]

    def delete(now: Roster) -> None:
        department = now.department(department_id)
        if department["parentId"] is None:
            raise invalid("the root department cannot be deleted")
        if now.children(department_id):
            raise invalid("the department still has sub-departments")
        if now.members([department_id]):
            raise invalid("the department still has members")
        del now.departments[department_id]

    _change(backend, delete, "dept_delete", deptId=department_id)
    return success()


def add_department_staff(backend: Backend, request: Request) -> Reply:
    department_id, staff_id = request.path_params["department_id"], request.path_params["staff_id"]

    def add(now: Roster) -> None:
        department, staff = now.department(department_id), now.member(staff_id)
        if department["id"] not in staff["departments"]:
            staff["departments"].append(department["id"])

    _change(backend, add, "staff_modify", staffId=staff_id)
    return success()


def remove_department_staff(backend: Backend, request: Request) -> Reply:
    department_id, staff_id = request.path_params["department_id"], request.path_params["staff_id"]

    def remove(now: Roster) -> None:
        department, staff = now.department(department_id), now.member(staff_id)
        if department["id"] not in staff["departments"]:
            raise invalid(f"{staff_id} is not a member of {department_id}")
        if staff["departments"] == [department_id]:
            raise invalid("a staff member needs at least one department; delete the staff member instead")
        staff["departments"].remove(department_id)

    _change(backend, remove, "staff_modify", staffId=staff_id)
    return success()


def create_staff(backend: Backend, request: Request) -> Reply:
    body = {"departments": [{"id": ROOT_DEPARTMENT}], **{k: v for k, v in request.json.items() if v != []}}

    def create(now: Roster) -> str:
        check_org(body["orgId"])
        staff = _apply(now, {**copy.deepcopy(NEW_STAFF), "staffId": now.new_staff_id()}, body)
        now.staff[staff["staffId"]] = staff
        return str(staff["staffId"])

    staff_id = directory(backend.state).change(create)
    backend.emit("staff_create", staffId=staff_id)
    return success({"staffId": staff_id})


def update_staff(backend: Backend, request: Request) -> Reply:
    staff_id = request.path_params["staff_id"]

    def update(now: Roster) -> None:
        now.staff[staff_id] = _apply(now, now.member(staff_id), request.json)

    _change(backend, update, "staff_modify", staffId=staff_id)
    return success()


def delete_staff(backend: Backend, request: Request) -> Reply:
    staff_id = request.path_params["staff_id"]

    def delete(now: Roster) -> None:
        del now.staff[now.member(staff_id)["staffId"]]
        for department in now.departments.values():
            department["leaders"] = [leader for leader in department["leaders"] if leader != staff_id]

    _change(backend, delete, "staff_delete", staffId=staff_id)
    return success({})


def _apply(now: Roster, staff: Record, body: Mapping[str, Any]) -> Record:
    """``staff`` with what a create or update body sets, refused unless the result is a valid org member."""
    updated = {**staff, **{key: copy.deepcopy(value) for key, value in body.items() if key not in NOT_KEPT}}
    if "mobilePhone" in body:
        updated["mobilePhone"] = {"countryCode": NEW_STAFF["mobilePhone"]["countryCode"], **body["mobilePhone"]}
    if "departments" in body:
        held = [now.department(item["id"])["id"] for item in body["departments"]]
        if not held:
            raise invalid("departments: a staff member needs at least one department")
        updated["departments"] = list(dict.fromkeys(held))
    for key in ("tags", "loginWays"):
        updated[key] = list(dict.fromkeys(updated[key]))
    extra = body.get("extraFieldSet", {})
    unknown = sorted(set(extra) - {field["id"] for field in EXTRA_FIELDS})
    if unknown:
        raise invalid(f"extraFieldSet: unknown extension fields {', '.join(unknown)}")
    updated["extraFieldSet"] = {**staff["extraFieldSet"], **extra}
    if not updated["loginWays"]:
        raise invalid("loginWays: give at least one way to sign in")
    for way in updated["loginWays"]:
        key, credential = SIGN_IN_CREDENTIALS[way]
        if not credential(updated):
            raise invalid(f"{key}: required for loginWays {way}")
    for key, value_of in UNIQUE_IN_ORG:
        value = value_of(updated)
        if value and any(o["staffId"] != staff["staffId"] and value_of(o) == value for o in now.staff.values()):
            raise invalid(f"{key}: already used by another staff member")
    return updated


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
