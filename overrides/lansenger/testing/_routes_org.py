"""Organisation, departments and staff: the sandbox answers them from the seed directory.

The directory is fixed data (`._directory`), so these handlers keep no state of their own. Choices where the
platform is silent: a department's member list and member counts cover its direct members only; a staff
member's ancestor chains run from the root down to, and including, each of their departments; a department's
ancestors stop at its parent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._checks import json_object, optional_flag, required_text, text_list
from ._directory import (
    DEPARTMENTS,
    EXTRA_FIELDS,
    ORG_BILLING_DATE,
    ORG_DAYS_LIMIT,
    ORG_ICON_URL,
    ORG_ID,
    ORG_MAX_MEMBERS,
    ORG_NAME,
    ORG_ORDER_TYPE,
    STAFF,
    Department,
    Staff,
)
from ._replies import OK, ApiError, JsonReply, Reply, invalid, success
from ._routing import Backend, Request, Route

NOT_FOUND = 64001
USER_NOT_FOUND = 50001
COUNTRY_CODE = "+86"
STATUS_NOT_ACTIVATED, STATUS_NORMAL, STATUS_FROZEN, STATUS_DELETED = 0, 1, 2, 3
EXTRA_FIELD_PAGE_SIZE, EXTRA_FIELD_MAX_PAGE_SIZE = 1000, 100000
DEPARTMENT_PAGE_SIZE, DEPARTMENT_MAX_PAGE_SIZE = 100, 100
SEARCH_PAGE_SIZE, SEARCH_MAX_PAGE_SIZE = 20, 100
"""The platform documents no default page size for search; 20 is the sandbox's."""

ID_LOOKUPS: dict[str, Callable[[Staff], str]] = {
    "employ_id": lambda staff: staff.employee_number,
    "mobile": lambda staff: staff.mobile,
    "mail": lambda staff: staff.email.casefold(),
    "login": lambda staff: staff.login_name,
    "external_id": lambda staff: staff.external_id,
}
_Item = TypeVar("_Item")


@dataclass(frozen=True)
class _Page(Generic[_Item]):
    """One page of a list, with the counts the platform reports beside it."""

    items: list[_Item]
    total: int
    has_more: bool


def _paged(items: Sequence[_Item], page: int, size: int) -> _Page[_Item]:
    start = (page - 1) * size
    return _Page(list(items[start : start + size]), len(items), start + size < len(items))


def _page_request(request: Request, default_size: int, max_size: int) -> tuple[int, int]:
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


def _org(org_id: str) -> None:
    if org_id != ORG_ID:
        raise ApiError(NOT_FOUND, "org not found")


def _department(department_id: str) -> Department:
    department = DEPARTMENTS.get(department_id)
    if department is None:
        raise ApiError(NOT_FOUND, "department not found")
    return department


def _staff(staff_id: str) -> Staff:
    staff = STAFF.get(staff_id)
    if staff is None:
        raise ApiError(USER_NOT_FOUND, "user not found")
    return staff


def _chain(department: Department) -> list[Department]:
    """From the root down to ``department`` itself."""
    chain = [department]
    while chain[0].parent_id is not None:
        chain.insert(0, DEPARTMENTS[chain[0].parent_id])
    return chain


def _children(department_id: str) -> list[Department]:
    children = [department for department in DEPARTMENTS.values() if department.parent_id == department_id]
    return sorted(children, key=lambda department: (department.order, department.id))


def _subtree(department_id: str) -> Iterator[str]:
    yield department_id
    for child in _children(department_id):
        yield from _subtree(child.id)


def _members(department_ids: Iterable[str]) -> list[Staff]:
    wanted = set(department_ids)
    return [staff for staff in STAFF.values() if wanted.intersection(staff.departments)]


def _reference(department: Department) -> dict[str, Any]:
    return {"departmentId": department.id, "departmentName": department.name}


def _phone(staff: Staff) -> dict[str, str]:
    return {"countryCode": COUNTRY_CODE, "number": staff.mobile}


def _leaders(staff: Staff) -> list[str]:
    """The leaders of the person's departments, nearest department first, never the person themself."""
    found: list[str] = []
    for department_id in staff.departments:
        for department in reversed(_chain(DEPARTMENTS[department_id])):
            found += [leader for leader in department.leaders if leader != staff.id and leader not in found]
    return found


