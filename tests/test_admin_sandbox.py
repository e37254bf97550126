"""Contact administration end to end: the client against the sandbox over real loopback HTTP.

Departments and staff are created, read back through every read that shows them, changed, refused
and deleted. Tests share one sandbox and work on what they create, except where the seed itself is changed.
"""

from __future__ import annotations

from collections.abc import Iterator

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
from lansenger.testing._directory import ORG_ID, ROOT_DEPARTMENT, STAFF
from lansenger_api.models.staff_department_assignment import StaffDepartmentAssignment
from lansenger_api.models.staff_extra_field_values import StaffExtraFieldValues
from lansenger_api.models.staff_introduction import StaffIntroduction
from lansenger_api.models.staff_phone import StaffPhone
from lansenger_api.models.staff_resume_entry import StaffResumeEntry
from lansenger_api.models.staff_search_scope import StaffSearchScope

ENGINEERING = f"{ORG_ID}-1"
SALES = f"{ORG_ID}-2"
PLATFORM = f"{ORG_ID}-3"
ADA = f"{ORG_ID}-1001"
GRACE = f"{ORG_ID}-1002"
ALAN = f"{ORG_ID}-1003"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as gateway:
        yield gateway


@pytest.fixture(scope="module")
def client(sandbox: Sandbox) -> Iterator[Lansenger]:
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as lansenger:
        yield lansenger


def _in(department_id: str) -> list[StaffDepartmentAssignment]:
    return [StaffDepartmentAssignment(id=department_id)]


def _child_ids(client: Lansenger, department_id: str) -> list[str]:
    return [str(child.id) for child in client.departments.list_child_departments(department_id).departments]


def _member_ids(client: Lansenger, department_id: str) -> list[str]:
    return [str(staff.staff_id) for staff in client.departments.iter_list_department_staffs(department_id)]


def _refused(error: type[Exception], code: int, call: object, *args: object, **kwargs: object) -> None:
    assert callable(call)
    with pytest.raises(error) as raised:
        call(*args, **kwargs)
    assert getattr(raised.value, "err_code", None) == code


# --- departments ---------------------------------------------------------------------------------------------


def test_a_department_is_created_moved_staffed_emptied_and_deleted(client: Lansenger) -> None:
    departments = client.departments
    created = departments.create_department(
        name="QA", parent_id=ENGINEERING, external_id="dept-qa-life", tags=["quality"]
    ).department
    qa = str(created.id)
    assert (created.name, created.external_id) == ("QA", "dept-qa-life")
    assert created.order is not None and created.order > 1.0  # after Platform, the existing child
    assert _child_ids(client, ENGINEERING) == [PLATFORM, qa]
    detail = departments.fetch_department(qa)
    assert (detail.parent_id, detail.tags, detail.has_children) == (ENGINEERING, ["quality"], False)
    assert [ref.department_id for ref in detail.ancestor_departments] == [ROOT_DEPARTMENT, ENGINEERING]

    departments.update_department(qa, name="Quality", parent_id=SALES, order_number=0, tags=[])
    moved = departments.fetch_department(qa)
    assert (moved.name, moved.parent_id, moved.order, moved.tags) == ("Quality", SALES, 0.0, [])
    assert qa not in _child_ids(client, ENGINEERING) and _child_ids(client, SALES) == [qa]
    assert departments.fetch_department(SALES).has_children is True

    tester = client.staffs.create_staff(
        org_id=ORG_ID, name="Tess Tester", mobile_phone=StaffPhone(number="13700000001"), departments=_in(qa)
    ).staff_id
    departments.add_department_staff(qa, ADA)
    departments.add_department_staff(qa, ADA)  # already a member: nothing changes
    assert _member_ids(client, qa) == [ADA, tester]
    assert [
        chain.ancestor_departments[-1].department_id for chain in client.staffs.list_staff_department_ancestors(ADA)
    ] == [
        ENGINEERING,
        qa,
    ]
    _refused(InvalidRequestError, 40001, departments.delete_department, qa)

    departments.remove_department_staff(qa, ADA)
    assert [ref.department_id for ref in client.staffs.fetch_staff(ADA).departments] == [ENGINEERING]
    client.staffs.delete_staff(str(tester))
    assert departments.list_department_staffs(qa).total == 0
    departments.delete_department(qa)
    _refused(NotFoundError, 64001, departments.fetch_department, qa)
    assert _child_ids(client, SALES) == []


