"""Organisation, department and staff reads, answered from the sandbox's directory as it stands.

Records are projected onto each read's response schema. Where the platform is silent: a department's members and
member counts are its direct members; a person's ancestor chains run from the root down to each of their
departments, included; a department's ancestors stop at its parent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from lansenger_api.errors import ErrorCode

from ._directory import EXTRA_FIELDS, ORG_ID, ORG_NAME, Record, Roster, check_org, directory
from ._replies import ApiError, Reply, invalid, success
from ._routing import Backend, Request, Route
from ._spec import query_default, schema_properties

STATUS_COUNTS = {"inactiveMembers": 0, "normalMembers": 1, "frozenMembers": 2, "deletedMembers": 3}
"""The member counts of a department read, by the staff status each counts (StaffStatus in the spec)."""
SEARCH_PAGE_SIZE = 20
"""Search's page size when none is given: the platform documents none (the other reads' come from the spec)."""
ID_LOOKUPS = {"employ_id": "employeeNumber", "mail": "email", "login": "loginName", "external_id": "externalId"}


def project(record: Mapping[str, Any], schema: str, **more: Any) -> dict[str, Any]:
    """The record's fields the response schema declares, with ``more`` on top."""
    fields = schema_properties(schema)
    return {key: value for key, value in record.items() if key in fields} | more


def paged(request: Request, items: Sequence[Any], default_size: int) -> dict[str, Any]:
    """One page (``page`` from 1) with the platform's total and hasMore beside it."""
    size = int(request.param("page_size") or default_size)
    start = (int(request.param("page") or 1) - 1) * size
    return {"items": list(items[start : start + size]), "total": len(items), "hasMore": start + size < len(items)}


def references(now: Roster, department_ids: Iterable[str]) -> list[dict[str, str]]:
    refs = (now.departments[department_id] for department_id in department_ids)
    return [{"departmentId": department["id"], "departmentName": department["name"]} for department in refs]


def fetch_org(backend: Backend, request: Request) -> Reply:
    check_org(request.path_params["org_id"])
    return success({"orgId": ORG_ID, "orgName": ORG_NAME})


def list_extra_field_ids(backend: Backend, request: Request) -> Reply:
    check_org(request.path_params["org_id"])
    page = paged(request, EXTRA_FIELDS, query_default("GET", "/v1/org/{org_id}/extrafieldids/fetch", "page_size"))
    return success({"extraFieldIds": page.pop("items"), **page})


def fetch_department(backend: Backend, request: Request) -> Reply:
    now = directory(backend.state).read()
    department = now.department(request.path_params["department_id"])
    statuses = [staff["status"] for staff in now.members([department["id"]])]
    counts = {key: statuses.count(status) for key, status in STATUS_COUNTS.items()}
    ancestors = references(now, [ancestor["id"] for ancestor in now.chain(department)[:-1]])
    detail = project(department, "DepartmentDetail", parentId=department["parentId"] or "", **counts)
    return success(detail | {"hasChildren": bool(now.children(department["id"])), "ancestorDepartments": ancestors})


def list_child_departments(backend: Backend, request: Request) -> Reply:
    now = directory(backend.state).read()
    parent = now.department(request.path_params["department_id"])
    children = [
        project(
            child,
            "DepartmentChild",
            hasChildren=bool(now.children(child["id"])),
            membersCount=len(now.members([child["id"]])),
        )
        for child in now.children(parent["id"])
    ]
    return success({"departments": children})


def list_department_staffs(backend: Backend, request: Request) -> Reply:
    now = directory(backend.state).read()
    members = now.members([now.department(request.path_params["department_id"])["id"]])
    page = paged(request, members, query_default("GET", "/v1/departments/{department_id}/staffs/fetch", "page_size"))
    return success({"staffs": [project(staff, "DepartmentStaff") for staff in page.pop("items")], **page})


def _profile(now: Roster, staff: Record, schema: str, **more: Any) -> dict[str, Any]:
    org = {"orgId": ORG_ID, "orgName": ORG_NAME}
    return project(staff, schema, departments=references(now, staff["departments"]), **org, **more)


