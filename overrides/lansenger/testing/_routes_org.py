"""Organisation, departments and staff reads: the sandbox answers them from its copy of the directory.

Every sandbox starts from the seed (`._directory`); departments and staff the contact-admin routes create,
change or delete (`._routes_org_admin`) show here at once. Choices where the platform is silent: a department's
member list and member counts cover its direct members only; a staff member's ancestor chains run from the root
down to, and including, each of their departments; a department's ancestors stop at its parent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._directory import (
    EXTRA_FIELDS,
    ORG_BILLING_DATE,
    ORG_DAYS_LIMIT,
    ORG_ICON_URL,
    ORG_ID,
    ORG_MAX_MEMBERS,
    ORG_NAME,
    ORG_ORDER_TYPE,
    Department,
    Staff,
)
from ._org_store import Roster, check_org, directory
from ._replies import OK, USER_NOT_FOUND, ApiError, JsonReply, Reply, invalid, success
from ._routing import Backend, Request, Route

STATUS_NOT_ACTIVATED, STATUS_NORMAL, STATUS_FROZEN, STATUS_DELETED = 0, 1, 2, 3
EXTRA_FIELD_PAGE_SIZE, EXTRA_FIELD_MAX_PAGE_SIZE = 1000, 100000
DEPARTMENT_PAGE_SIZE, DEPARTMENT_MAX_PAGE_SIZE = 100, 100
SEARCH_PAGE_SIZE, SEARCH_MAX_PAGE_SIZE = 20, 100
"""The platform documents no default page size for search; 20 is the sandbox's."""
DETAIL_PROFILE_KEYS = (
    "avatarId",
    "avatarUrl",
    "birthdate",
    "nationality",
    "nativePlace",
    "idNumber",
    "parties",
    "address",
    "introduction",
    "education",
    "career",
    "extraPhones",
)
"""Stored profile keys the detail read reports, as the platform spells them."""

ID_LOOKUPS: dict[str, Callable[[Staff], str]] = {
    "employ_id": lambda staff: staff.employee_number,
    "mobile": lambda staff: staff.mobile,
    "mail": lambda staff: staff.email.casefold(),
    "login": lambda staff: staff.login_name,
    "external_id": lambda staff: staff.external_id,
}
_Item = TypeVar("_Item")


@dataclass(frozen=True)
class Page(Generic[_Item]):
    """One page of a list, with the counts the platform reports beside it."""

    items: list[_Item]
    total: int
    has_more: bool


def paged(items: Sequence[_Item], page: int, size: int) -> Page[_Item]:
    start = (page - 1) * size
    return Page(list(items[start : start + size]), len(items), start + size < len(items))


def page_request(request: Request, default_size: int, max_size: int) -> tuple[int, int]:
    """The ``page`` and ``page_size`` asked for, with the platform's defaults for those left out."""
    return _positive_param(request, "page", 1, None), _positive_param(request, "page_size", default_size, max_size)


def _positive_param(request: Request, name: str, default: int, maximum: int | None) -> int:
    text = request.param(name)
    if text is None:
        return default
    if not text.isdigit() or int(text) < 1:
        raise invalid(f"{name}: expected a positive integer")
    if maximum is not None and int(text) > maximum:
        raise invalid(f"{name}: must be <= {maximum}")
    return int(text)


def roster(backend: Backend, request: Request) -> Roster:
    """The directory as it stands, once the caller's user_token (if any) is known to be live."""
    backend.acting_staff(request)
    return directory(backend.state).read()


def phone(staff: Staff) -> dict[str, str]:
    return {"countryCode": staff.country_code, "number": staff.mobile}


def _reference(department: Department) -> dict[str, Any]:
    return {"departmentId": department.id, "departmentName": department.name}