def test_department_changes_that_would_break_the_tree_are_refused_and_record_nothing(client: Lansenger) -> None:
    departments = client.departments
    before = _child_ids(client, ENGINEERING)
    _refused(NotFoundError, 64001, departments.create_department, name="X", parent_id=f"{ORG_ID}-404")
    _refused(
        InvalidRequestError,
        40001,
        departments.create_department,
        name="X",
        parent_id=ENGINEERING,
        external_id="dept-eng",
    )
    assert _child_ids(client, ENGINEERING) == before

    _refused(InvalidRequestError, 40001, departments.update_department, ENGINEERING, name="Loop", parent_id=PLATFORM)
    _refused(InvalidRequestError, 40001, departments.update_department, ENGINEERING, parent_id=ENGINEERING)
    _refused(InvalidRequestError, 40001, departments.update_department, ROOT_DEPARTMENT, parent_id=SALES)
    _refused(NotFoundError, 64001, departments.update_department, PLATFORM, parent_id=f"{ORG_ID}-404")
    _refused(NotFoundError, 64001, departments.update_department, f"{ORG_ID}-404", name="Ghost")
    assert departments.fetch_department(ENGINEERING).name == "Engineering"
    assert departments.fetch_department(PLATFORM).parent_id == ENGINEERING

    _refused(InvalidRequestError, 40001, departments.delete_department, ROOT_DEPARTMENT)
    _refused(InvalidRequestError, 40001, departments.delete_department, ENGINEERING)  # has Platform below it
    _refused(InvalidRequestError, 40001, departments.delete_department, SALES)  # has members
    _refused(NotFoundError, 64001, departments.delete_department, f"{ORG_ID}-404")

    _refused(NotFoundError, 64001, departments.add_department_staff, f"{ORG_ID}-404", ADA)
    _refused(NotFoundError, 50001, departments.add_department_staff, SALES, f"{ORG_ID}-9999")
    _refused(InvalidRequestError, 40001, departments.remove_department_staff, SALES, ADA)  # not a member
    _refused(InvalidRequestError, 40001, departments.remove_department_staff, ENGINEERING, ADA)  # last department
    assert _member_ids(client, ENGINEERING) == [ADA, GRACE]


# --- staff ---------------------------------------------------------------------------------------------------


def test_a_staff_member_shows_in_every_read_until_deleted(sandbox: Sandbox, client: Lansenger) -> None:
    staffs = client.staffs
    linus = staffs.create_staff(
        org_id=ORG_ID,
        name="Linus Torvalds",
        departments=_in(PLATFORM),
        mobile_phone=StaffPhone(number="13700000042", country_code="+358"),
        email="Linus@Example.com",
        login_name="linus",
        login_password="5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",
        login_ways=[0, 1, 2],
        employee_number="E0042",
        external_id="ext-0042",
        gender=1,
        duties="Kernel Maintainer",
        birthdate="1969-12-28",
        introduction=StaffIntroduction(introduction="Wrote a kernel"),
        education=[StaffResumeEntry(unit="University of Helsinki")],
        extra_phones=[StaffPhone(number="13700000043")],
        extra_field_set=StaffExtraFieldValues.from_dict({"ef-office": "P-1"}),
        avatar_url="https://cdn.example/linus.png",
        sms_invitation=True,
    ).staff_id
    assert linus is not None and linus not in STAFF

    basic = staffs.fetch_staff(linus, user_token=sandbox.user_token(ADA))
    assert (basic.name, basic.gender, basic.status, basic.avatar_url) == (
        "Linus Torvalds",
        1,
        1,
        "https://cdn.example/linus.png",
    )
    assert [ref.department_id for ref in basic.departments] == [PLATFORM]
    detail = staffs.fetch_staff_detail(linus)
    assert (detail.login_name, detail.email, detail.employee_number, detail.duties) == (
        "linus",
        "Linus@Example.com",
        "E0042",
        "Kernel Maintainer",
    )
    assert (detail.mobile_phone.country_code, detail.mobile_phone.number) == ("+358", "13700000042")
    assert detail.login_ways == [0, 1, 2] and detail.birthdate == "1969-12-28"
    assert detail.introduction.introduction == "Wrote a kernel" and detail.education[0].unit == "University of Helsinki"
    assert detail.extra_phones[0].number == "13700000043"
    assert detail.extra_field_set.to_dict() == {"ef-office": "P-1"}
    assert "loginPassword" not in detail.to_dict()
    assert detail.leaders == [f"{ORG_ID}-1004", ADA]
    for id_type, value in (("mobile", "13700000042"), ("mail", "linus@example.com"), ("external_id", "ext-0042")):
        assert staffs.map_staff_id(org_id=ORG_ID, id_type=id_type, id_value=value).staff_id == linus  # type: ignore[arg-type]
    assert [hit.staff_id for hit in staffs.search_staffs(keyword="torvalds", user_id=ADA).staff_info] == [linus]
    assert linus in _member_ids(client, PLATFORM)

    staffs.update_staff(
        linus,
        name="Linus B. Torvalds",
        status=2,
        departments=[StaffDepartmentAssignment(id=SALES), StaffDepartmentAssignment(id=PLATFORM)],
        extra_field_set=StaffExtraFieldValues.from_dict({"ef-badge": "B-42"}),
        tags=["kernel"],
    )
    changed = staffs.fetch_staff_detail(linus)
    assert (changed.name, changed.status, changed.tags) == ("Linus B. Torvalds", 2, ["kernel"])
    assert [ref.department_id for ref in changed.departments] == [SALES, PLATFORM]
    assert changed.extra_field_set.to_dict() == {"ef-office": "P-1", "ef-badge": "B-42"}
    assert changed.email == "Linus@Example.com"  # left out of the update, so kept
    assert client.departments.fetch_department(SALES).frozen_members == 1
    scope = StaffSearchScope(sector_ids=[SALES])
    assert [
        hit.staff_id for hit in staffs.search_staffs(keyword="linus", user_id=ADA, search_scope=scope).staff_info
    ] == [linus]

    assert staffs.delete_staff(linus) is not None
    for read in (staffs.fetch_staff, staffs.fetch_staff_detail, staffs.list_staff_department_ancestors):
        _refused(NotFoundError, 50001, read, linus)
    _refused(NotFoundError, 50001, staffs.map_staff_id, org_id=ORG_ID, id_type="mobile", id_value="13700000042")
    assert staffs.search_staffs(keyword="torvalds", user_id=ADA).total == 0
    assert linus not in _member_ids(client, SALES) + _member_ids(client, PLATFORM)
    assert client.departments.fetch_department(SALES).frozen_members == 0
    _refused(NotFoundError, 50001, staffs.delete_staff, linus)
    _refused(NotFoundError, 50001, staffs.update_staff, linus, name="Ghost")


