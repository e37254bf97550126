"""Organisation, departments and staff on the wire: method, path, exact query and body, typed answers, paging."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx
from lansenger import AsyncLansenger, InvalidArgumentError, InvalidRequestError, Lansenger, NotFoundError
from lansenger_api.models.department_child import DepartmentChild
from lansenger_api.models.department_children import DepartmentChildren
from lansenger_api.models.department_detail import DepartmentDetail
from lansenger_api.models.department_staff_page import DepartmentStaffPage
from lansenger_api.models.org_extra_field_id_page import OrgExtraFieldIdPage
from lansenger_api.models.org_info import OrgInfo
from lansenger_api.models.staff_ancestor_chain import StaffAncestorChain
from lansenger_api.models.staff_detail import StaffDetail
from lansenger_api.models.staff_id_mapping import StaffIdMapping
from lansenger_api.models.staff_id_type import STAFF_ID_TYPE_MOBILE
from lansenger_api.models.staff_info import StaffInfo
from lansenger_api.models.staff_search_page import StaffSearchPage
from lansenger_api.models.staff_search_scope import StaffSearchScope

from tests._envelopes import GATEWAY, TOKEN, ok
from tests._wire import Case, run_error, wire_tests

ORG = "524288"
ROOT = "524288-0"
ENGINEERING = "524288-1"
ADA = "524288-1001"


def check_org(org: OrgInfo) -> None:
    assert isinstance(org, OrgInfo)
    assert (org.org_id, org.org_name, org.icon_url) == (ORG, "Sandbox Org", "https://cdn.example/icon.png")
    assert (org.org_max_member_limit, org.org_order_type, org.org_days_limit, org.org_billing_date) == (
        500,
        1,
        365,
        1704067200,
    )


def check_extra_fields(page: OrgExtraFieldIdPage) -> None:
    assert isinstance(page, OrgExtraFieldIdPage)
    assert (page.total, page.has_more, page.latest_version) == (3, True, "1700000000000000")
    first, second = page.extra_field_ids
    assert (first.id, first.name, first.category) == ("ef-1", "Office", 1)
    assert second.extra_field_id == "ef-2"


def check_department(department: DepartmentDetail) -> None:
    assert isinstance(department, DepartmentDetail)
    assert (department.id, department.name, department.parent_id, department.order) == (
        ENGINEERING,
        "Engineering",
        ROOT,
        1.5,
    )
    assert department.has_children is True
    assert (department.normal_members, department.inactive_members) == (2, 1)
    assert (department.frozen_members, department.deleted_members, department.dept_type) == (0, 0, 0)
    assert department.tags == ["tech"] and department.leaders == [ADA]
    assert department.emails == ["eng@example.com"] and department.phones == ["010-5550100"]
    assert department.addresses == ["Building A"] and department.introductions == ["Builds the product."]
    (root,) = department.ancestor_departments
    assert (root.department_id, root.department_name) == (ROOT, "Sandbox Org")


def check_children(children: DepartmentChildren) -> None:
    assert isinstance(children, DepartmentChildren)
    first, second = children.departments
    assert isinstance(first, DepartmentChild)
    assert (first.id, first.name, first.has_children, first.members_count) == (ENGINEERING, "Engineering", True, 2)
    assert (second.id, second.name) == ("524288-2", "Sales")


def check_department_staffs(page: DepartmentStaffPage) -> None:
    assert isinstance(page, DepartmentStaffPage)
    assert (page.total, page.has_more) == (2, False)
    ada, grace = page.staffs
    assert (ada.staff_id, ada.name, ada.status) == (ADA, "Ada Lovelace", 1)
    assert (ada.mobile_phone.country_code, ada.mobile_phone.number) == ("+86", "13800000001")
    assert (grace.id, grace.org_id) == ("524288-1002", 524288)


def check_staff(staff: StaffInfo) -> None:
    assert isinstance(staff, StaffInfo)
    assert (staff.staff_id, staff.name, staff.org_id, staff.org_name) == (ADA, "Ada Lovelace", ORG, "Sandbox Org")
    assert (staff.gender, staff.status, staff.signature) == (2, 1, "Poetical science")
    assert (staff.avatar, staff.avatar_id) == ("https://cdn.example/ada.png", "av-1")
    assert [department.department_id for department in staff.departments] == [ENGINEERING]


def check_staff_detail(staff: StaffDetail) -> None:
    assert isinstance(staff, StaffDetail)
    assert (staff.name, staff.login_name, staff.employee_number, staff.email) == (
        "Ada Lovelace",
        "ada.lovelace",
        "E0001",
        "ada@example.com",
    )
    assert (staff.mobile_phone.country_code, staff.mobile_phone.number) == ("+86", "13800000001")
    assert staff.extra_phones[0].phone_number == "13900000001"
    assert staff.introduction.introduction == "Analyst" and staff.introduction.media_ids == ["md-1"]
    assert staff.education[0].unit == "University of London" and staff.career[0].start_date == "1842-01-01"
    assert staff.login_ways == [0, 1] and staff.tags == ["founder"] and staff.leaders == []
    assert staff.extra_field_set["ef-1"] == "A-301"
    assert (staff.duties, staff.join_date, staff.birthdate) == ("Head of Engineering", 1700000000, "1815-12-10")


def check_ancestors(chains: list[StaffAncestorChain]) -> None:
    assert len(chains) == 2
    assert all(isinstance(chain, StaffAncestorChain) for chain in chains)
    assert [ref.department_id for ref in chains[0].ancestor_departments] == [ROOT, ENGINEERING]
    assert [ref.name for ref in chains[1].ancestor_departments] == ["Sandbox Org"]


def check_mapping(mapping: StaffIdMapping) -> None:
    assert isinstance(mapping, StaffIdMapping) and mapping.staff_id == ADA


def check_search(page: StaffSearchPage) -> None:
    assert isinstance(page, StaffSearchPage)
    assert (page.total, page.has_more) == (1, False)
    (hit,) = page.staff_info
    assert (hit.staff_id, hit.name, hit.email, hit.icon) == (ADA, "Ada Lovelace", "ada@example.com", "https://x/a.png")


CASES = [
    Case(
        "fetch_org",
        lambda c: c.org.fetch_org(ORG),
        "GET",
        f"/v1/org/{ORG}/fetch",
        data={
            "orgId": ORG,
            "orgName": "Sandbox Org",
            "iconUrl": "https://cdn.example/icon.png",
            "orgMaxMemberLimit": 500,
            "orgOrderType": 1,
            "orgDaysLimit": 365,
            "orgBillingDate": 1704067200,
        },
        check=check_org,
    ),
    Case(
        "list_extra_field_ids",
        lambda c: c.org.list_extra_field_ids(ORG, page=2, page_size=2, user_token="ut-1"),
        "GET",
        f"/v1/org/{ORG}/extrafieldids/fetch",
        query={"user_token": "ut-1", "page": "2", "page_size": "2"},
        data={
            "hasMore": True,
            "total": 3,
            "latestVersion": "1700000000000000",
            "extraFieldIds": [{"id": "ef-1", "name": "Office", "category": 1}, {"extraFieldId": "ef-2"}],
        },
        check=check_extra_fields,
    ),
    Case(
        "fetch_department",
        lambda c: c.departments.fetch_department(ENGINEERING, tag_id="tag-1"),
        "GET",
        f"/v1/departments/{ENGINEERING}/fetch",
        query={"tag_id": "tag-1"},
        data={
            "id": ENGINEERING,
            "name": "Engineering",
            "externalId": "dept-eng",
            "parentId": ROOT,
            "order": 1.5,
            "hasChildren": True,
            "normalMembers": 2,
            "inactiveMembers": 1,
            "frozenMembers": 0,
            "deletedMembers": 0,
            "tags": ["tech"],
            "ancestorDepartments": [{"departmentId": ROOT, "departmentName": "Sandbox Org"}],
            "leaders": [ADA],
            "emails": ["eng@example.com"],
            "phones": ["010-5550100"],
            "addresses": ["Building A"],
            "introductions": ["Builds the product."],
            "deptType": 0,
        },
        check=check_department,
    ),
    Case(
        "list_child_departments",
        lambda c: c.departments.list_child_departments(ROOT, user_token="ut-1"),
        "GET",
        f"/v1/departments/{ROOT}/children/fetch",
        query={"user_token": "ut-1"},
        data={
            "departments": [
                {"id": ENGINEERING, "name": "Engineering", "hasChildren": True, "membersCount": 2},
                {"id": "524288-2", "name": "Sales"},
            ]
        },
        check=check_children,
    ),
    Case(
        "list_department_staffs",
        lambda c: c.departments.list_department_staffs(ENGINEERING, page_size=50),
        "GET",
        f"/v1/departments/{ENGINEERING}/staffs/fetch",
        query={"page": "1", "page_size": "50"},
        data={
            "hasMore": False,
            "total": 2,
            "staffs": [
                {
                    "staffId": ADA,
                    "name": "Ada Lovelace",
                    "status": 1,
                    "mobilePhone": {"countryCode": "+86", "number": "13800000001"},
                },
                {"id": "524288-1002", "name": "Grace Hopper", "orgId": 524288},
            ],
        },
        check=check_department_staffs,
    ),
    Case(
        "fetch_staff",
        lambda c: c.staffs.fetch_staff(ADA, user_token="ut-1"),
        "GET",
        f"/v1/staffs/{ADA}/fetch",
        query={"user_token": "ut-1"},
        data={
            "staffId": ADA,
            "name": "Ada Lovelace",
            "orgId": ORG,
            "orgName": "Sandbox Org",
            "gender": 2,
            "signature": "Poetical science",
            "avatar": "https://cdn.example/ada.png",
            "avatarId": "av-1",
            "status": 1,
            "departments": [{"departmentId": ENGINEERING}],
        },
        check=check_staff,
    ),
    Case(
        "fetch_staff_detail",
        lambda c: c.staffs.fetch_staff_detail(ADA),
        "GET",
        f"/v1/staffs/{ADA}/infor/fetch",
        data={
            "name": "Ada Lovelace",
            "status": 1,
            "gender": 2,
            "orgId": ORG,
            "loginName": "ada.lovelace",
            "employeeNumber": "E0001",
            "email": "ada@example.com",
            "mobilePhone": {"countryCode": "+86", "number": "13800000001"},
            "extraPhones": [{"phoneNumber": "13900000001"}],
            "birthdate": "1815-12-10",
            "duties": "Head of Engineering",
            "introduction": {"introduction": "Analyst", "mediaIds": ["md-1"]},
            "education": [{"unit": "University of London", "startDate": "1840-01-01", "endDate": "1842-01-01"}],
            "career": [{"unit": "Analytical Engine", "startDate": "1842-01-01", "description": "Notes"}],
            "loginWays": [0, 1],
            "tags": ["founder"],
            "extraFieldSet": {"ef-1": "A-301"},
            "leaders": [],
            "joinDate": 1700000000,
        },
        check=check_staff_detail,
    ),
    Case(
        "list_staff_department_ancestors",
        lambda c: c.staffs.list_staff_department_ancestors(ADA),
        "GET",
        f"/v1/staffs/{ADA}/departmentancestors/fetch",
        data=[
            {
                "ancestorDepartments": [
                    {"departmentId": ROOT, "departmentName": "Sandbox Org"},
                    {"departmentId": ENGINEERING, "departmentName": "Engineering"},
                ]
            },
            {"ancestorDepartments": [{"id": ROOT, "name": "Sandbox Org"}]},
        ],
        check=check_ancestors,
    ),
    Case(
        "map_staff_id",
        lambda c: c.staffs.map_staff_id(org_id=ORG, id_type=STAFF_ID_TYPE_MOBILE, id_value="13800000001"),
        "GET",
        "/v2/staffs/id_mapping/fetch",
        query={"org_id": ORG, "id_type": "mobile", "id_value": "13800000001"},
        data={"staffId": ADA},
        check=check_mapping,
    ),
    Case(
        "search_staffs",
        lambda c: c.staffs.search_staffs(
            keyword="Ada",
            recursive=False,
            search_scope=StaffSearchScope(sector_ids=[ENGINEERING]),
            user_token="ut-1",
            page=2,
            page_size=20,
        ),
        "POST",
        "/v2/staffs/search",
        query={"user_token": "ut-1", "page": "2", "page_size": "20"},
        body={"keyword": "Ada", "recursive": False, "searchScope": {"sectorIds": [ENGINEERING]}},
        data={
            "hasMore": False,
            "total": 1,
            "staffInfo": [
                {"staffId": ADA, "name": "Ada Lovelace", "email": "ada@example.com", "icon": "https://x/a.png"}
            ],
        },
        check=check_search,
    ),
]


test_wire, test_wire_async = wire_tests(CASES)


def test_search_with_only_page_size_still_sends_page_1(router: respx.MockRouter) -> None:
    """The platform drops a lone page_size, so page travels even when the caller leaves it out."""
    route = router.post("/v2/staffs/search").respond(json=ok({"total": 0, "staffInfo": []}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.staffs.search_staffs(keyword="Ada", user_id=ADA, page_size=10)
    request = route.calls.last.request
    assert dict(request.url.params) == {"app_token": TOKEN, "user_id": ADA, "page": "1", "page_size": "10"}
    assert json.loads(request.content) == {"keyword": "Ada", "recursive": True}


# Paging: each paged operation walked over a mocked gateway that slices a fixed list of items.
PagedCall = Callable[[Any], Any]


def _items(key: str, count: int) -> list[dict[str, Any]]:
    makers: dict[str, Callable[[int], dict[str, Any]]] = {
        "extraFieldIds": lambda n: {"id": f"ef-{n}", "name": f"Field {n}"},
        "staffs": lambda n: {"staffId": f"s-{n}", "name": f"Staff {n}"},
        "staffInfo": lambda n: {"staffId": f"s-{n}", "name": f"Staff {n}"},
    }
    return [makers[key](n) for n in range(1, count + 1)]


PAGED = [
    pytest.param(
        "GET",
        f"/v1/org/{ORG}/extrafieldids/fetch",
        "extraFieldIds",
        lambda c: c.org.iter_list_extra_field_ids(ORG, page_size=2),
        lambda item: item.id,
        id="list_extra_field_ids",
    ),
    pytest.param(
        "GET",
        f"/v1/departments/{ENGINEERING}/staffs/fetch",
        "staffs",
        lambda c: c.departments.iter_list_department_staffs(ENGINEERING, page_size=2),
        lambda item: item.staff_id,
        id="list_department_staffs",
    ),
    pytest.param(
        "POST",
        "/v2/staffs/search",
        "staffInfo",
        lambda c: c.staffs.iter_search_staffs(keyword="Staff", user_id=ADA, page_size=2),
        lambda item: item.staff_id,
        id="search_staffs",
    ),
]


def _pager(key: str, total: int) -> Callable[[httpx.Request], httpx.Response]:
    """Answers page N with items of that page; hasMore always claims more, so only `total` can stop the walk."""
    everything = _items(key, total)

    def answer(request: httpx.Request) -> httpx.Response:
        page, size = int(request.url.params["page"]), int(request.url.params["page_size"])
        batch = everything[(page - 1) * size : page * size]
        return httpx.Response(200, json=ok({key: batch, "total": total, "hasMore": True}))

    return answer


def _pages_asked(route: respx.Route) -> list[str]:
    return [call.request.url.params["page"] for call in route.calls]


@pytest.mark.parametrize(("method", "path", "key", "walk", "identify"), PAGED)
def test_iter_walks_every_page_and_stops_on_total(
    router: respx.MockRouter,
    method: str,
    path: str,
    key: str,
    walk: PagedCall,
    identify: Callable[[Any], str],
) -> None:
    route = router.request(method, path).mock(side_effect=_pager(key, 5))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        found = [identify(item) for item in walk(client)]
    assert found == [item.get("id", item.get("staffId")) for item in _items(key, 5)]
    assert _pages_asked(route) == ["1", "2", "3"]
    assert all(call.request.url.params["page_size"] == "2" for call in route.calls)


@pytest.mark.parametrize(("method", "path", "key", "walk", "identify"), PAGED)
@pytest.mark.anyio
async def test_async_iter_walks_every_page_and_stops_on_total(
    router: respx.MockRouter,
    method: str,
    path: str,
    key: str,
    walk: PagedCall,
    identify: Callable[[Any], str],
) -> None:
    route = router.request(method, path).mock(side_effect=_pager(key, 4))
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        found = [identify(item) async for item in walk(client)]
    assert len(found) == 4
    assert _pages_asked(route) == ["1", "2"]


def test_iter_stops_at_an_empty_page_when_total_overstates(router: respx.MockRouter) -> None:
    route = router.get(f"/v1/departments/{ENGINEERING}/staffs/fetch").mock(
        side_effect=[
            httpx.Response(200, json=ok({"staffs": _items("staffs", 2), "total": 9})),
            httpx.Response(200, json=ok({"staffs": [], "total": 9})),
        ]
    )
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        assert len(list(client.departments.iter_list_department_staffs(ENGINEERING, page_size=2))) == 2
    assert _pages_asked(route) == ["1", "2"]


def test_iter_search_sends_the_same_body_on_every_page(router: respx.MockRouter) -> None:
    route = router.post("/v2/staffs/search").mock(side_effect=_pager("staffInfo", 3))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        scope = StaffSearchScope(sector_ids=[ROOT])
        hits = list(client.staffs.iter_search_staffs(keyword="Staff", search_scope=scope, user_token="ut", page_size=2))
    assert len(hits) == 3
    bodies = [call.request.content for call in route.calls]
    assert len(bodies) == 2 and bodies[0] == bodies[1]
    assert all(call.request.url.params["user_token"] == "ut" for call in route.calls)


@pytest.mark.parametrize(
    ("case", "code", "error"),
    [
        pytest.param(CASES[0], 64001, NotFoundError, id="org"),
        pytest.param(CASES[2], 64001, NotFoundError, id="departments"),
        pytest.param(CASES[5], 50001, NotFoundError, id="staffs"),
        pytest.param(CASES[9], 40001, InvalidRequestError, id="staffs-search"),
    ],
)
def test_error_envelope_raises(router: respx.MockRouter, case: Case, code: int, error: type[Exception]) -> None:
    run_error(router, case, code, error)


@pytest.fixture
def offline() -> Iterator[Lansenger]:
    """A client whose gateway has no routes: any request that escapes fails the test."""
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        yield client
        assert not router.calls


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.org.fetch_org(""), "org_id must not be empty"),
        (lambda c: c.org.list_extra_field_ids(ORG, page_size=100001), "page_size must be at most 100000"),
        (lambda c: c.org.list_extra_field_ids(ORG, page=0), "page must be at least 1"),
        (lambda c: c.departments.fetch_department(""), "department_id must not be empty"),
        (lambda c: c.departments.fetch_department(ROOT, tag_id=""), "tag_id must not be empty"),
        (lambda c: c.departments.list_child_departments(""), "department_id must not be empty"),
        (lambda c: c.departments.list_department_staffs(ROOT, page_size=101), "page_size must be at most 100"),
        (lambda c: list(c.departments.iter_list_department_staffs(ROOT, page_size=0)), "page_size must be at least"),
        (lambda c: c.staffs.fetch_staff("", user_token="ut"), "staff_id must not be empty"),
        (lambda c: c.staffs.fetch_staff(ADA, user_token=""), "user_token must not be empty"),
        (lambda c: c.staffs.fetch_staff_detail(""), "staff_id must not be empty"),
        (lambda c: c.staffs.list_staff_department_ancestors(""), "staff_id must not be empty"),
        (lambda c: c.staffs.map_staff_id(org_id=ORG, id_type="mobile", id_value=""), "id_value must not be empty"),
        (lambda c: c.staffs.map_staff_id(org_id="", id_type="mobile", id_value="1"), "org_id must not be empty"),
        (lambda c: c.staffs.search_staffs(keyword="", user_id=ADA), "keyword must not be empty"),
        (lambda c: c.staffs.search_staffs(keyword="a", user_id=ADA, page_size=101), "page_size must be at most 100"),
        (lambda c: c.staffs.search_staffs(keyword="a", user_id=""), "user_id must not be empty"),
        (
            lambda c: c.staffs.search_staffs(keyword="a", user_id=ADA, search_scope=StaffSearchScope(sector_ids=[""])),
            r"search_scope\.sector_ids\[0\]",
        ),
    ],
)
def test_bad_input_is_rejected_before_any_request(
    offline: Lansenger, call: Callable[[Lansenger], Any], message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call(offline)