def fetch_org(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    check_org(request.path_params["org_id"])
    return success(
        {
            "orgId": ORG_ID,
            "orgName": ORG_NAME,
            "iconUrl": ORG_ICON_URL,
            "orgMaxMemberLimit": ORG_MAX_MEMBERS,
            "orgOrderType": ORG_ORDER_TYPE,
            "orgDaysLimit": ORG_DAYS_LIMIT,
            "orgBillingDate": ORG_BILLING_DATE,
        }
    )


def list_extra_field_ids(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    check_org(request.path_params["org_id"])
    page = paged(EXTRA_FIELDS, *page_request(request, EXTRA_FIELD_PAGE_SIZE, EXTRA_FIELD_MAX_PAGE_SIZE))
    fields = [{"id": field.id, "name": field.name} for field in page.items]
    return success({"extraFieldIds": fields, "total": page.total, "hasMore": page.has_more})


def fetch_department(backend: Backend, request: Request) -> Reply:
    now = roster(backend, request)
    department = now.department(request.path_params["department_id"])
    statuses = [staff.status for staff in now.members([department.id])]
    return success(
        {
            "id": department.id,
            "name": department.name,
            "externalId": department.external_id,
            "parentId": department.parent_id or "",
            "order": department.order,
            "hasChildren": bool(now.children(department.id)),
            "normalMembers": statuses.count(STATUS_NORMAL),
            "inactiveMembers": statuses.count(STATUS_NOT_ACTIVATED),
            "frozenMembers": statuses.count(STATUS_FROZEN),
            "deletedMembers": statuses.count(STATUS_DELETED),
            "tags": list(department.tags),
            "ancestorDepartments": [_reference(ancestor) for ancestor in now.chain(department)[:-1]],
            "leaders": list(department.leaders),
            "emails": list(department.emails),
            "phones": list(department.phones),
            "addresses": list(department.addresses),
            "introductions": list(department.introductions),
        }
    )


def list_child_departments(backend: Backend, request: Request) -> Reply:
    now = roster(backend, request)
    parent = now.department(request.path_params["department_id"])
    children = [
        {
            "id": child.id,
            "name": child.name,
            "externalId": child.external_id,
            "hasChildren": bool(now.children(child.id)),
            "membersCount": len(now.members([child.id])),
        }
        for child in now.children(parent.id)
    ]
    return success({"departments": children})


def list_department_staffs(backend: Backend, request: Request) -> Reply:
    now = roster(backend, request)
    department = now.department(request.path_params["department_id"])
    members = now.members([department.id])
    page = paged(members, *page_request(request, DEPARTMENT_PAGE_SIZE, DEPARTMENT_MAX_PAGE_SIZE))
    staffs = [
        {
            "staffId": staff.id,
            "name": staff.name,
            "email": staff.email,
            "mobilePhone": phone(staff),
            "externalId": staff.external_id,
            "status": staff.status,
        }
        for staff in page.items
    ]
    return success({"staffs": staffs, "total": page.total, "hasMore": page.has_more})


def fetch_staff(backend: Backend, request: Request) -> Reply:
    now = roster(backend, request)
    staff = now.member(request.path_params["staff_id"])
    avatar = {key: staff.profile[key] for key in ("avatarId", "avatarUrl") if key in staff.profile}
    return success(
        {
            "staffId": staff.id,
            "name": staff.name,
            "orgId": ORG_ID,
            "orgName": ORG_NAME,
            "gender": staff.gender,
            "signature": staff.signature,
            "status": staff.status,
            "departments": [_reference(now.departments[department_id]) for department_id in staff.departments],
            **avatar,
        }
    )


def fetch_staff_detail(backend: Backend, request: Request) -> Reply:
    now = roster(backend, request)
    staff = now.member(request.path_params["staff_id"])
    profile = {key: staff.profile[key] for key in DETAIL_PROFILE_KEYS if key in staff.profile}
    return success(
        {
            "name": staff.name,
            "signature": staff.signature,
            "status": staff.status,
            "gender": staff.gender,
            "orgId": ORG_ID,
            "orgName": ORG_NAME,
            "departments": [_reference(now.departments[department_id]) for department_id in staff.departments],
            "loginName": staff.login_name,
            "employeeNumber": staff.employee_number,
            "email": staff.email,
            "externalId": staff.external_id,
            "mobilePhone": phone(staff),
            "duties": staff.duties,
            "loginWays": list(staff.login_ways),
            "tags": list(staff.tags),
            "extraFieldSet": dict(staff.extra_fields),
            "leaders": now.leaders(staff),
            **profile,
        }
    )


def list_staff_department_ancestors(backend: Backend, request: Request) -> Reply:
    now = roster(backend, request)
    staff = now.member(request.path_params["staff_id"])
    chains = [
        {"ancestorDepartments": [_reference(department) for department in now.chain(now.departments[department_id])]}
        for department_id in staff.departments
    ]
    return JsonReply({"errCode": OK, "errMsg": "ok", "data": chains})


def map_staff_id(backend: Backend, request: Request) -> Reply:
    now = roster(backend, request)
    org_id = request.required_param("org_id")
    id_type = request.required_param("id_type")
    id_value = request.required_param("id_value")
    lookup = ID_LOOKUPS.get(id_type)
    if lookup is None:
        raise invalid(f"id_type: must be one of {', '.join(ID_LOOKUPS)}")
    wanted = id_value.casefold() if id_type == "mail" else id_value
    found = [staff.id for staff in now.staff.values() if org_id == ORG_ID and lookup(staff) == wanted]
    if not found:
        raise ApiError(USER_NOT_FOUND, "user not found")
    return success({"staffId": found[0]})


def search_staffs(backend: Backend, request: Request) -> Reply:
    searcher = backend.acting_staff(request) or request.param("user_id")
    if searcher is None:
        raise invalid("user_token or user_id: one is required")
    now = directory(backend.state).read()
    now.member(searcher)
    body = request.json
    keyword = body["keyword"].casefold()
    candidates = _search_scope(now, body)
    matches = [staff for staff in candidates if keyword in staff.name.casefold()]
    number, size = page_request(request, SEARCH_PAGE_SIZE, SEARCH_MAX_PAGE_SIZE)
    if request.param("page") is None:
        size = SEARCH_PAGE_SIZE  # the platform silently drops a page_size that comes without page
    page = paged(matches, number, size)
    hits = [
        {"staffId": staff.id, "name": staff.name, "email": staff.email, "mobilePhone": phone(staff)}
        for staff in page.items
    ]
    return success({"staffInfo": hits, "total": page.total, "hasMore": page.has_more})


def _search_scope(now: Roster, body: Mapping[str, Any]) -> list[Staff]:
    """The staff ``searchScope`` allows: named departments (and, when recursive, their sub-departments)."""
    recursive = body.get("recursive")
    scope = body.get("searchScope", {})
    org_ids = scope.get("orgIds", [])
    sectors = scope.get("sectorIds", [])
    if org_ids and ORG_ID not in org_ids:
        return []
    if not sectors:
        return list(now.staff.values())
    departments: set[str] = set()
    for sector in sectors:
        now.department(sector)
        departments.update(now.subtree(sector) if recursive is not False else (sector,))
    return now.members(departments)


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
