"""Unified todos end to end: the SDK against the sandbox gateway over real loopback HTTP."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from lansenger import AsyncLansenger, InvalidRequestError, Lansenger, NotFoundError
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID, STAFF
from lansenger_api.models.todo_executor_status import TodoExecutorStatus
from lansenger_api.models.todo_status import (
    TODO_STATUS_DONE,
    TODO_STATUS_PENDING_DO,
    TODO_STATUS_PENDING_READ,
    TODO_STATUS_READ,
)
from lansenger_api.models.todo_type import TODO_TYPE_APPROVAL, TODO_TYPE_NOTIFICATION
from lansenger_api.types import UNSET, Unset

ADA, GRACE, ALAN, EDSGER = list(STAFF)[:4]
LINKS = {"link": "https://m.example/todo", "pc_link": "https://pc.example/todo"}
# Every client would otherwise build its own TLS context, which costs more than a whole test here.
SHARED_TLS = ssl.create_default_context()


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as gateway:
        yield gateway


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Lansenger]:
    transport = httpx.HTTPTransport(verify=SHARED_TLS)
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, transport=transport) as lansenger:
        yield lansenger


def approval(client: Lansenger, *executors: str, source_id: str | Unset = UNSET, sender: str = ADA) -> str:
    created = client.todos.create_todo(
        title="Approve leave",
        type_=TODO_TYPE_APPROVAL,
        executor_ids=list(executors),
        org_id=ORG_ID,
        sender_id=sender,
        source_id=source_id,
        **LINKS,
    )
    assert created.todotask_id
    return created.todotask_id


def test_todo_lifecycle(client: Lansenger) -> None:
    todo_id = approval(client, GRACE, ALAN, source_id="leave-1")

    fetched = client.todos.fetch_todo(todotask_id=todo_id, org_id=ORG_ID)
    assert (fetched.title, fetched.type_, fetched.status) == (
        "Approve leave",
        TODO_TYPE_APPROVAL,
        TODO_STATUS_PENDING_DO,
    )
    assert (fetched.sender_id, fetched.executor_ids, fetched.source_id) == (ADA, [GRACE, ALAN], "leave-1")
    assert isinstance(fetched.create_time, str) and fetched.create_time.isdigit()
    assert client.todos.fetch_todo_by_source_id(source_id="leave-1", org_id=ORG_ID).todotask_id == todo_id

    client.todos.update_todo_info(
        todotask_id=todo_id, title="Approve leave (4 days)", link="", pc_link="https://pc.example/v2", org_id=ORG_ID
    )
    updated = client.todos.update_todo_status(todotask_id=todo_id, status=TODO_STATUS_DONE, org_id=ORG_ID)
    assert updated is not None and updated.todotask_id == todo_id
    fetched = client.todos.fetch_todo(todotask_id=todo_id, org_id=ORG_ID)
    assert (fetched.title, fetched.link, fetched.pc_link) == ("Approve leave (4 days)", "", "https://pc.example/v2")
    assert fetched.status == TODO_STATUS_DONE

    listed = client.todos.list_todos(org_id=ORG_ID)
    assert listed.total == 1 and listed.todotask_list[0].todotask_id == todo_id

    client.todos.delete_todo(todotask_id=todo_id, org_id=ORG_ID, staff_id=ADA)
    with pytest.raises(NotFoundError) as missing:
        client.todos.fetch_todo(todotask_id=todo_id, org_id=ORG_ID)
    assert missing.value.err_code == 64001
    assert client.todos.list_todos(org_id=ORG_ID).total == 0


def test_create_with_a_known_source_id_answers_the_first_todo(client: Lansenger) -> None:
    first = approval(client, GRACE, source_id="leave-2")
    again = approval(client, ALAN, source_id="leave-2")
    assert again == first
    assert client.todos.list_todos(org_id=ORG_ID).total == 1
    assert client.todos.fetch_todo(todotask_id=first, org_id=ORG_ID).executor_ids == [GRACE]


def test_notifications_start_unread(client: Lansenger) -> None:
    created = client.todos.create_todo(
        title="Read the policy", type_=TODO_TYPE_NOTIFICATION, executor_ids=[GRACE], org_id=ORG_ID, **LINKS
    )
    assert client.todos.fetch_todo(todotask_id=created.todotask_id, org_id=ORG_ID).status == TODO_STATUS_PENDING_READ


def test_executors_and_their_statuses(client: Lansenger) -> None:
    todo_id = approval(client, GRACE)
    client.todos.add_todo_executors(executor_ids=[ALAN, EDSGER], org_id=ORG_ID, todotask_id=todo_id)
    client.todos.update_executor_status(
        executor_status_list=[
            TodoExecutorStatus(executor_id=GRACE, status=TODO_STATUS_DONE),
            TodoExecutorStatus(executor_id=ALAN, status=TODO_STATUS_DONE, todotask_id=todo_id),
        ],
        org_id=ORG_ID,
        todotask_id=todo_id,
    )
    client.todos.update_todo_status(todotask_id=todo_id, status=TODO_STATUS_READ, org_id=ORG_ID, staff_id=EDSGER)

    executors = client.todos.list_todo_executors(todotask_id=todo_id, org_id=ORG_ID)
    assert executors.total == 3
    assert [(e.staff_id, e.status) for e in executors.executor_list] == [(GRACE, "22"), (ALAN, "22"), (EDSGER, "12")]
    done = client.todos.list_todo_executors(todotask_id=todo_id, org_id=ORG_ID, status_list=[TODO_STATUS_DONE])
    assert [e.staff_id for e in done.executor_list] == [GRACE, ALAN]
    alone = client.todos.list_todo_executors(todotask_id=todo_id, org_id=ORG_ID, staff_id=EDSGER)
    assert alone.total == 1
    seen_by_grace = client.todos.fetch_todo(todotask_id=todo_id, org_id=ORG_ID, staff_id=GRACE)
    assert seen_by_grace.status == TODO_STATUS_DONE
    assert client.todos.fetch_todo(todotask_id=todo_id, org_id=ORG_ID).status == TODO_STATUS_PENDING_DO

    client.todos.delete_todo_executors(executor_ids=[ALAN], org_id=ORG_ID, todotask_id=todo_id)
    assert client.todos.fetch_todo(todotask_id=todo_id, org_id=ORG_ID).executor_ids == [GRACE, EDSGER]


def test_counts_per_status_for_one_executor(client: Lansenger, sandbox: Sandbox) -> None:
    done = approval(client, GRACE, ALAN)
    approval(client, GRACE)
    approval(client, ALAN)
    client.todos.update_todo_status(todotask_id=done, status=TODO_STATUS_DONE, org_id=ORG_ID, staff_id=GRACE)

    def counts(**filters: Any) -> list[tuple[str, int]]:
        answer = client.todos.count_todos_by_status(staff_id=GRACE, org_id=ORG_ID, **filters)
        return [(str(entry.status), int(entry.count or 0)) for entry in answer]

    assert counts() == [("11", 0), ("12", 0), ("21", 1), ("22", 1)]
    assert counts(status=[TODO_STATUS_PENDING_DO]) == [("21", 1)]
    assert counts(app_id=sandbox.app_id) == counts()
    assert counts(app_id="another-app") == [("11", 0), ("12", 0), ("21", 0), ("22", 0)]


def test_list_filters(client: Lansenger, sandbox: Sandbox) -> None:
    mine, theirs = approval(client, GRACE, ALAN), approval(client, ALAN)
    client.todos.update_todo_status(todotask_id=mine, status=TODO_STATUS_DONE, org_id=ORG_ID, staff_id=GRACE)

    def ids(**filters: Any) -> list[str]:
        listed = client.todos.list_todos(org_id=ORG_ID, **filters)
        assert listed.total == len(listed.todotask_list)
        return [str(todo.todotask_id) for todo in listed.todotask_list]

    assert ids() == [mine, theirs]
    assert ids(staff_id=GRACE) == [mine]
    assert ids(staff_id=GRACE, status_list=[TODO_STATUS_PENDING_DO]) == []
    assert ids(staff_id=ALAN, status_list=[TODO_STATUS_PENDING_DO]) == [mine, theirs]
    assert ids(app_ids=[sandbox.app_id]) == [mine, theirs]
    assert ids(app_ids=["another-app"]) == []
    assert client.todos.list_todos(org_id="another-org").total == 0


def test_only_the_sender_deletes(client: Lansenger, sandbox: Sandbox) -> None:
    todo_id = approval(client, GRACE, sender=ADA)
    with pytest.raises(InvalidRequestError) as refused:
        client.todos.delete_todo(todotask_id=todo_id, org_id=ORG_ID, staff_id=GRACE)
    assert refused.value.err_code == 40001
    with pytest.raises(InvalidRequestError):
        client.todos.delete_todo(todotask_id=todo_id, org_id=ORG_ID, user_token=sandbox.user_token(GRACE))
    client.todos.delete_todo(todotask_id=todo_id, org_id=ORG_ID, user_token=sandbox.user_token(ADA))
    assert client.todos.list_todos(org_id=ORG_ID).total == 0


def test_the_user_token_names_the_sender(client: Lansenger, sandbox: Sandbox) -> None:
    created = client.todos.create_todo(
        title="t",
        type_=TODO_TYPE_APPROVAL,
        executor_ids=[GRACE],
        org_id=ORG_ID,
        user_token=sandbox.user_token(ALAN),
        **LINKS,
    )
    assert client.todos.fetch_todo(todotask_id=created.todotask_id, org_id=ORG_ID).sender_id == ALAN


def test_refusals_change_nothing(client: Lansenger) -> None:
    todo_id = approval(client, GRACE)
    with pytest.raises(InvalidRequestError, match="not executors"):
        client.todos.update_executor_status(
            executor_status_list=[
                TodoExecutorStatus(executor_id=GRACE, status=TODO_STATUS_DONE),
                TodoExecutorStatus(executor_id=ALAN, status=TODO_STATUS_DONE),
            ],
            org_id=ORG_ID,
            todotask_id=todo_id,
        )
    with pytest.raises(InvalidRequestError, match="not executors"):
        client.todos.delete_todo_executors(executor_ids=[GRACE, ALAN], org_id=ORG_ID, todotask_id=todo_id)
    with pytest.raises(InvalidRequestError, match="not executors"):
        client.todos.update_todo_status(todotask_id=todo_id, status=TODO_STATUS_DONE, org_id=ORG_ID, staff_id=ALAN)
    executors = client.todos.list_todo_executors(todotask_id=todo_id, org_id=ORG_ID)
    assert [(e.staff_id, e.status) for e in executors.executor_list] == [(GRACE, TODO_STATUS_PENDING_DO)]


def test_unknown_todos_are_not_found(client: Lansenger) -> None:
    calls = [
        lambda: client.todos.fetch_todo(todotask_id="todo-missing", org_id=ORG_ID),
        lambda: client.todos.fetch_todo_by_source_id(source_id="nothing", org_id=ORG_ID),
        lambda: client.todos.update_todo_status(todotask_id="todo-missing", status=TODO_STATUS_DONE, org_id=ORG_ID),
        lambda: client.todos.add_todo_executors(executor_ids=[GRACE], org_id=ORG_ID, todotask_id="todo-missing"),
        lambda: client.todos.list_todo_executors(todotask_id="todo-missing", org_id=ORG_ID),
        lambda: client.todos.delete_todo(todotask_id="todo-missing", org_id=ORG_ID),
    ]
    for call in calls:
        with pytest.raises(NotFoundError) as missing:
            call()
        assert missing.value.err_code == 64001


def test_executor_changes_need_a_todo(client: Lansenger) -> None:
    with pytest.raises(InvalidRequestError, match="todotaskId"):
        client.todos.add_todo_executors(executor_ids=[GRACE], org_id=ORG_ID)
    with pytest.raises(InvalidRequestError, match="todotaskId"):
        client.todos.update_executor_status(
            executor_status_list=[TodoExecutorStatus(executor_id=GRACE, status=TODO_STATUS_DONE)], org_id=ORG_ID
        )


def test_the_gateway_refuses_an_unknown_status(client: Lansenger, sandbox: Sandbox) -> None:
    """Beyond the SDK's own check: a raw request with an unknown code is refused and records nothing."""
    todo_id = approval(client, GRACE)
    answer = httpx.post(
        f"{sandbox.url}/xtra/task/unified/v1/todotask/status/update",
        params={"app_token": client.app_token()},
        json={"todotaskId": todo_id, "status": "99", "orgId": ORG_ID},
        verify=SHARED_TLS,
    ).json()
    assert answer["errCode"] == 40001 and "status" in answer["errMsg"]
    assert client.todos.fetch_todo(todotask_id=todo_id, org_id=ORG_ID).status == TODO_STATUS_PENDING_DO


@pytest.mark.anyio
async def test_async_round_trip(sandbox: Sandbox) -> None:
    transport = httpx.AsyncHTTPTransport(verify=SHARED_TLS)
    async with AsyncLansenger(
        sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, transport=transport
    ) as client:
        created = await client.todos.create_todo(
            title="t", type_=TODO_TYPE_APPROVAL, executor_ids=[GRACE], org_id=ORG_ID, source_id="async-1", **LINKS
        )
        fetched = await client.todos.fetch_todo_by_source_id(source_id="async-1", org_id=ORG_ID, staff_id=GRACE)
        counts = await client.todos.count_todos_by_status(
            staff_id=GRACE, org_id=ORG_ID, status=[TODO_STATUS_PENDING_DO]
        )
    assert fetched.todotask_id == created.todotask_id
    assert [(entry.status, entry.count) for entry in counts] == [("21", 1)]
