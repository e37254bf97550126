"""Contact administration on the wire: departments, staff, tags and roles (method, path, query, body, answers)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import respx
from lansenger import AsyncLansenger, InvalidArgumentError, InvalidRequestError, Lansenger, NotFoundError
from lansenger_api.models.department_created import DepartmentCreated
from lansenger_api.models.role_created import RoleCreated
from lansenger_api.models.role_members import RoleMembers
from lansenger_api.models.staff_account_state import STAFF_ACCOUNT_STATE_FROZEN
from lansenger_api.models.staff_create_request import StaffCreateRequest
from lansenger_api.models.staff_created import StaffCreated
from lansenger_api.models.staff_deleted import StaffDeleted
from lansenger_api.models.staff_department_assignment import StaffDepartmentAssignment
from lansenger_api.models.staff_extra_field_values import StaffExtraFieldValues
from lansenger_api.models.staff_gender_option import STAFF_GENDER_OPTION_FEMALE
from lansenger_api.models.staff_introduction import StaffIntroduction
from lansenger_api.models.staff_login_way import STAFF_LOGIN_WAY_EMAIL, STAFF_LOGIN_WAY_PASSWORD
from lansenger_api.models.staff_phone import StaffPhone
from lansenger_api.models.staff_resume_entry import StaffResumeEntry
from lansenger_api.models.tag_change import TagChange
from lansenger_api.models.tag_created import TagCreated
from lansenger_api.models.tag_filter import TagFilter
from lansenger_api.models.tag_group_category import TAG_GROUP_CATEGORY_DEPARTMENT, TAG_GROUP_CATEGORY_STAFF
from lansenger_api.models.tag_group_created import TagGroupCreated
from lansenger_api.models.tag_group_detail import TagGroupDetail
from lansenger_api.models.tag_group_ids import TagGroupIds
from lansenger_api.models.tag_meta_list import TagMetaList
from lansenger_api.models.tag_staff_page import TagStaffPage

from tests._envelopes import GATEWAY, TOKEN, ok
from tests._wire import Case, run_error, wire_tests

ORG = "524288"
ROOT = "524288-0"
ENGINEERING = "524288-1"
ADA = "524288-1001"
GRACE = "524288-1002"
HASHED = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"


def check_department_created(created: DepartmentCreated) -> None:
    assert isinstance(created, DepartmentCreated)
    department = created.department
    assert (department.id, department.name, department.external_id, department.order) == (
        "524288-9",
        "QA",
        "dept-qa",
        3.0,
    )


def check_staff_created(created: StaffCreated) -> None:
    assert isinstance(created, StaffCreated) and created.staff_id == "524288-1042"


def check_staff_deleted(deleted: StaffDeleted | None) -> None:
    assert isinstance(deleted, StaffDeleted) and deleted.additional_properties == {"deletedAt": 1700000000}


def check_tag_group_detail(detail: TagGroupDetail) -> None:
    assert isinstance(detail, TagGroupDetail)
    assert (detail.tag_group_name, detail.tag_group_category, detail.tag_group_type) == ("Skills", 1, "custom")
    assert [(tag.tag_id, tag.tag_name) for tag in detail.tags] == [("tag-1", "Python"), ("tag-2", "Go")]


def check_tag_staff_page(page: TagStaffPage) -> None:
    assert isinstance(page, TagStaffPage)
    assert (page.total, page.has_more, page.latest_version) == (3, True, "1700000000000000")
    ada, grace = page.staffs
    assert (ada.id, ada.name, ada.mobile_phone.number) == (ADA, "Ada Lovelace", "13800000001")
    assert (grace.id, grace.name) == (GRACE, "Grace Hopper")


def check_role_members(members: RoleMembers) -> None:
    assert isinstance(members, RoleMembers)
    assert [(staff.id, staff.name) for staff in members.staffs] == [(ADA, "Ada Lovelace"), (GRACE, "Grace Hopper")]


def create_every_staff_field(client: Any) -> Any:
    return client.staffs.create_staff(
        org_id=ORG,
        name="Linus Torvalds",
        departments=[StaffDepartmentAssignment(id=ENGINEERING, order_number=2)],
        mobile_phone=StaffPhone(number="13900000042", country_code="+86"),
        email="linus@example.com",
        login_name="linus",
        login_password=HASHED,
        login_ways=[STAFF_LOGIN_WAY_EMAIL, STAFF_LOGIN_WAY_PASSWORD],
        employee_number="E0042",
        external_id="ext-0042",
        gender=1,
        status=1,
        avatar_id="media-1",
        avatar_url="https://cdn.example/linus.png",
        signature="Talk is cheap",
        birthdate="1969-12-28",
        nationality="Finnish",
        native_place="Helsinki",
        id_number="ID-42",
        duties="Kernel Maintainer",
        parties="None",
        address="Portland",
        introduction=StaffIntroduction(introduction="Wrote a kernel", media_ids=["media-2"]),
        education=[StaffResumeEntry(unit="University of Helsinki", start_date="1988-09-01", end_date="1996-12-01")],
        career=[StaffResumeEntry(unit="Transmeta", description="Engineer")],
        extra_phones=[StaffPhone(number="13900000043")],
        extra_field_set=StaffExtraFieldValues.from_dict({"ef-office": "P-1"}),
        tags=["tag-1"],
        ext_attr_1="a1",
        ext_attr_2="a2",
        sms_invitation=True,
        disable_password_reset=False,
        user_token="ut-1",
    )


EVERY_STAFF_FIELD = {
    "orgId": ORG,
    "name": "Linus Torvalds",
    "departments": [{"id": ENGINEERING, "orderNumber": 2}],
    "mobilePhone": {"number": "13900000042", "countryCode": "+86"},
    "email": "linus@example.com",
    "loginName": "linus",
    "loginPassword": HASHED,
    "loginWays": [1, 2],
    "employeeNumber": "E0042",
    "externalId": "ext-0042",
    "gender": 1,
    "status": 1,
    "avatarId": "media-1",
    "avatarUrl": "https://cdn.example/linus.png",
    "signature": "Talk is cheap",
    "birthdate": "1969-12-28",
    "nationality": "Finnish",
    "nativePlace": "Helsinki",
    "idNumber": "ID-42",
    "duties": "Kernel Maintainer",
    "parties": "None",
    "address": "Portland",
    "introduction": {"introduction": "Wrote a kernel", "mediaIds": ["media-2"]},
    "education": [{"unit": "University of Helsinki", "startDate": "1988-09-01", "endDate": "1996-12-01"}],
    "career": [{"unit": "Transmeta", "description": "Engineer"}],
    "extraPhones": [{"number": "13900000043"}],
    "extraFieldSet": {"ef-office": "P-1"},
    "tags": ["tag-1"],
    "extAttr1": "a1",
    "extAttr2": "a2",
    "smsInvitation": True,
    "disablePasswordReset": False,
}


def expect(kind: type, **fields: object) -> Callable[[object], None]:
    """A check that the result is a ``kind`` whose attributes equal ``fields``."""

    def check(result: object) -> None:
        assert isinstance(result, kind)
        assert {name: getattr(result, name) for name in fields} == fields

    return check


def check_tags_meta(meta: TagMetaList) -> None:
    assert isinstance(meta, TagMetaList)
    assert [(tag.tag_id, tag.tag_name) for tag in meta.tag_meta_list] == [("tag-1", "Python"), ("tag-2", "Go")]


def is_none(result: object) -> None:
    assert result is None


DEPARTMENT_CASES = [
    Case(
        "create_department",
        lambda c: c.departments.create_department(
            name="QA", parent_id=ENGINEERING, external_id="dept-qa", order_number=3, tags=["tag-9"], user_token="ut-1"
        ),
        "POST",
        "/v1/departments/create",
        query={"user_token": "ut-1"},
        body={"name": "QA", "parentId": ENGINEERING, "externalId": "dept-qa", "orderNumber": 3, "tags": ["tag-9"]},
        data={"department": {"id": "524288-9", "name": "QA", "externalId": "dept-qa", "order": 3.0}},
        check=check_department_created,
    ),
    Case(
        "update_department",
        lambda c: c.departments.update_department(ENGINEERING, name="R&D", parent_id=ROOT, order_number=0, tags=[]),
        "POST",
        f"/v1/departments/{ENGINEERING}/update",
        body={"name": "R&D", "parentId": ROOT, "orderNumber": 0, "tags": []},
        check=is_none,
    ),
    Case(
        "delete_department",
        lambda c: c.departments.delete_department("524288-9", user_token="ut-1"),
        "POST",
        "/v1/departments/524288-9/delete",
        query={"user_token": "ut-1"},
        check=is_none,
    ),
    Case(
        "add_department_staff",
        lambda c: c.departments.add_department_staff(ENGINEERING, GRACE),
        "POST",
        f"/v1/departments/{ENGINEERING}/staffs/{GRACE}/create",
        check=is_none,
    ),
    Case(
        "remove_department_staff",
        lambda c: c.departments.remove_department_staff(ENGINEERING, GRACE, user_token="ut-1"),
        "POST",
        f"/v1/departments/{ENGINEERING}/staffs/{GRACE}/delete",
        query={"user_token": "ut-1"},
        check=is_none,
    ),
]

STAFF_CASES = [
    Case(
        "create_staff",
        create_every_staff_field,
        "POST",
        "/v1/staffs/create",
        query={"user_token": "ut-1"},
        body=EVERY_STAFF_FIELD,
        data={"staffId": "524288-1042"},
        check=check_staff_created,
    ),
    Case(
        "update_staff",
        lambda c: c.staffs.update_staff(
            GRACE,
            name="Grace B. Hopper",
            status=STAFF_ACCOUNT_STATE_FROZEN,
            gender=STAFF_GENDER_OPTION_FEMALE,
            departments=[StaffDepartmentAssignment(id=ROOT)],
            login_ways=[0],
            extra_field_set=StaffExtraFieldValues.from_dict({"ef-badge": "B-7"}),
            tags=[],
        ),
        "POST",
        f"/v1/staffs/{GRACE}/update",
        body={
            "name": "Grace B. Hopper",
            "status": 2,
            "gender": 2,
            "departments": [{"id": ROOT}],
            "loginWays": [0],
            "extraFieldSet": {"ef-badge": "B-7"},
            "tags": [],
        },
        check=is_none,
    ),
    Case(
        "delete_staff",
        lambda c: c.staffs.delete_staff(GRACE, user_token="ut-1"),
        "POST",
        f"/v1/staffs/{GRACE}/delete",
        query={"user_token": "ut-1"},
        data={"deletedAt": 1700000000},
        check=check_staff_deleted,
    ),
]

TAG_CASES = [
    Case(
        "create_tag_group",
        lambda c: c.tags.create_tag_group(
            org_id=ORG,
            tag_group_name="Skills",
            tag_group_category=TAG_GROUP_CATEGORY_STAFF,
            tag_group_type="custom",
            user_token="ut-1",
        ),
        "POST",
        "/v1/taggroups/create",
        query={"user_token": "ut-1"},
        body={"orgId": ORG, "tagGroupName": "Skills", "tagGroupCategory": 1, "tagGroupType": "custom"},
        data={"tagGroupId": "tg-1"},
        check=expect(TagGroupCreated, tag_group_id="tg-1"),
    ),
    Case(
        "list_tag_groups",
        lambda c: c.tags.list_tag_groups(
            org_id=ORG, category_list=[TAG_GROUP_CATEGORY_STAFF, TAG_GROUP_CATEGORY_DEPARTMENT], tag_group_type="custom"
        ),
        "POST",
        "/v1/taggroups/fetch",
        body={"orgId": ORG, "categoryList": [1, 2], "tagGroupType": "custom"},
        data={"tagGroupIds": ["tg-1", "tg-2"]},
        check=expect(TagGroupIds, tag_group_ids=["tg-1", "tg-2"]),
    ),
    Case(
        "fetch_tag_group",
        lambda c: c.tags.fetch_tag_group("tg-1", user_token="ut-1"),
        "GET",
        "/v1/taggroups/tg-1/fetch",
        query={"user_token": "ut-1"},
        data={
            "tagGroupName": "Skills",
            "tagGroupCategory": 1,
            "tagGroupType": "custom",
            "tags": [{"tagId": "tag-1", "tagName": "Python"}, {"tagId": "tag-2", "tagName": "Go"}],
        },
        check=check_tag_group_detail,
    ),
    Case(
        "update_tag_group",
        lambda c: c.tags.update_tag_group("tg-1", tag_group_name="Languages"),
        "POST",
        "/v1/taggroups/tg-1/update",
        body={"tagGroupName": "Languages"},
        check=is_none,
    ),
    Case(
        "delete_tag_group",
        lambda c: c.tags.delete_tag_group("tg-1"),
        "POST",
        "/v1/taggroups/tg-1/delete",
        check=is_none,
    ),
    Case(
        "create_tag",
        lambda c: c.tags.create_tag(tag_group_id="tg-1", tag_name="Python", user_token="ut-1"),
        "POST",
        "/v1/tags/create",
        query={"user_token": "ut-1"},
        body={"tagGroupId": "tg-1", "tagName": "Python"},
        data={"tagId": "tag-1"},
        check=expect(TagCreated, tag_id="tag-1"),
    ),
    Case(
        "fetch_tags_meta",
        lambda c: c.tags.fetch_tags_meta(tag_ids=["tag-1", "tag-2"]),
        "POST",
        "/v1/tags/meta/fetch",
        body={"tagIds": ["tag-1", "tag-2"]},
        data={"tagMetaList": [{"tagId": "tag-1", "tagName": "Python"}, {"tagId": "tag-2", "tagName": "Go"}]},
        check=check_tags_meta,
    ),
    Case(
        "list_tag_staff_ids",
        lambda c: c.tags.list_tag_staff_ids(
            org_id=ORG,
            tag_filters=[TagFilter(tags=["tag-1", "tag-2"]), TagFilter(tags=["tag-3"])],
            page_size=2,
            user_token="ut-1",
        ),
        "POST",
        "/v1/tags/staffids/fetch",
        query={"user_token": "ut-1", "page": "1", "page_size": "2"},
        body={"orgId": ORG, "tagFilters": [{"tags": ["tag-1", "tag-2"]}, {"tags": ["tag-3"]}]},
        data={
            "hasMore": True,
            "total": 3,
            "latestVersion": "1700000000000000",
            "staffs": [
                {"id": ADA, "name": "Ada Lovelace", "mobilePhone": {"countryCode": "+86", "number": "13800000001"}},
                {"id": GRACE, "name": "Grace Hopper"},
            ],
        },
        check=check_tag_staff_page,
    ),
    Case(
        "update_tag",
        lambda c: c.tags.update_tag("tag-1", tag_name="Python 3"),
        "POST",
        "/v1/tags/tag-1/update",
        body={"tagName": "Python 3"},
        data={},
        check=expect(TagChange),
    ),
    Case(
        "delete_tag",
        lambda c: c.tags.delete_tag("tag-1", user_token="ut-1"),
        "POST",
        "/v1/tags/tag-1/delete",
        query={"user_token": "ut-1"},
        check=is_none,
    ),
]

ROLE_CASES = [
    Case(
        "create_role",
        lambda c: c.roles.create_role(ORG, role_name="Operators", description="Run the app", creator=ADA),
        "POST",
        f"/v1/org/{ORG}/role/create",
        body={"roleName": "Operators", "description": "Run the app", "creator": ADA},
        data={"roleId": "role-1"},
        check=expect(RoleCreated, role_id="role-1"),
    ),
    Case(
        "list_role_members",
        lambda c: c.roles.list_role_members(ORG, "role-1", user_token="ut-1"),
        "GET",
        f"/v1/org/{ORG}/role/role-1/members/fetch",
        query={"user_token": "ut-1"},
        data={"staffs": [{"id": ADA, "name": "Ada Lovelace"}, {"id": GRACE, "name": "Grace Hopper"}]},
        check=check_role_members,
    ),
    Case(
        "add_role_members",
        lambda c: c.roles.add_role_members(role_id="role-1", staff_ids=[ADA, GRACE], creator=ADA),
        "POST",
        "/v1/rolemember/create",
        body={"roleId": "role-1", "staffIds": [ADA, GRACE], "creator": ADA},
        check=is_none,
    ),
    Case(
        "delete_role_member",
        lambda c: c.roles.delete_role_member(GRACE, operator=ADA, user_token="ut-1"),
        "POST",
        f"/v1/rolemember/{GRACE}/delete",
        query={"user_token": "ut-1"},
        body={"operator": ADA},
        check=is_none,
    ),
]

CASES = [*DEPARTMENT_CASES, *STAFF_CASES, *TAG_CASES, *ROLE_CASES]


test_wire, test_wire_async = wire_tests(CASES)


def test_delete_role_member_without_operator_still_sends_an_empty_object(router: respx.MockRouter) -> None:
    route = router.post(f"/v1/rolemember/{ADA}/delete").respond(json=ok())
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.roles.delete_role_member(ADA)
    assert json.loads(route.calls.last.request.content) == {}


def test_staff_deletion_without_data_answers_none(router: respx.MockRouter) -> None:
    router.post(f"/v1/staffs/{ADA}/delete").respond(json=ok())
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        assert client.staffs.delete_staff(ADA) is None


def test_the_hashed_password_stays_out_of_reprs() -> None:
    request = StaffCreateRequest(org_id=ORG, name="Linus", login_password=HASHED)
    assert HASHED not in repr(request)
    assert request.to_dict()["loginPassword"] == HASHED


# Paging: list_tag_staff_ids walked over a mocked gateway that slices a fixed list of staff.
def _tag_pager(total: int) -> Callable[[httpx.Request], httpx.Response]:
    """Answers page N of ``total`` staff; hasMore always claims more, so only `total` can stop the walk."""
    everyone = [{"id": f"s-{n}", "name": f"Staff {n}"} for n in range(1, total + 1)]

    def answer(request: httpx.Request) -> httpx.Response:
        page, size = int(request.url.params["page"]), int(request.url.params["page_size"])
        batch = everyone[(page - 1) * size : page * size]
        return httpx.Response(200, json=ok({"staffs": batch, "total": total, "hasMore": True}))

    return answer


def test_iter_list_tag_staff_ids_walks_every_page_and_stops_on_total(router: respx.MockRouter) -> None:
    route = router.post("/v1/tags/staffids/fetch").mock(side_effect=_tag_pager(5))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        walk = client.tags.iter_list_tag_staff_ids(org_id=ORG, tag_filters=[TagFilter(tags=["t"])], page_size=2)
        found = [staff.id for staff in walk]
    assert found == [f"s-{n}" for n in range(1, 6)]
    assert [call.request.url.params["page"] for call in route.calls] == ["1", "2", "3"]
    assert all(call.request.url.params["page_size"] == "2" for call in route.calls)
    bodies = {call.request.content for call in route.calls}
    assert len(bodies) == 1 and json.loads(bodies.pop()) == {"orgId": ORG, "tagFilters": [{"tags": ["t"]}]}


@pytest.mark.anyio
async def test_async_iter_list_tag_staff_ids_walks_every_page(router: respx.MockRouter) -> None:
    route = router.post("/v1/tags/staffids/fetch").mock(side_effect=_tag_pager(4))
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        walk = client.tags.iter_list_tag_staff_ids(org_id=ORG, tag_filters=[TagFilter(tags=["t"])], page_size=2)
        found = [staff.id async for staff in walk]
    assert found == ["s-1", "s-2", "s-3", "s-4"]
    assert [call.request.url.params["page"] for call in route.calls] == ["1", "2"]


def _case(name: str) -> Case:
    return next(case for case in CASES if case.id == name)


@pytest.mark.parametrize(
    ("case", "code", "error"),
    [
        pytest.param(_case("create_department"), 64001, NotFoundError, id="departments"),
        pytest.param(_case("remove_department_staff"), 40001, InvalidRequestError, id="departments-membership"),
        pytest.param(_case("create_staff"), 40001, InvalidRequestError, id="staffs"),
        pytest.param(_case("delete_staff"), 50001, NotFoundError, id="staffs-delete"),
        pytest.param(_case("fetch_tag_group"), 64001, NotFoundError, id="tags"),
        pytest.param(_case("list_tag_staff_ids"), 40001, InvalidRequestError, id="tags-staff"),
        pytest.param(_case("create_role"), 40001, InvalidRequestError, id="roles"),
        pytest.param(_case("delete_role_member"), 64001, NotFoundError, id="roles-member"),
    ],
)
def test_error_envelope_raises(router: respx.MockRouter, case: Case, code: int, error: type[Exception]) -> None:
    run_error(router, case, code, error)


@pytest.fixture
def offline() -> Iterator[Lansenger]:
    """A client whose transport records instead of sending: any request that escapes fails the test."""
    escaped: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        escaped.append(request)
        return httpx.Response(599)

    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY, transport=httpx.MockTransport(record)) as client:
        yield client
    assert not escaped


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.departments.create_department(name="", parent_id=ROOT), "name must not be empty"),
        (lambda c: c.departments.create_department(name="QA", parent_id=""), "parent_id must not be empty"),
        (lambda c: c.departments.create_department(name="QA", parent_id=ROOT, tags=[""]), r"tags\[0\]"),
        (lambda c: c.departments.update_department("", name="QA"), "department_id must not be empty"),
        (lambda c: c.departments.update_department(ROOT, name=""), "name must not be empty"),
        (lambda c: c.departments.delete_department(""), "department_id must not be empty"),
        (lambda c: c.departments.add_department_staff(ROOT, ""), "staff_id must not be empty"),
        (lambda c: c.departments.remove_department_staff("", ADA), "department_id must not be empty"),
        (lambda c: c.staffs.create_staff(org_id=ORG, name=""), "name must not be empty"),
        (lambda c: c.staffs.create_staff(org_id="", name="Linus"), "org_id must not be empty"),
        (lambda c: c.staffs.create_staff(org_id=ORG, name="L", gender=3), "gender"),
        (lambda c: c.staffs.create_staff(org_id=ORG, name="L", login_ways=[0, 5]), r"login_ways\[1\]"),
        (
            lambda c: c.staffs.create_staff(org_id=ORG, name="L", mobile_phone=StaffPhone(number="")),
            r"mobile_phone\.number",
        ),
        (
            lambda c: c.staffs.create_staff(org_id=ORG, name="L", departments=[StaffDepartmentAssignment(id="")]),
            r"departments\[0\]\.id",
        ),
        (lambda c: c.staffs.update_staff(ADA, status=0), "status"),
        (lambda c: c.staffs.update_staff(ADA, status=3), "status"),
        (lambda c: c.staffs.update_staff("", name="Ada"), "staff_id must not be empty"),
        (lambda c: c.staffs.delete_staff(""), "staff_id must not be empty"),
        (lambda c: c.tags.create_tag_group(org_id=ORG, tag_group_name="S", tag_group_category=3), "tag_group_category"),
        (lambda c: c.tags.create_tag_group(org_id=ORG, tag_group_name=""), "tag_group_name must not be empty"),
        (lambda c: c.tags.list_tag_groups(org_id=ORG, category_list=[0]), r"category_list\[0\]"),
        (lambda c: c.tags.fetch_tag_group(""), "tag_group_id must not be empty"),
        (lambda c: c.tags.update_tag_group("tg-1", tag_group_name=""), "tag_group_name must not be empty"),
        (lambda c: c.tags.delete_tag_group(""), "tag_group_id must not be empty"),
        (lambda c: c.tags.create_tag(tag_group_id="", tag_name="P"), "tag_group_id must not be empty"),
        (lambda c: c.tags.fetch_tags_meta(tag_ids=[]), "tag_ids"),
        (lambda c: c.tags.list_tag_staff_ids(org_id=ORG, tag_filters=[]), "tag_filters"),
        (lambda c: c.tags.list_tag_staff_ids(org_id=ORG, tag_filters=[TagFilter(tags=[])]), r"tag_filters\[0\]\.tags"),
        (
            lambda c: c.tags.list_tag_staff_ids(org_id=ORG, tag_filters=[TagFilter(tags=["t"])], page_size=100001),
            "page_size must be at most 100000",
        ),
        (lambda c: c.tags.update_tag("tag-1", tag_name=""), "tag_name must not be empty"),
        (lambda c: c.tags.delete_tag(""), "tag_id must not be empty"),
        (lambda c: c.roles.create_role(ORG, role_name=""), "role_name must not be empty"),
        (lambda c: c.roles.create_role("", role_name="Ops"), "org_id must not be empty"),
        (lambda c: c.roles.list_role_members(ORG, ""), "role_id must not be empty"),
        (lambda c: c.roles.add_role_members(role_id="role-1", staff_ids=[]), "staff_ids"),
        (lambda c: c.roles.add_role_members(role_id="role-1", staff_ids=[""]), r"staff_ids\[0\]"),
        (lambda c: c.roles.delete_role_member(""), "role_member_id must not be empty"),
        (lambda c: c.roles.delete_role_member(ADA, operator=""), "operator must not be empty"),
    ],
)
def test_bad_input_is_rejected_before_any_request(
    offline: Lansenger, call: Callable[[Lansenger], Any], message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call(offline)
