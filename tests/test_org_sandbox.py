"""Organisation, departments and staff end to end: the client against the sandbox over real loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from lansenger import (
    AsyncLansenger,
    AuthenticationError,
    InvalidArgumentError,
    InvalidRequestError,
    Lansenger,
    NotFoundError,
)
from lansenger.testing import Sandbox
from lansenger.testing._directory import DEPARTMENTS, EXTRA_FIELDS, ORG_ID, ORG_NAME, ROOT_DEPARTMENT, STAFF
from lansenger_api.models.staff_id_type import StaffIdType
from lansenger_api.models.staff_search_scope import StaffSearchScope

ENGINEERING = f"{ORG_ID}-1"
SALES = f"{ORG_ID}-2"
PLATFORM = f"{ORG_ID}-3"
ADA = f"{ORG_ID}-1001"
ALAN = f"{ORG_ID}-1003"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """One gateway for the module: this domain only reads the fixed seed directory."""
    with Sandbox() as gateway:
        yield gateway


@pytest.fixture(scope="module")
def client(sandbox: Sandbox) -> Iterator[Lansenger]:
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as lansenger:
        yield lansenger


def test_org_and_its_extension_fields(client: Lansenger) -> None:
    org = client.org.fetch_org(ORG_ID)
    assert (org.org_id, org.org_name) == (ORG_ID, ORG_NAME)
    all_ids = [field["id"] for field in EXTRA_FIELDS]
    assert [field.id for field in client.org.iter_list_extra_field_ids(ORG_ID, page_size=2)] == all_ids
    last = client.org.list_extra_field_ids(ORG_ID, page=3, page_size=2)
    assert ([field.id for field in last.extra_field_ids], last.total, last.has_more) == ([all_ids[4]], 5, False)
    beyond = client.org.list_extra_field_ids(ORG_ID, page=9, page_size=2)
    assert (beyond.extra_field_ids, beyond.total) == ([], 5)
    with pytest.raises(NotFoundError) as raised:
        client.org.fetch_org("999")
    assert raised.value.err_code == 64001
    with pytest.raises(NotFoundError):
        client.org.list_extra_field_ids("999")


def test_walking_the_department_tree_reaches_every_department_and_member(client: Lansenger) -> None:
    seen_departments, seen_staff = [ROOT_DEPARTMENT], []
    pending = [ROOT_DEPARTMENT]
    while pending:
        department_id = pending.pop()
        detail = client.departments.fetch_department(department_id)
        children = client.departments.list_child_departments(department_id).departments
        members = list(client.departments.iter_list_department_staffs(department_id, page_size=1))
        assert detail.has_children is bool(children)
        assert detail.normal_members == len(members)
        assert all(child.members_count is not None for child in children)
        for child in children:
            assert client.departments.fetch_department(str(child.id)).parent_id == department_id
        seen_departments += [str(child.id) for child in children]
        pending += [str(child.id) for child in children]
        seen_staff += [member.staff_id for member in members]
    assert sorted(seen_departments) == sorted(DEPARTMENTS)
    assert sorted(seen_staff) == sorted(STAFF)


def test_department_details_and_paging(client: Lansenger) -> None:
    platform = client.departments.fetch_department(PLATFORM, tag_id="any")
    assert (platform.name, platform.parent_id, platform.external_id) == ("Platform", ENGINEERING, "dept-platform")
    assert [ref.department_id for ref in platform.ancestor_departments] == [ROOT_DEPARTMENT, ENGINEERING]
    assert platform.leaders == [f"{ORG_ID}-1004"]
    second = client.departments.list_department_staffs(PLATFORM, page=2, page_size=2)
    assert ([staff.name for staff in second.staffs], second.total, second.has_more) == (["Barbara Liskov"], 3, False)
    first = client.departments.list_department_staffs(PLATFORM, page_size=2)
    assert (len(first.staffs), first.has_more) == (2, True)
    root = client.departments.list_child_departments(ROOT_DEPARTMENT)
    assert [child.name for child in root.departments] == ["Engineering", "Sales"]
    assert client.departments.list_child_departments(SALES).departments == []
    for call in (
        client.departments.fetch_department,
        client.departments.list_child_departments,
        client.departments.list_department_staffs,
    ):
        with pytest.raises(NotFoundError) as raised:
            call(f"{ORG_ID}-404")
        assert raised.value.err_code == 64001


def test_staff_profile_detail_and_ancestors(sandbox: Sandbox, client: Lansenger) -> None:
    token = sandbox.user_token(ADA)
    basic = client.staffs.fetch_staff(ALAN, user_token=token)
    assert (basic.staff_id, basic.name, basic.org_id, basic.gender, basic.status) == (ALAN, "Alan Turing", ORG_ID, 1, 1)
    assert [ref.department_name for ref in basic.departments] == ["Platform"]
    detail = client.staffs.fetch_staff_detail(ALAN)
    seed = STAFF[ALAN]
    assert (detail.login_name, detail.employee_number, detail.email) == (
        seed["loginName"],
        seed["employeeNumber"],
        seed["email"],
    )
    assert detail.mobile_phone.number == seed["mobilePhone"]["number"]
    assert detail.extra_field_set.to_dict() == seed["extraFieldSet"]
    assert detail.leaders == [f"{ORG_ID}-1004", ADA]
    (chain,) = client.staffs.list_staff_department_ancestors(ALAN)
    assert [ref.department_id for ref in chain.ancestor_departments] == [ROOT_DEPARTMENT, ENGINEERING, PLATFORM]
    for call in (
        client.staffs.fetch_staff,
        client.staffs.fetch_staff_detail,
        client.staffs.list_staff_department_ancestors,
    ):
        with pytest.raises(NotFoundError) as raised:
            call(f"{ORG_ID}-9999")
        assert raised.value.err_code == 50001


@pytest.mark.parametrize(
    ("id_type", "value"),
    [
        ("employ_id", STAFF[ALAN]["employeeNumber"]),
        ("mobile", STAFF[ALAN]["mobilePhone"]["number"]),
        ("mail", STAFF[ALAN]["email"].upper()),
        ("login", STAFF[ALAN]["loginName"]),
        ("external_id", STAFF[ALAN]["externalId"]),
    ],
)
def test_id_mapping_finds_the_staff_by_every_kind_of_id(client: Lansenger, id_type: StaffIdType, value: str) -> None:
    assert client.staffs.map_staff_id(org_id=ORG_ID, id_type=id_type, id_value=value).staff_id == ALAN


def test_id_mapping_misses_and_bad_kinds_are_refused(client: Lansenger) -> None:
    for org_id, value in ((ORG_ID, "nobody"), ("999", STAFF[ALAN]["mobilePhone"]["number"])):
        with pytest.raises(NotFoundError) as raised:
            client.staffs.map_staff_id(org_id=org_id, id_type="mobile", id_value=value)
        assert raised.value.err_code == 50001
    with pytest.raises(InvalidArgumentError, match="id_type"):
        client.staffs.map_staff_id(org_id=ORG_ID, id_type="phone", id_value="1")  # type: ignore[arg-type]


def test_search_by_name_pages_and_totals(sandbox: Sandbox, client: Lansenger) -> None:
    token = sandbox.user_token(ADA)
    page = client.staffs.search_staffs(keyword="AR", user_token=token, page_size=1)
    assert ([hit.name for hit in page.staff_info], page.total, page.has_more) == (["Barbara Liskov"], 2, True)
    names = [hit.name for hit in client.staffs.iter_search_staffs(keyword="ar", user_id=ALAN, page_size=1)]
    assert names == ["Barbara Liskov", "Mary Jackson"]
    assert client.staffs.search_staffs(keyword="Nobody", user_id=ALAN).total == 0


def test_search_scope_follows_sub_departments_only_when_recursive(client: Lansenger) -> None:
    engineering = StaffSearchScope(sector_ids=[ENGINEERING])
    deep = client.staffs.search_staffs(keyword="a", user_id=ADA, search_scope=engineering)
    shallow = client.staffs.search_staffs(keyword="a", user_id=ADA, search_scope=engineering, recursive=False)
    assert sorted(hit.name for hit in deep.staff_info) == [
        "Ada Lovelace",
        "Alan Turing",
        "Barbara Liskov",
        "Edsger Dijkstra",
        "Grace Hopper",
    ]
    assert [hit.name for hit in shallow.staff_info] == ["Ada Lovelace", "Grace Hopper"]
    other_org = StaffSearchScope(org_ids=["999"])
    assert client.staffs.search_staffs(keyword="a", user_id=ADA, search_scope=other_org).total == 0
    with pytest.raises(NotFoundError):
        client.staffs.search_staffs(keyword="a", user_id=ADA, search_scope=StaffSearchScope(sector_ids=["nope"]))


def test_search_needs_a_live_searcher(sandbox: Sandbox, client: Lansenger) -> None:
    with pytest.raises(InvalidRequestError, match="user_token or user_id"):
        client.staffs.search_staffs(keyword="a")
    with pytest.raises(NotFoundError):
        client.staffs.search_staffs(keyword="a", user_id="ghost")
    with pytest.raises(AuthenticationError):
        client.staffs.search_staffs(keyword="a", user_token="not-a-live-token")


def test_search_drops_a_page_size_sent_without_page(sandbox: Sandbox, client: Lansenger) -> None:
    """The platform's quirk, which is why the client always sends page: without it page_size is ignored."""
    token = client.app_token()
    url = f"{sandbox.url}/v2/staffs/search"
    alone = httpx.post(url, params={"app_token": token, "user_id": ADA, "page_size": "1"}, json={"keyword": "a"})
    paged = httpx.post(
        url, params={"app_token": token, "user_id": ADA, "page": "1", "page_size": "1"}, json={"keyword": "a"}
    )
    assert len(alone.json()["data"]["staffInfo"]) == 7
    assert len(paged.json()["data"]["staffInfo"]) == 1
    assert ("POST", "/v2/staffs/search", ["app_token", "page", "page_size", "user_id"]) in sandbox.state.requests


@pytest.mark.anyio
async def test_async_client_reads_the_directory(sandbox: Sandbox) -> None:
    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        assert (await client.org.fetch_org(ORG_ID)).org_name == ORG_NAME
        members = [staff.name async for staff in client.departments.iter_list_department_staffs(SALES, page_size=1)]
        assert members == ["Mary Jackson", "Katherine Johnson"]
        hits = [hit.staff_id async for hit in client.staffs.iter_search_staffs(keyword="o", user_id=ADA, page_size=2)]
        assert len(hits) == len({*hits}) == sum("o" in staff["name"].casefold() for staff in STAFF.values())
        assert (await client.staffs.fetch_staff(ADA)).name == "Ada Lovelace"