def fetch_staff(backend: Backend, request: Request) -> Reply:
    now = directory(backend.state).read()
    return success(_profile(now, now.member(request.path_params["staff_id"]), "StaffInfo"))


def fetch_staff_detail(backend: Backend, request: Request) -> Reply:
    now = directory(backend.state).read()
    staff = now.member(request.path_params["staff_id"])
    return success(_profile(now, staff, "StaffDetail", leaders=now.leaders(staff)))


def list_staff_department_ancestors(backend: Backend, request: Request) -> Reply:
    now = directory(backend.state).read()
    staff = now.member(request.path_params["staff_id"])
    chains = [
        {"ancestorDepartments": references(now, [d["id"] for d in now.chain(now.departments[department_id])])}
        for department_id in staff["departments"]
    ]
    return success(chains)


def _lookup(staff: Record, id_type: str) -> str:
    if id_type == "mobile":
        return str(staff["mobilePhone"]["number"])
    value = str(staff.get(ID_LOOKUPS[id_type], ""))
    return value.casefold() if id_type == "mail" else value


def map_staff_id(backend: Backend, request: Request) -> Reply:
    now = directory(backend.state).read()
    id_type, wanted = request.required_param("id_type"), request.required_param("id_value")
    wanted = wanted.casefold() if id_type == "mail" else wanted
    found = [staff["staffId"] for staff in now.staff.values() if _lookup(staff, id_type) == wanted]
    if request.required_param("org_id") != ORG_ID or not found:
        raise ApiError(ErrorCode.USER_NOT_FOUND, "user not found")
    return success({"staffId": found[0]})


def search_staffs(backend: Backend, request: Request) -> Reply:
    searcher = backend.acting_staff(request) or request.param("user_id")
    if searcher is None:
        raise invalid("user_token or user_id: one is required")
    now = directory(backend.state).read()
    now.member(searcher)
    keyword = request.json["keyword"].casefold()
    matches = [staff for staff in _search_scope(now, request.json) if keyword in staff["name"].casefold()]
    if request.param("page") is None:  # the platform silently drops a page_size that comes without page
        request.query = {**request.query, "page_size": []}
    page = paged(request, matches, SEARCH_PAGE_SIZE)
    return success({"staffInfo": [project(staff, "StaffSearchHit") for staff in page.pop("items")], **page})


def _search_scope(now: Roster, body: Mapping[str, Any]) -> list[Record]:
    """The staff ``searchScope`` allows: named departments (and, when recursive, their sub-departments)."""
    scope = body.get("searchScope", {})
    org_ids, sectors = scope.get("orgIds", []), scope.get("sectorIds", [])
    if org_ids and ORG_ID not in org_ids:
        return []
    if not sectors:
        return list(now.staff.values())
    recursive = body.get("recursive") is not False
    departments = [d for sector in sectors for d in (now.subtree(sector) if recursive else [sector])]
    return now.members([now.department(department)["id"] for department in departments])


ROUTES: tuple[Route, ...] = (
    Route("GET", "/v1/org/{org_id}/fetch", fetch_org),
    Route("GET", "/v1/org/{org_id}/extrafieldids/fetch", list_extra_field_ids),
    Route("GET", "/v1/departments/{department_id}/fetch", fetch_department),
    Route("GET", "/v1/departments/{department_id}/children/fetch", list_child_departments),
    Route("GET", "/v1/departments/{department_id}/staffs/fetch", list_department_staffs),
    Route("GET", "/v1/staffs/{staff_id}/fetch", fetch_staff),
    Route("GET", "/v1/staffs/{staff_id}/infor/fetch", fetch_staff_detail),
    Route("GET", "/v1/staffs/{staff_id}/departmentancestors/fetch", list_staff_department_ancestors),
    Route("GET", "/v2/staffs/id_mapping/fetch", map_staff_id),
    Route("POST", "/v2/staffs/search", search_staffs, takes_json=True),
)
