"""The `groups` operations end to end against the sandbox gateway, over real loopback HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from lansenger import AsyncLansenger, InvalidRequestError, Lansenger, NotFoundError, PermissionDeniedError
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID
from lansenger.testing._routes_groups import GroupStore
from lansenger_api.models.group_staff_ref import GroupStaffRef
from lansenger_api.types import UNSET

ADA, GRACE, ALAN, EDSGER, BARBARA, MARY, KATHERINE = (f"{ORG_ID}-{1000 + n}" for n in range(1, 8))
PLATFORM_DEPARTMENT = f"{ORG_ID}-3"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as gateway:
        yield gateway


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Lansenger]:
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as lansenger:
        yield lansenger


def store(sandbox: Sandbox) -> GroupStore:
    return sandbox.state.domain("groups", GroupStore)


def test_a_group_from_creation_to_dismissal(sandbox: Sandbox, client: Lansenger) -> None:
    ada = sandbox.user_token(ADA)
    created = client.groups.create_group(
        name="Release crew",
        org_id=ORG_ID,
        staff_id_list=[GRACE, "nobody"],
        department_id_list=[PLATFORM_DEPARTMENT, f"{ORG_ID}-99"],
        user_token=ada,
    )
    assert created.total_members == 5
    assert (created.invalid_staff, created.invalid_department) == (["nobody"], [f"{ORG_ID}-99"])
    group_id = created.group_id
    assert isinstance(group_id, str)

    info = client.groups.fetch_group_info(group_id, user_token=ada)
    assert info.name == "Release crew"
    assert isinstance(info.owner, GroupStaffRef) and (info.owner.staff_id, info.owner.name) == (ADA, "Ada Lovelace")
    assert isinstance(info.creator, GroupStaffRef) and info.creator.staff_id == ADA
    assert (info.total_members, info.is_public, info.manage_mode) == (5, 0, 0)

    client.groups.update_group_info(
        group_id, name="Release crew 2", is_public=True, manage_mode=1, assistant=[GRACE], user_token=ada
    )
    info = client.groups.fetch_group_info(group_id)
    assert (info.name, info.is_public, info.manage_mode) == ("Release crew 2", 1, 1)

    members = [member.staff_id for member in client.groups.iter_list_group_members(group_id, page_size=2)]
    assert members == [ADA, GRACE, ALAN, EDSGER, BARBARA]
    last_page = client.groups.list_group_members(group_id, page_offset=2, page_size=2, user_token=ada)
    assert (last_page.total_members, [m.staff_id for m in last_page.members]) == (5, [BARBARA])
    beyond = client.groups.list_group_members(group_id, page_offset=3, page_size=2)
    assert (beyond.total_members, beyond.members) == (5, [])

    grace = sandbox.user_token(GRACE)
    updated = client.groups.update_group_members(
        group_id, add_user_list=[MARY, ADA, "ghost"], del_user_list=[ALAN], user_token=grace
    )
    assert (updated.total_members, updated.added_staff_count, updated.deleted_staff_count) == (5, 1, 1)
    assert updated.invalid_staff == ["ghost"]
    assert client.groups.is_in_group(group_id, staff_id=MARY).is_in_group is True
    assert client.groups.is_in_group(group_id, staff_id=ALAN).is_in_group is False
    assert client.groups.is_in_group(group_id, user_token=grace).is_in_group is True
    assert group_id in client.groups.list_groups(user_token=grace).group_ids
    assert client.groups.list_groups(user_token=sandbox.user_token(ALAN)).group_ids == []

    with pytest.raises(PermissionDeniedError):
        client.groups.delete_group(group_id, user_token=grace)
    assert store(sandbox).group(group_id) is not None
    client.groups.delete_group(group_id, user_token=ada)
    assert store(sandbox).group(group_id) is None
    with pytest.raises(NotFoundError) as raised:
        client.groups.fetch_group_info(group_id)
    assert raised.value.err_code == 64001
    assert client.groups.is_in_group(group_id, staff_id=ADA).is_in_group is False


def test_groups_list_pages_by_page_index(client: Lansenger, sandbox: Sandbox) -> None:
    group_ids = [
        client.groups.create_group(name=f"team {n}", org_id=ORG_ID, owner_id=ADA, staff_id_list=[MARY]).group_id
        for n in range(5)
    ]
    client.groups.create_group(name="other", org_id=ORG_ID, owner_id=KATHERINE)
    first = client.groups.list_groups(page_size=2)
    second = client.groups.list_groups(page_offset=1, page_size=2)
    assert (first.total_group_ids, first.group_ids, second.group_ids) == (6, group_ids[:2], group_ids[2:4])
    mary = sandbox.user_token(MARY)
    assert list(client.groups.iter_list_groups(page_size=2, user_token=mary)) == group_ids
    assert client.groups.list_groups(page_offset=2, page_size=2, user_token=mary).group_ids == group_ids[4:]


def test_the_app_acts_as_its_bot(client: Lansenger, sandbox: Sandbox) -> None:
    group_id = client.groups.create_group(name="bot room", org_id=ORG_ID).group_id
    assert isinstance(group_id, str)
    info = client.groups.fetch_group_info(group_id)
    assert (info.total_members, info.owner, info.creator) == (0, UNSET, UNSET)
    assert client.groups.is_in_group(group_id).is_in_group is True
    added = client.groups.update_group_members(group_id, add_user_list=[GRACE, KATHERINE])
    assert (added.total_members, added.added_staff_count) == (2, 2)
    with pytest.raises(PermissionDeniedError, match="cannot add departments"):
        client.groups.update_group_members(group_id, add_department_id_list=[PLATFORM_DEPARTMENT])
    with pytest.raises(PermissionDeniedError) as raised:
        client.groups.fetch_group_info(group_id, user_token=sandbox.user_token(ALAN))
    assert raised.value.err_code == 30001
    client.groups.delete_group(group_id)
    assert client.groups.list_groups().total_group_ids == 0


def test_a_user_adds_departments_and_the_owner_stays(client: Lansenger, sandbox: Sandbox) -> None:
    ada = sandbox.user_token(ADA)
    group_id = client.groups.create_group(name="eng", org_id=ORG_ID, user_token=ada).group_id
    assert isinstance(group_id, str)
    added = client.groups.update_group_members(group_id, add_department_id_list=[f"{ORG_ID}-1"], user_token=ada)
    assert (added.total_members, added.added_staff_count) == (5, 4)
    with pytest.raises(InvalidRequestError, match="owner"):
        client.groups.update_group_members(group_id, del_user_list=[ADA, GRACE], user_token=ada)
    assert len(client.groups.list_group_members(group_id).members) == 5


def test_refused_updates_change_nothing(client: Lansenger, sandbox: Sandbox) -> None:
    ada = sandbox.user_token(ADA)
    group_id = client.groups.create_group(name="small", org_id=ORG_ID, staff_id_list=[GRACE], user_token=ada).group_id
    assert isinstance(group_id, str)
    before = store(sandbox).group(group_id)
    refusals: list[tuple[Callable[[], object], type[Exception], str]] = [
        (
            lambda: client.groups.update_group_info(group_id, name="renamed", owner_id=MARY, user_token=ada),
            InvalidRequestError,
            "not a member",
        ),
        (
            lambda: client.groups.update_group_info(group_id, name="renamed", max_members=2, assistant=[KATHERINE]),
            InvalidRequestError,
            "not a member",
        ),
        (
            lambda: client.groups.update_group_info(group_id, owner_id=GRACE, user_token=sandbox.user_token(GRACE)),
            PermissionDeniedError,
            "only the group owner",
        ),
        (lambda: client.groups.update_group_info("no-such-group", name="renamed"), NotFoundError, "group not found"),
        (lambda: client.groups.create_group(name="x", org_id="999"), InvalidRequestError, "orgId"),
        (lambda: client.groups.create_group(name="x", org_id=ORG_ID, owner_id="ghost"), NotFoundError, "ghost"),
    ]
    for refusal, error, message in refusals:
        with pytest.raises(error, match=message):
            refusal()
    assert store(sandbox).group(group_id) == before
    client.groups.update_group_info(group_id, max_members=2, user_token=ada)
    with pytest.raises(InvalidRequestError, match="maxMembers"):
        client.groups.update_group_members(group_id, add_user_list=[MARY])
    assert client.groups.list_groups().total_group_ids == 1


def test_owner_only_groups_refuse_other_managers(client: Lansenger, sandbox: Sandbox) -> None:
    ada, grace = sandbox.user_token(ADA), sandbox.user_token(GRACE)
    group_id = client.groups.create_group(name="locked", org_id=ORG_ID, staff_id_list=[GRACE], user_token=ada).group_id
    assert isinstance(group_id, str)
    client.groups.update_group_info(group_id, description="open to all", user_token=grace)
    client.groups.update_group_info(group_id, manage_mode=1, user_token=ada)
    with pytest.raises(PermissionDeniedError):
        client.groups.update_group_members(group_id, add_user_list=[MARY], user_token=grace)
    client.groups.update_group_info(group_id, assistant=[GRACE], user_token=ada)
    assert client.groups.update_group_members(group_id, add_user_list=[MARY], user_token=grace).added_staff_count == 1


def test_the_sandbox_answers_10000_for_non_members_like_the_platform(sandbox: Sandbox, client: Lansenger) -> None:
    group_id = client.groups.create_group(name="g", org_id=ORG_ID, owner_id=ADA).group_id
    token = client.app_token()
    with httpx.Client(base_url=sandbox.url) as http:
        for who in (GRACE, "ghost"):
            answer = http.get(
                f"/v2/groups/{group_id}/members/is_in_group", params={"app_token": token, "staff_id": who}
            ).json()
            assert answer["errCode"] == 10000 and "data" not in answer
        member = http.get(
            f"/v2/groups/{group_id}/members/is_in_group", params={"app_token": token, "staff_id": ADA}
        ).json()
    assert member == {"errCode": 0, "errMsg": "ok", "data": {"isInGroup": True}}
    assert client.groups.is_in_group(group_id, staff_id=GRACE).is_in_group is False


def test_the_sandbox_checks_paging_parameters(sandbox: Sandbox, client: Lansenger) -> None:
    token = client.app_token()
    with httpx.Client(base_url=sandbox.url) as http:
        answer = http.get("/v2/groups/fetch", params={"app_token": token, "page_offset": 0, "page_size": 101}).json()
    assert answer["errCode"] == 40001


@pytest.mark.anyio
async def test_async_round_trip(sandbox: Sandbox) -> None:
    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        created = await client.groups.create_group(
            name="async", org_id=ORG_ID, owner_id=ADA, department_id_list=[f"{ORG_ID}-0"]
        )
        assert created.total_members == 7
        group_id = created.group_id
        assert isinstance(group_id, str)
        members = [member.name async for member in client.groups.iter_list_group_members(group_id, page_size=3)]
        assert members[0] == "Ada Lovelace" and len(members) == 7
        assert [g async for g in client.groups.iter_list_groups(page_size=1)] == [group_id]
        await client.groups.delete_group(group_id)
        assert (await client.groups.is_in_group(group_id, staff_id=ADA)).is_in_group is False