def test_staff_without_departments_join_the_root_and_ids_are_never_reused(client: Lansenger) -> None:
    first = str(
        client.staffs.create_staff(org_id=ORG_ID, name="Root One", email="root1@x.example", login_ways=[1]).staff_id
    )
    assert [ref.department_id for ref in client.staffs.fetch_staff(first).departments] == [ROOT_DEPARTMENT]
    client.staffs.delete_staff(first)
    second = str(
        client.staffs.create_staff(org_id=ORG_ID, name="Root Two", email="root2@x.example", login_ways=[1]).staff_id
    )
    assert second != first and int(second.rsplit("-", 1)[1]) > int(first.rsplit("-", 1)[1])
    client.staffs.delete_staff(second)


def test_staff_that_could_not_sign_in_or_would_clash_are_refused(client: Lansenger) -> None:
    create = client.staffs.create_staff
    _refused(NotFoundError, 64001, create, org_id="999", name="Elsewhere", mobile_phone=StaffPhone(number="1"))
    _refused(InvalidRequestError, 40001, create, org_id=ORG_ID, name="No Phone")  # mobile sign-in by default
    _refused(InvalidRequestError, 40001, create, org_id=ORG_ID, name="No Mail", login_ways=[1])
    _refused(InvalidRequestError, 40001, create, org_id=ORG_ID, name="No Login", email="nl@x.example", login_ways=[2])
    _refused(InvalidRequestError, 40001, create, org_id=ORG_ID, name="Nobody", email="n@x.example", login_ways=[])
    _refused(
        InvalidRequestError,
        40001,
        create,
        org_id=ORG_ID,
        name="Twin",
        mobile_phone=StaffPhone(number=STAFF[ADA]["mobilePhone"]["number"]),
    )
    _refused(
        InvalidRequestError,
        40001,
        create,
        org_id=ORG_ID,
        name="Twin",
        email=STAFF[ADA]["email"].upper(),
        login_ways=[1],
    )
    _refused(
        NotFoundError,
        64001,
        create,
        org_id=ORG_ID,
        name="Lost",
        email="l@x.example",
        login_ways=[1],
        departments=_in("nope"),
    )
    unknown_field = StaffExtraFieldValues.from_dict({"ef-unknown": "x"})
    _refused(
        InvalidRequestError,
        40001,
        create,
        org_id=ORG_ID,
        name="Odd",
        email="o@x.example",
        login_ways=[1],
        extra_field_set=unknown_field,
    )
    assert client.staffs.search_staffs(keyword="No ", user_id=ADA).total == 0

    update = client.staffs.update_staff
    _refused(InvalidRequestError, 40001, update, GRACE, departments=[])
    mail_only = str(create(org_id=ORG_ID, name="Mail Only", email="mo@x.example", login_ways=[1]).staff_id)
    _refused(InvalidRequestError, 40001, update, mail_only, login_ways=[0])  # no mobile number to sign in with
    assert client.staffs.fetch_staff_detail(mail_only).login_ways == [1]
    client.staffs.delete_staff(mail_only)
    _refused(InvalidRequestError, 40001, update, GRACE, login_name=STAFF[ADA]["loginName"])
    _refused(NotFoundError, 64001, update, GRACE, departments=_in(f"{ORG_ID}-404"))
    assert client.staffs.fetch_staff_detail(GRACE).login_name == STAFF[GRACE]["loginName"]
    with pytest.raises(InvalidArgumentError, match="status"):
        update(GRACE, status=3)  # type: ignore[arg-type]