def fetch_org(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    _org(request.path_params["org_id"])
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
    _org(request.path_params["org_id"])
    page = _paged(EXTRA_FIELDS, *_page_request(request, EXTRA_FIELD_PAGE_SIZE, EXTRA_FIELD_MAX_PAGE_SIZE))
    fields = [{"id": field.id, "name": field.name} for field in page.items]
    return success({"extraFieldIds": fields, "total": page.total, "hasMore": page.has_more})


def fetch_department(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    department = _department(request.path_params["department_id"])
    statuses = [staff.status for staff in _members([department.id])]
    return success(
        {
            "id": department.id,
            "name": department.name,
            "externalId": department.external_id,
            "parentId": department.parent_id or "",
            "order": department.order,
            "hasChildren": bool(_children(department.id)),
            "normalMembers": statuses.count(STATUS_NORMAL),
            "inactiveMembers": statuses.count(STATUS_NOT_ACTIVATED),
            "frozenMembers": statuses.count(STATUS_FROZEN),
            "deletedMembers": statuses.count(STATUS_DELETED),
            "tags": list(department.tags),
            "ancestorDepartments": [_reference(ancestor) for ancestor in _chain(department)[:-1]],
            "leaders": list(department.leaders),
            "emails": list(department.emails),
            "phones": list(department.phones),
            "addresses": list(department.addresses),
            "introductions": list(department.introductions),
        }
    )


def list_child_departments(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    parent = _department(request.path_params["department_id"])
    children = [
        {
            "id": child.id,
            "name": child.name,
            "externalId": child.external_id,
            "hasChildren": bool(_children(child.id)),
            "membersCount": len(_members([child.id])),
        }
        for child in _children(parent.id)
    ]
    return success({"departments": children})


def list_department_staffs(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    department = _department(request.path_params["department_id"])
    members = _members([department.id])
    page = _paged(members, *_page_request(request, DEPARTMENT_PAGE_SIZE, DEPARTMENT_MAX_PAGE_SIZE))
    staffs = [
        {
            "staffId": staff.id,
            "name": staff.name,
            "email": staff.email,
            "mobilePhone": _phone(staff),
            "externalId": staff.external_id,
            "status": staff.status,
        }
        for staff in page.items
    ]
    return success({"staffs": staffs, "total": page.total, "hasMore": page.has_more})


def fetch_staff(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    staff = _staff(request.path_params["staff_id"])
    return success(
        {
            "staffId": staff.id,
            "name": staff.name,
            "orgId": ORG_ID,
            "orgName": ORG_NAME,
            "gender": staff.gender,
            "signature": staff.signature,
            "status": staff.status,
            "departments": [_reference(DEPARTMENTS[department_id]) for department_id in staff.departments],
        }
    )


def fetch_staff_detail(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    staff = _staff(request.path_params["staff_id"])
    return success(
        {
            "name": staff.name,
            "signature": staff.signature,
            "status": staff.status,
            "gender": staff.gender,
            "orgId": ORG_ID,
            "orgName": ORG_NAME,
            "departments": [_reference(DEPARTMENTS[department_id]) for department_id in staff.departments],
            "loginName": staff.login_name,
            "employeeNumber": staff.employee_number,
            "email": staff.email,
            "externalId": staff.external_id,
            "mobilePhone": _phone(staff),
            "duties": staff.duties,
            "loginWays": [0],
            "extraFieldSet": dict(staff.extra_fields),
            "leaders": _leaders(staff),
        }
    )


def list_staff_department_ancestors(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    staff = _staff(request.path_params["staff_id"])
    chains = [
        {"ancestorDepartments": [_reference(department) for department in _chain(DEPARTMENTS[department_id])]}
        for department_id in staff.departments
    ]
    return JsonReply({"errCode": OK, "errMsg": "ok", "data": chains})


def map_staff_id(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    org_id = request.required_param("org_id")
    id_type = request.required_param("id_type")
    id_value = request.required_param("id_value")
    lookup = ID_LOOKUPS.get(id_type)
    if lookup is None:
        raise invalid(f"id_type: must be one of {', '.join(ID_LOOKUPS)}")
    wanted = id_value.casefold() if id_type == "mail" else id_value
    found = [staff.id for staff in STAFF.values() if org_id == ORG_ID and lookup(staff) == wanted]
    if not found:
        raise ApiError(USER_NOT_FOUND, "user not found")
    return success({"staffId": found[0]})


def search_staffs(backend: Backend, request: Request) -> Reply:
    searcher = backend.acting_staff(request) or request.param("user_id")
    if searcher is None:
        raise invalid("user_token or user_id: one is required")
    _staff(searcher)
    body = json_object(request.json, "body")
    keyword = required_text(body, "keyword").casefold()
    candidates = _search_scope(body)
    matches = [staff for staff in candidates if keyword in staff.name.casefold()]
    number, size = _page_request(request, SEARCH_PAGE_SIZE, SEARCH_MAX_PAGE_SIZE)
    if request.param("page") is None:
        size = SEARCH_PAGE_SIZE  # the platform silently drops a page_size that comes without page
    page = _paged(matches, number, size)
    hits = [
        {"staffId": staff.id, "name": staff.name, "email": staff.email, "mobilePhone": _phone(staff)}
        for staff in page.items
    ]
    return success({"staffInfo": hits, "total": page.total, "hasMore": page.has_more})


def _search_scope(body: Mapping[str, Any]) -> list[Staff]:
    """The staff ``searchScope`` allows: named departments (and, when recursive, their sub-departments)."""
    recursive = optional_flag(body, "recursive")
    scope = json_object(body.get("searchScope", {}), "searchScope")
    org_ids = text_list(scope, "orgIds", "searchScope.")
    sectors = text_list(scope, "sectorIds", "searchScope.")
    if org_ids and ORG_ID not in org_ids:
        return []
    if not sectors:
        return list(STAFF.values())
    departments: set[str] = set()
    for sector in sectors:
        _department(sector)
        departments.update(_subtree(sector) if recursive is not False else (sector,))
    return _members(departments)


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
