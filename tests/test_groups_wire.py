"""The `groups` operations as the platform receives them, and the typed answers they return."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

import httpx
import pytest
import respx
from lansenger import (
    APIError,
    AsyncLansenger,
    InvalidArgumentError,
    Lansenger,
    NotFoundError,
    PermissionDeniedError,
)
from lansenger_api.models.group_created import GroupCreated
from lansenger_api.models.group_ids_page import GroupIdsPage
from lansenger_api.models.group_info import GroupInfo
from lansenger_api.models.group_members_page import GroupMembersPage
from lansenger_api.models.group_members_updated import GroupMembersUpdated
from lansenger_api.models.group_membership import GroupMembership
from lansenger_api.models.group_staff_ref import GroupStaffRef

from tests._envelopes import GATEWAY, TOKEN, failed, ok
from tests._wire import Case, run_error, wire_tests

ORG = "524288"
GROUP = "g-100"
MEMBERS_PATH = f"/v2/groups/{GROUP}/members/fetch"
IS_IN_GROUP_PATH = f"/v2/groups/{GROUP}/members/is_in_group"


def check_created(created: GroupCreated) -> None:
    assert isinstance(created, GroupCreated)
    assert (created.group_id, created.total_members) == ("g-100", 3)
    assert (created.invalid_staff, created.invalid_department) == (["nobody"], [])


def check_info(info: GroupInfo) -> None:
    assert isinstance(info, GroupInfo)
    assert info.name == "Release crew"
    assert isinstance(info.owner, GroupStaffRef) and info.owner.staff_id == "s-1"
    assert info.owner.additional_properties == {"orgId": ORG}
    assert (info.is_public, info.remind_all, info.manage_mode, info.total_members) == (0, True, 1, 3)
    assert info.additional_properties == {"futureField": "kept"}


def check_members(page: GroupMembersPage) -> None:
    assert page.total_members == 5
    assert [(member.staff_id, member.name) for member in page.members] == [("s-3", "Alan"), ("s-4", "Edsger")]


def check_members_updated(updated: GroupMembersUpdated) -> None:
    assert (updated.total_members, updated.added_staff_count, updated.deleted_staff_count) == (4, 2, 1)
    assert updated.invalid_staff == []


def check_group_ids(page: GroupIdsPage) -> None:
    assert (page.total_group_ids, page.group_ids) == (2, ["g-100", "g-101"])


def check_is_member(membership: GroupMembership) -> None:
    assert membership.is_in_group is True


def check_none(result: object) -> None:
    assert result is None


CASES = [
    Case(
        "create_group",
        lambda c: c.groups.create_group(
            name="Release crew",
            org_id=ORG,
            owner_id="s-1",
            staff_id_list=["s-2", "nobody"],
            department_id_list=[f"{ORG}-3"],
            user_token="ut-1",
        ),
        "POST",
        "/v2/groups/create",
        data={"groupId": "g-100", "totalMembers": 3, "invalidStaff": ["nobody"], "invalidDepartment": []},
        query={"user_token": "ut-1"},
        body={
            "name": "Release crew",
            "orgId": ORG,
            "ownerId": "s-1",
            "staffIdList": ["s-2", "nobody"],
            "departmentIdList": [f"{ORG}-3"],
        },
        check=check_created,
    ),
    Case(
        "fetch_group_info",
        lambda c: c.groups.fetch_group_info(GROUP),
        "GET",
        f"/v2/groups/{GROUP}/info/fetch",
        data={
            "name": "Release crew",
            "owner": {"staffId": "s-1", "name": "Ada", "orgId": ORG},
            "creator": {"staffId": "s-1", "name": "Ada"},
            "state": 1,
            "manageMode": 1,
            "isPublic": 0,
            "remindAll": True,
            "sendMsgStatus": True,
            "totalMembers": 3,
            "futureField": "kept",
        },
        check=check_info,
    ),
    Case(
        "update_group_info",
        lambda c: c.groups.update_group_info(
            GROUP, name="Release crew 2", manage_mode=1, is_public=False, max_members=200, assistant=["s-2"]
        ),
        "POST",
        f"/v2/groups/{GROUP}/info/update",
        data={},
        body={"name": "Release crew 2", "manageMode": 1, "isPublic": False, "maxMembers": 200, "assistant": ["s-2"]},
        check=check_none,
    ),
    Case(
        "list_group_members",
        lambda c: c.groups.list_group_members(GROUP, page_offset=1, page_size=2, user_token="ut-1"),
        "GET",
        MEMBERS_PATH,
        data={"totalMembers": 5, "members": [{"staffId": "s-3", "name": "Alan"}, {"staffId": "s-4", "name": "Edsger"}]},
        query={"page_offset": "1", "page_size": "2", "user_token": "ut-1"},
        check=check_members,
    ),
    Case(
        "list_group_members_defaults",
        lambda c: c.groups.list_group_members(GROUP),
        "GET",
        MEMBERS_PATH,
        data={"totalMembers": 5, "members": [{"staffId": "s-3", "name": "Alan"}, {"staffId": "s-4", "name": "Edsger"}]},
        query={"page_offset": "0", "page_size": "100"},
        check=check_members,
    ),
    Case(
        "update_group_members",
        lambda c: c.groups.update_group_members(GROUP, add_user_list=["s-5", "s-6"], del_user_list=["s-2"]),
        "POST",
        f"/v2/groups/{GROUP}/members/update",
        data={
            "totalMembers": 4,
            "addedStaffCount": 2,
            "deletedStaffCount": 1,
            "invalidStaff": [],
            "invalidDepartment": [],
        },
        body={"addUserList": ["s-5", "s-6"], "delUserList": ["s-2"]},
        check=check_members_updated,
    ),
    Case(
        "list_groups",
        lambda c: c.groups.list_groups(user_token="ut-1"),
        "GET",
        "/v2/groups/fetch",
        data={"totalGroupIds": 2, "groupIds": ["g-100", "g-101"]},
        query={"page_offset": "0", "page_size": "100", "user_token": "ut-1"},
        check=check_group_ids,
    ),
    Case(
        "is_in_group",
        lambda c: c.groups.is_in_group(GROUP, staff_id="s-1"),
        "GET",
        IS_IN_GROUP_PATH,
        data={"isInGroup": True},
        query={"staff_id": "s-1"},
        check=check_is_member,
    ),
    Case(
        "delete_group",
        lambda c: c.groups.delete_group(GROUP, user_token="ut-1"),
        "POST",
        f"/v2/groups/{GROUP}/delete",
        query={"user_token": "ut-1"},
        body={},
        check=check_none,
    ),
]


test_wire, test_wire_async = wire_tests(CASES)


def test_unknown_group_raises_not_found(router: respx.MockRouter) -> None:
    run_error(router, CASES[1], 64001, NotFoundError)


def test_not_a_member_answers_false_instead_of_raising(router: respx.MockRouter) -> None:
    route = router.get(IS_IN_GROUP_PATH).respond(json=failed(10000, "not in group"))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        membership = client.groups.is_in_group(GROUP, staff_id="s-9")
    assert membership.is_in_group is False
    assert route.call_count == 1


@pytest.mark.anyio
async def test_not_a_member_answers_false_instead_of_raising_async(router: respx.MockRouter) -> None:
    router.get(IS_IN_GROUP_PATH).respond(json=failed(10000, "query failed"))
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        membership = await client.groups.is_in_group(GROUP)
    assert membership.is_in_group is False


def test_other_is_in_group_errors_still_raise(router: respx.MockRouter) -> None:
    router.get(IS_IN_GROUP_PATH).respond(json=failed(30001, "not in group"))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client, pytest.raises(PermissionDeniedError):
        client.groups.is_in_group(GROUP)


def test_errcode_10000_elsewhere_is_an_error(router: respx.MockRouter) -> None:
    router.get(f"/v2/groups/{GROUP}/info/fetch").respond(json=failed(10000, "service unavailable"))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client, pytest.raises(APIError) as raised:
        client.groups.fetch_group_info(GROUP)
    assert raised.value.err_code == 10000


@dataclass
class Paged:
    """A platform that pages `items` by page index and page size, and records the page indexes asked for."""

    items: list[Any]
    field: str
    total_field: str
    total: int | None = None
    pages: list[int] = dataclass_field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        index, size = int(request.url.params["page_offset"]), int(request.url.params["page_size"])
        self.pages.append(index)
        total = len(self.items) if self.total is None else self.total
        return httpx.Response(200, json=ok({self.total_field: total, self.field: self.items[index * size :][:size]}))


MEMBERS = [{"staffId": f"s-{n}", "name": f"Member {n}"} for n in range(5)]


@pytest.fixture
def client(router: respx.MockRouter) -> Iterator[Lansenger]:
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as lansenger:
        yield lansenger


def test_iter_members_walks_page_indexes_until_the_total(router: respx.MockRouter, client: Lansenger) -> None:
    answer = Paged(MEMBERS, "members", "totalMembers")
    route = router.get(MEMBERS_PATH).mock(side_effect=answer)
    members = list(client.groups.iter_list_group_members(GROUP, page_size=2, user_token="ut-1"))
    assert [member.staff_id for member in members] == [f"s-{n}" for n in range(5)]
    assert answer.pages == [0, 1, 2]
    assert all(call.request.url.params["user_token"] == "ut-1" for call in route.calls)


def test_iter_members_stops_when_the_total_is_reached_on_a_full_page(
    router: respx.MockRouter, client: Lansenger
) -> None:
    answer = Paged(MEMBERS[:4], "members", "totalMembers")
    router.get(MEMBERS_PATH).mock(side_effect=answer)
    assert len(list(client.groups.iter_list_group_members(GROUP, page_size=2))) == 4
    assert answer.pages == [0, 1]


def test_iter_groups_walks_every_page(router: respx.MockRouter, client: Lansenger) -> None:
    group_ids = [f"g-{n}" for n in range(7)]
    answer = Paged(group_ids, "groupIds", "totalGroupIds")
    router.get("/v2/groups/fetch").mock(side_effect=answer)
    assert list(client.groups.iter_list_groups(page_size=3)) == group_ids
    assert answer.pages == [0, 1, 2]


def test_iter_groups_stops_on_an_empty_page_when_the_total_overstates(
    router: respx.MockRouter, client: Lansenger
) -> None:
    answer = Paged(["g-0", "g-1", "g-2"], "groupIds", "totalGroupIds", total=10)
    router.get("/v2/groups/fetch").mock(side_effect=answer)
    assert list(client.groups.iter_list_groups(page_size=2)) == ["g-0", "g-1", "g-2"]
    assert answer.pages == [0, 1, 2]


@pytest.mark.anyio
async def test_iter_members_async(router: respx.MockRouter) -> None:
    answer = Paged(MEMBERS, "members", "totalMembers")
    router.get(MEMBERS_PATH).mock(side_effect=answer)
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        names = [member.name async for member in client.groups.iter_list_group_members(GROUP, page_size=2)]
    assert names == [f"Member {n}" for n in range(5)]
    assert answer.pages == [0, 1, 2]


@pytest.mark.anyio
async def test_iter_groups_async(router: respx.MockRouter) -> None:
    answer = Paged(["g-0", "g-1", "g-2"], "groupIds", "totalGroupIds")
    router.get("/v2/groups/fetch").mock(side_effect=answer)
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        group_ids = [group_id async for group_id in client.groups.iter_list_groups(page_size=2)]
    assert group_ids == ["g-0", "g-1", "g-2"]
    assert answer.pages == [0, 1]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.groups.create_group(name="", org_id=ORG), "name"),
        (lambda c: c.groups.create_group(name="n", org_id=""), "org_id"),
        (lambda c: c.groups.create_group(name="n", org_id=ORG, staff_id_list=[""]), "staff_id_list"),
        (lambda c: c.groups.fetch_group_info(""), "group_id must not be empty"),
        (lambda c: c.groups.update_group_info(GROUP), "at least one of"),
        (lambda c: c.groups.update_group_info(GROUP, description="", assistant=[]), "at least one of"),
        (lambda c: c.groups.update_group_info(GROUP, max_members=1), "max_members"),
        (lambda c: c.groups.update_group_info(GROUP, manage_mode=2), "manage_mode"),
        (lambda c: c.groups.update_group_members(GROUP), "at least one of"),
        (lambda c: c.groups.update_group_members(GROUP, add_user_list=[], del_user_list=[]), "at least one of"),
        (lambda c: c.groups.list_group_members(GROUP, page_size=101), "page_size must be at most 100"),
        (lambda c: c.groups.list_group_members(GROUP, page_offset=-1), "page_offset must be at least 0"),
        (lambda c: c.groups.list_groups(page_size=0), "page_size must be at least 1"),
        (lambda c: c.groups.is_in_group(GROUP, staff_id=""), "staff_id must not be empty"),
        (lambda c: c.groups.delete_group("", user_token="ut-1"), "group_id must not be empty"),
    ],
)
def test_bad_input_is_rejected_before_any_request(call: Callable[[Lansenger], Any], message: str) -> None:
    with (
        respx.mock(base_url=GATEWAY) as router,
        Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client,
        pytest.raises(InvalidArgumentError, match=message),
    ):
        call(client)
    assert not router.calls