def test_a_bad_user_token_changes_nothing(client: Lansenger) -> None:
    before = _child_ids(client, SALES)
    _refused(
        AuthenticationError, 10004, client.departments.create_department, name="X", parent_id=SALES, user_token="stale"
    )
    _refused(AuthenticationError, 10004, client.staffs.delete_staff, GRACE, user_token="stale")
    assert _child_ids(client, SALES) == before and client.staffs.fetch_staff(GRACE).name == "Grace Hopper"


def test_each_sandbox_starts_from_the_seed() -> None:
    with Sandbox() as first, Lansenger(first.app_id, first.app_secret, gateway_url=first.url) as client:
        client.staffs.delete_staff(GRACE)
        client.departments.update_department(ENGINEERING, name="R&D")
        _refused(NotFoundError, 50001, client.staffs.fetch_staff, GRACE)
        with Sandbox() as second, Lansenger(second.app_id, second.app_secret, gateway_url=second.url) as fresh:
            assert fresh.staffs.fetch_staff(GRACE).name == "Grace Hopper"
            assert fresh.departments.fetch_department(ENGINEERING).name == "Engineering"
    assert GRACE in STAFF


# --- roles ---------------------------------------------------------------------------------------------------


def test_roles_gain_and_lose_members(sandbox: Sandbox, client: Lansenger) -> None:
    """Roles are kept by the spec's x-lansenger-resource and x-lansenger-refers declarations alone: no sandbox code."""
    roles = client.roles
    operators = str(roles.create_role(ORG_ID, role_name="Operators", description="Run the app", creator=ADA).role_id)
    auditors = str(roles.create_role(ORG_ID, role_name="Auditors").role_id)
    _refused(NotFoundError, 64001, roles.create_role, "999", role_name="Elsewhere")
    _refused(NotFoundError, 50001, roles.create_role, ORG_ID, role_name="Ghosts", creator="nobody")

    roles.add_role_members(role_id=operators, staff_ids=[ADA, GRACE, ADA], creator=ADA)
    roles.add_role_members(role_id=operators, staff_ids=[GRACE, ALAN])
    roles.add_role_members(role_id=auditors, staff_ids=[GRACE], user_token=sandbox.user_token(ADA))
    assert [staff.id for staff in roles.list_role_members(ORG_ID, operators).staffs] == [ADA, GRACE, ALAN]
    _refused(NotFoundError, 50001, roles.add_role_members, role_id=operators, staff_ids=[ADA, "nobody"])
    _refused(NotFoundError, 64001, roles.add_role_members, role_id="role-nope", staff_ids=[ADA])
    _refused(NotFoundError, 64001, roles.list_role_members, ORG_ID, "role-nope")
    _refused(NotFoundError, 64001, roles.list_role_members, "999", operators)

    roles.delete_role_member(GRACE, operator=ADA)
    assert [staff.id for staff in roles.list_role_members(ORG_ID, operators).staffs] == [ADA, ALAN]
    assert roles.list_role_members(ORG_ID, auditors).staffs == []
    _refused(NotFoundError, 64001, roles.delete_role_member, GRACE)
    _refused(NotFoundError, 50001, roles.delete_role_member, ADA, operator="nobody")


@pytest.mark.anyio
async def test_the_async_client_administers_contacts(sandbox: Sandbox) -> None:
    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        department = (await client.departments.create_department(name="Async", parent_id=ROOT_DEPARTMENT)).department
        department_id = str(department.id)
        staff_id = str(
            (
                await client.staffs.create_staff(
                    org_id=ORG_ID,
                    name="Ann Async",
                    email="ann@x.example",
                    login_ways=[1],
                    departments=_in(department_id),
                )
            ).staff_id
        )
        role = str((await client.roles.create_role(ORG_ID, role_name="Async role")).role_id)
        await client.roles.add_role_members(role_id=role, staff_ids=[staff_id])
        assert [staff.id for staff in (await client.roles.list_role_members(ORG_ID, role)).staffs] == [staff_id]
        await client.departments.add_department_staff(department_id, ADA)
        await client.departments.remove_department_staff(department_id, ADA)
        await client.staffs.delete_staff(staff_id)
        await client.departments.delete_department(department_id)
        with pytest.raises(NotFoundError):
            await client.departments.fetch_department(department_id)
