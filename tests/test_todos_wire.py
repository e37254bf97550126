"""Unified todo operations as the platform receives them, and the typed answers they return."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import respx
from lansenger import InvalidArgumentError, Lansenger, NotFoundError
from lansenger_api.models.todo_executor_list import TodoExecutorList
from lansenger_api.models.todo_executor_status import TodoExecutorStatus
from lansenger_api.models.todo_status import (
    TODO_STATUS_DONE,
    TODO_STATUS_PENDING_DO,
    TODO_STATUS_PENDING_READ,
    TODO_STATUS_READ,
    TODO_STATUS_VALUES,
)
from lansenger_api.models.todo_status_count import TodoStatusCount
from lansenger_api.models.todo_task import TodoTask
from lansenger_api.models.todo_task_list import TodoTaskList
from lansenger_api.models.todo_task_ref import TodoTaskRef
from lansenger_api.models.todo_type import TODO_TYPE_APPROVAL, TODO_TYPE_NOTIFICATION, TODO_TYPE_VALUES

from tests._envelopes import GATEWAY, TOKEN, ok
from tests._wire import Case, run_error, wire_tests

PREFIX = "/xtra/task/unified/v1"
LINKS = {"link": "https://m.example/1", "pc_link": "https://pc.example/1"}
ORG = "524288"
TODO = "todo-7"
TODO_DATA = {
    "todotaskId": TODO,
    "sourceId": "leave-42",
    "title": "Approve leave",
    "desc": "3 days",
    "status": "21",
    "type": 2,
    "link": "https://m.example/leave/42",
    "pcLink": "https://pc.example/leave/42",
    "senderId": "staff-1",
    "executorIds": ["staff-2", "staff-3"],
    "createTime": "1700000000000",
    "appId": "app-1",
    "priority": "high",
}


def _ref_is(expected: str | None) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        if expected is None:
            assert result is None or (isinstance(result, TodoTaskRef) and not result.to_dict())
        else:
            assert isinstance(result, TodoTaskRef)
            assert result.todotask_id == expected

    return check


def _is_leave_todo(result: Any) -> None:
    assert isinstance(result, TodoTask)
    assert result.todotask_id == TODO
    assert result.source_id == "leave-42"
    assert result.status == TODO_STATUS_PENDING_DO
    assert result.type_ == TODO_TYPE_APPROVAL
    assert result.pc_link == "https://pc.example/leave/42"
    assert result.executor_ids == ["staff-2", "staff-3"]
    assert result.create_time == "1700000000000"
    assert result.additional_properties == {"priority": "high"}


def _is_todo_list(result: Any) -> None:
    assert isinstance(result, TodoTaskList)
    assert result.total == 2
    assert [todo.todotask_id for todo in result.todotask_list] == [TODO, "todo-8"]
    assert result.todotask_list[1].status == TODO_STATUS_READ
    assert result.todotask_list[1].create_time == 1700000000001


def _is_status_counts(result: Any) -> None:
    assert isinstance(result, list)
    assert all(isinstance(entry, TodoStatusCount) for entry in result)
    assert [(entry.status, entry.count) for entry in result] == [("21", 3), ("22", 5)]


def _is_executor_list(result: Any) -> None:
    assert isinstance(result, TodoExecutorList)
    assert result.total == 2
    assert [(executor.staff_id, executor.status) for executor in result.executor_list] == [
        ("staff-2", "22"),
        ("staff-3", "21"),
    ]


CASES = [
    Case(
        "create_todo",
        lambda c: c.todos.create_todo(
            title="Approve leave",
            type_=TODO_TYPE_APPROVAL,
            link="https://m.example/leave/42",
            pc_link="https://pc.example/leave/42",
            executor_ids=["staff-2", "staff-3"],
            org_id=ORG,
            source_id="leave-42",
            desc="3 days",
            sender_id="staff-1",
        ),
        "POST",
        f"{PREFIX}/todotask/create",
        data={"todotaskId": TODO},
        body={
            "title": "Approve leave",
            "type": 2,
            "link": "https://m.example/leave/42",
            "pcLink": "https://pc.example/leave/42",
            "executorIds": ["staff-2", "staff-3"],
            "orgId": ORG,
            "sourceId": "leave-42",
            "desc": "3 days",
            "senderId": "staff-1",
        },
        check=_ref_is(TODO),
    ),
    Case(
        "update_todo_info",
        lambda c: c.todos.update_todo_info(
            todotask_id=TODO, title="Approve leave (4 days)", link="", pc_link="https://pc.example/leave/42", org_id=ORG
        ),
        "POST",
        f"{PREFIX}/todotask/info/update",
        body={
            "todotaskId": TODO,
            "title": "Approve leave (4 days)",
            "link": "",
            "pcLink": "https://pc.example/leave/42",
            "orgId": ORG,
        },
        check=_ref_is(None),
    ),
    Case(
        "update_todo_status",
        lambda c: c.todos.update_todo_status(
            todotask_id=TODO, status=TODO_STATUS_DONE, org_id=ORG, staff_id="staff-2", user_token="ut-1"
        ),
        "POST",
        f"{PREFIX}/todotask/status/update",
        data={"todotaskId": TODO},
        query={"user_token": "ut-1"},
        body={"todotaskId": TODO, "status": "22", "orgId": ORG, "staffId": "staff-2"},
        check=_ref_is(TODO),
    ),
    Case(
        "delete_todo",
        lambda c: c.todos.delete_todo(todotask_id=TODO, org_id=ORG, staff_id="staff-1"),
        "POST",
        f"{PREFIX}/sender/todotask/delete",
        data={},
        body={"todotaskId": TODO, "orgId": ORG, "staffId": "staff-1"},
        check=_ref_is(None),
    ),
    Case(
        "list_todos",
        lambda c: c.todos.list_todos(
            org_id=ORG, app_ids=["app-1"], staff_id="staff-2", status_list=[TODO_STATUS_PENDING_DO, TODO_STATUS_READ]
        ),
        "POST",
        f"{PREFIX}/todotask/list/fetch",
        data={
            "total": 2,
            "todotaskList": [
                TODO_DATA,
                {"todotaskId": "todo-8", "status": "12", "type": 1, "createTime": 1700000000001},
            ],
        },
        body={"orgId": ORG, "appIds": ["app-1"], "staffId": "staff-2", "statusList": ["21", "12"]},
        check=_is_todo_list,
    ),
    Case(
        "fetch_todo_by_source_id",
        lambda c: c.todos.fetch_todo_by_source_id(source_id="leave-42", org_id=ORG, staff_id="staff-2"),
        "POST",
        f"{PREFIX}/todotask/info/fetchbysourceid",
        data=TODO_DATA,
        body={"sourceId": "leave-42", "orgId": ORG, "staffId": "staff-2"},
        check=_is_leave_todo,
    ),
    Case(
        "fetch_todo",
        lambda c: c.todos.fetch_todo(todotask_id=TODO, org_id=ORG),
        "POST",
        f"{PREFIX}/todotask/info/fetch",
        data=TODO_DATA,
        body={"todotaskId": TODO, "orgId": ORG},
        check=_is_leave_todo,
    ),
    Case(
        "count_todos_by_status",
        lambda c: c.todos.count_todos_by_status(
            staff_id="staff-2", org_id=ORG, app_id="app-1", status=[TODO_STATUS_PENDING_DO, TODO_STATUS_DONE]
        ),
        "POST",
        f"{PREFIX}/todotask/status/countList/fetch",
        data=[{"status": "21", "count": 3}, {"status": "22", "count": 5}],
        body={"staffId": "staff-2", "orgId": ORG, "appId": "app-1", "status": ["21", "22"]},
        check=_is_status_counts,
    ),
    Case(
        "update_executor_status",
        lambda c: c.todos.update_executor_status(
            executor_status_list=[
                TodoExecutorStatus(executor_id="staff-2", status=TODO_STATUS_DONE),
                TodoExecutorStatus(executor_id="staff-3", status=TODO_STATUS_READ, todotask_id="todo-8"),
            ],
            org_id=ORG,
            todotask_id=TODO,
        ),
        "POST",
        f"{PREFIX}/todotask/executor/status/update",
        data={"todotaskId": TODO},
        body={
            "executorStatusList": [
                {"executorId": "staff-2", "status": "22"},
                {"executorId": "staff-3", "status": "12", "todotaskId": "todo-8"},
            ],
            "orgId": ORG,
            "todotaskId": TODO,
        },
        check=_ref_is(TODO),
    ),
    Case(
        "add_todo_executors",
        lambda c: c.todos.add_todo_executors(executor_ids=["staff-4"], org_id=ORG, todotask_id=TODO),
        "POST",
        f"{PREFIX}/todotask/executor/create",
        data={"todotaskId": TODO},
        body={"executorIds": ["staff-4"], "orgId": ORG, "todotaskId": TODO},
        check=_ref_is(TODO),
    ),
    Case(
        "delete_todo_executors",
        lambda c: c.todos.delete_todo_executors(executor_ids=["staff-3", "staff-4"], org_id=ORG, todotask_id=TODO),
        "POST",
        f"{PREFIX}/todotask/executor/delete",
        body={"executorIds": ["staff-3", "staff-4"], "orgId": ORG, "todotaskId": TODO},
        check=_ref_is(None),
    ),
    Case(
        "list_todo_executors",
        lambda c: c.todos.list_todo_executors(
            todotask_id=TODO, org_id=ORG, status_list=[TODO_STATUS_PENDING_DO, TODO_STATUS_DONE]
        ),
        "POST",
        f"{PREFIX}/todotask/executor/list/fetch",
        data={
            "total": 2,
            "executorList": [{"staffId": "staff-2", "status": "22"}, {"staffId": "staff-3", "status": "21"}],
        },
        body={"todotaskId": TODO, "orgId": ORG, "statusList": ["21", "22"]},
        check=_is_executor_list,
    ),
]


test_wire, test_wire_async = wire_tests(CASES)


def test_every_operation_has_a_case() -> None:
    operations = {
        name
        for name in dir(Lansenger(app_token=TOKEN, gateway_url=GATEWAY).todos)
        if not name.startswith(("_", "with_"))
    }
    assert operations == {case.id for case in CASES}


def test_unknown_todo_raises_not_found(router: respx.MockRouter) -> None:
    fetch = next(case for case in CASES if case.id == "fetch_todo")
    run_error(router, fetch, 64001, NotFoundError)


def test_enum_constants_are_the_platform_codes_and_travel_as_such(router: respx.MockRouter) -> None:
    statuses = [TODO_STATUS_PENDING_READ, TODO_STATUS_READ, TODO_STATUS_PENDING_DO, TODO_STATUS_DONE]
    types = [TODO_TYPE_NOTIFICATION, TODO_TYPE_APPROVAL]
    assert statuses == sorted(TODO_STATUS_VALUES) == ["11", "12", "21", "22"]
    assert types == sorted(TODO_TYPE_VALUES) == [1, 2]
    status_route = router.post(f"{PREFIX}/todotask/status/update").respond(json=ok())
    create_route = router.post(f"{PREFIX}/todotask/create").respond(json=ok({"todotaskId": TODO}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        for status in statuses:
            client.todos.update_todo_status(todotask_id=TODO, status=status, org_id=ORG)
        for todo_type in types:
            client.todos.create_todo(title="t", type_=todo_type, executor_ids=["s"], org_id=ORG, **LINKS)
    assert [json.loads(call.request.content)["status"] for call in status_route.calls] == statuses
    assert [json.loads(call.request.content)["type"] for call in create_route.calls] == types


def test_answers_keep_unknown_status_values(router: respx.MockRouter) -> None:
    """A status the platform adds later reaches the caller instead of failing the whole answer."""
    router.post(f"{PREFIX}/todotask/info/fetch").respond(json=ok({"todotaskId": TODO, "status": "31", "type": 3}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        todo = client.todos.fetch_todo(todotask_id=TODO, org_id=ORG)
    assert (todo.status, todo.type_) == ("31", 3)


@pytest.fixture
def offline() -> Iterator[Lansenger]:
    """A client whose gateway has no routes: anything that reaches it fails the test."""
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        yield client
        assert not router.calls


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.todos.create_todo(title="t", type_=3, executor_ids=["s"], org_id=ORG, **LINKS),
            "type_ must be one of 1, 2",
        ),
        (
            lambda c: c.todos.create_todo(title="t", type_=1, executor_ids=[], org_id=ORG, **LINKS),
            "executor_ids must not be empty",
        ),
        (lambda c: c.todos.create_todo(title="", type_=1, executor_ids=["s"], org_id=ORG, **LINKS), "title must not"),
        (
            lambda c: c.todos.create_todo(title="t", type_=1, executor_ids=[""], org_id=ORG, **LINKS),
            r"executor_ids\[0\] must be at least 1",
        ),
        (lambda c: c.todos.update_todo_status(todotask_id=TODO, status="23", org_id=ORG), "status must be one of"),
        (lambda c: c.todos.update_todo_status(todotask_id="", status="22", org_id=ORG), "todotask_id must not"),
        (lambda c: c.todos.list_todos(org_id=ORG, status_list=["22", "done"]), r"status_list\[1\] must be one of"),
        (lambda c: c.todos.count_todos_by_status(staff_id="s", org_id=ORG, status=["1"]), r"status\[0\] must be one"),
        (
            lambda c: c.todos.update_executor_status(executor_status_list=[], org_id=ORG),
            "executor_status_list must not be empty",
        ),
        (
            lambda c: c.todos.update_executor_status(
                executor_status_list=[TodoExecutorStatus(executor_id="s", status="99")], org_id=ORG
            ),
            r"executor_status_list\[0\]\.status must be one of",
        ),
        (
            lambda c: c.todos.add_todo_executors(executor_ids=[], org_id=ORG, todotask_id=TODO),
            "executor_ids must not be empty",
        ),
        (lambda c: c.todos.fetch_todo(todotask_id=TODO, org_id=""), "org_id must not be empty"),
    ],
)
def test_rejected_before_any_request(offline: Lansenger, call: Callable[[Lansenger], Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        call(offline)
