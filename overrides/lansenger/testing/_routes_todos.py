"""Unified todos: the sandbox keeps each organisation's todo tasks and their executors.

Behaviour the platform leaves open, chosen so tests see something coherent:
- a todo starts in the first status of its type (11 for notifications, 21 for approvals), and so do executors
  added later;
- a status update without ``staffId`` sets the todo's status and every executor's; with ``staffId`` only that
  executor's. Reads with a ``staffId`` answer that executor's status;
- only the sender may delete a todo when the request names someone (``staffId``, else the user token's staff).
"""

from __future__ import annotations

import copy
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ._checks import json_object, optional_text, required_text, text_list
from ._replies import OK, ApiError, JsonReply, Reply, invalid, success
from ._routing import Backend, Request, Route

PREFIX = "/xtra/task/unified/v1"
TODO_NOT_FOUND = 64001
TODO_STATUSES = ("11", "12", "21", "22")
FIRST_STATUS = {1: "11", 2: "21"}
_Result = TypeVar("_Result")


@dataclass
class Todo:
    id: str
    org_id: str
    app_id: str
    title: str
    type: int
    link: str
    pc_link: str
    status: str
    create_time: str
    executors: dict[str, str] = field(default_factory=dict)
    """Staff id -> that executor's status, in the order they were added."""
    source_id: str | None = None
    desc: str | None = None
    sender_id: str | None = None

    def view(self, staff_id: str | None = None) -> dict[str, Any]:
        """The todo as the platform answers it; with ``staff_id``, the status is that executor's."""
        answer: dict[str, Any] = {
            "todotaskId": self.id,
            "sourceId": self.source_id,
            "title": self.title,
            "desc": self.desc,
            "status": self.status_for(staff_id),
            "type": self.type,
            "link": self.link,
            "pcLink": self.pc_link,
            "senderId": self.sender_id,
            "executorIds": list(self.executors),
            "createTime": self.create_time,
            "appId": self.app_id,
        }
        return {key: value for key, value in answer.items() if value is not None}

    def status_for(self, staff_id: str | None) -> str:
        if staff_id is None:
            return self.status
        return self.executors.get(staff_id, self.status)

    def require_executors(self, staff_ids: Iterable[str], key: str) -> None:
        strangers = [staff_id for staff_id in staff_ids if staff_id not in self.executors]
        if strangers:
            raise invalid(f"{key}: not executors of todo {self.id}: {', '.join(strangers)}")


class TodoStore:
    """Todos per organisation. Changes run under the lock and check everything before they touch anything."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._orgs: dict[str, dict[str, Todo]] = {}

    def create(self, todo: Todo) -> str:
        """Store ``todo``, or answer the id of the org's todo that already has its sourceId."""
        with self._lock:
            todos = self._orgs.setdefault(todo.org_id, {})
            if todo.source_id is not None:
                for existing in todos.values():
                    if existing.source_id == todo.source_id:
                        return existing.id
            todos[todo.id] = copy.deepcopy(todo)
            return todo.id

    def change(self, org_id: str, todo_ids: Iterable[str], action: Callable[[list[Todo]], _Result]) -> _Result:
        """Run ``action`` on the live todos under the lock; an unknown id refuses before ``action`` runs."""
        with self._lock:
            return action(self._find(org_id, todo_ids))

    def delete(self, org_id: str, todo_id: str, vet: Callable[[Todo], None]) -> None:
        with self._lock:
            vet(self._find(org_id, [todo_id])[0])
            del self._orgs[org_id][todo_id]

    def get(self, org_id: str, todo_id: str) -> Todo:
        with self._lock:
            return copy.deepcopy(self._find(org_id, [todo_id])[0])

    def by_source(self, org_id: str, source_id: str) -> Todo:
        with self._lock:
            for todo in self._orgs.get(org_id, {}).values():
                if todo.source_id == source_id:
                    return copy.deepcopy(todo)
        raise ApiError(TODO_NOT_FOUND, "todo not found")

    def todos(self, org_id: str) -> list[Todo]:
        with self._lock:
            return copy.deepcopy(list(self._orgs.get(org_id, {}).values()))

    def _find(self, org_id: str, todo_ids: Iterable[str]) -> list[Todo]:
        todos = self._orgs.get(org_id, {})
        found = [todos.get(todo_id) for todo_id in todo_ids]
        if any(todo is None for todo in found):
            raise ApiError(TODO_NOT_FOUND, "todo not found")
        return [todo for todo in found if todo is not None]


def _store(backend: Backend) -> TodoStore:
    return backend.state.domain("todos", TodoStore)


def _body(request: Request) -> Mapping[str, Any]:
    return json_object(request.json, "body")


def _status(body: Mapping[str, Any], key: str, where: str = "") -> str:
    status = required_text(body, key, where)
    if status not in TODO_STATUSES:
        raise invalid(f"{where}{key}: must be one of {', '.join(TODO_STATUSES)}")
    return status


def _statuses(body: Mapping[str, Any], key: str) -> list[str]:
    statuses = text_list(body, key)
    unknown = [status for status in statuses if status not in TODO_STATUSES]
    if unknown:
        raise invalid(f"{key}: unknown status {', '.join(unknown)}")
    return list(dict.fromkeys(statuses))


def _present_text(body: Mapping[str, Any], key: str) -> str:
    """A key that must be sent, though it may be empty."""
    value = optional_text(body, key)
    if value is None:
        raise invalid(f"{key}: required")
    return value


def _executor_ids(body: Mapping[str, Any]) -> list[str]:
    executor_ids = text_list(body, "executorIds")
    if not executor_ids or not all(executor_ids):
        raise invalid("executorIds: at least one non-empty staff id required")
    return list(dict.fromkeys(executor_ids))


def _ref(todo_id: str | None) -> JsonReply:
    """The answer of the writes: the platform documents no data, its SDK reads the todo id back."""
    return success({"todotaskId": todo_id} if todo_id else {})


def create_todo(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    todo_type = body.get("type")
    if isinstance(todo_type, bool) or todo_type not in FIRST_STATUS:
        raise invalid(f"type: must be one of {', '.join(map(str, FIRST_STATUS))}")
    first_status = FIRST_STATUS[todo_type]
    todo = Todo(
        id=f"todo-{secrets.token_hex(8)}",
        org_id=required_text(body, "orgId"),
        app_id=backend.app_id,
        title=required_text(body, "title"),
        type=todo_type,
        link=required_text(body, "link"),
        pc_link=required_text(body, "pcLink"),
        status=first_status,
        create_time=str(time.time_ns() // 1_000_000),
        executors=dict.fromkeys(_executor_ids(body), first_status),
        source_id=optional_text(body, "sourceId") or None,
        desc=optional_text(body, "desc"),
        sender_id=optional_text(body, "senderId") or backend.acting_staff(request),
    )
    return success({"todotaskId": _store(backend).create(todo)})


def update_todo_info(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    todo_id = required_text(body, "todotaskId")
    title = required_text(body, "title")
    link, pc_link = _present_text(body, "link"), _present_text(body, "pcLink")
    desc = optional_text(body, "desc")

    def apply(todos: list[Todo]) -> None:
        todo = todos[0]
        todo.title, todo.link, todo.pc_link = title, link, pc_link
        if desc is not None:
            todo.desc = desc

    _store(backend).change(required_text(body, "orgId"), [todo_id], apply)
    return _ref(todo_id)


def update_todo_status(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    todo_id = required_text(body, "todotaskId")
    status = _status(body, "status")
    staff_id = optional_text(body, "staffId") or None

    def apply(todos: list[Todo]) -> None:
        todo = todos[0]
        if staff_id is not None:
            todo.require_executors([staff_id], "staffId")
            todo.executors[staff_id] = status
            return
        todo.status = status
        todo.executors = dict.fromkeys(todo.executors, status)

    _store(backend).change(required_text(body, "orgId"), [todo_id], apply)
    return _ref(todo_id)


def delete_todo(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    todo_id = required_text(body, "todotaskId")
    deleter = optional_text(body, "staffId") or backend.acting_staff(request)

    def vet(todo: Todo) -> None:
        if deleter is not None and deleter != todo.sender_id:
            raise invalid("staffId: only the todo's sender may delete it")

    _store(backend).delete(required_text(body, "orgId"), todo_id, vet)
    return _ref(todo_id)


def list_todos(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    org_id = required_text(body, "orgId")
    app_ids = set(text_list(body, "appIds"))
    staff_id = optional_text(body, "staffId") or None
    statuses = set(_statuses(body, "statusList"))
    matched = [
        todo.view(staff_id)
        for todo in _store(backend).todos(org_id)
        if (not app_ids or todo.app_id in app_ids)
        and (staff_id is None or staff_id in todo.executors)
        and (not statuses or todo.status_for(staff_id) in statuses)
    ]
    return success({"total": len(matched), "todotaskList": matched})


def fetch_todo_by_source_id(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    todo = _store(backend).by_source(required_text(body, "orgId"), required_text(body, "sourceId"))
    return success(todo.view(optional_text(body, "staffId") or None))


def fetch_todo(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    todo = _store(backend).get(required_text(body, "orgId"), required_text(body, "todotaskId"))
    return success(todo.view(optional_text(body, "staffId") or None))


def count_todos_by_status(backend: Backend, request: Request) -> Reply:
    """One entry per asked-for status (all four by default), zero counts included; the data is an array."""
    body = _body(request)
    staff_id = required_text(body, "staffId")
    org_id = required_text(body, "orgId")
    app_id = optional_text(body, "appId") or None
    counts = dict.fromkeys(_statuses(body, "status") or TODO_STATUSES, 0)
    for todo in _store(backend).todos(org_id):
        status = todo.executors.get(staff_id)
        if status in counts and (app_id is None or todo.app_id == app_id):
            counts[status] += 1
    data = [{"status": status, "count": count} for status, count in counts.items()]
    return JsonReply({"errCode": OK, "errMsg": "ok", "data": data})


def update_executor_status(backend: Backend, request: Request) -> Reply:
    """All or nothing: one unknown todo or executor leaves every status as it was."""
    body = _body(request)
    org_id = required_text(body, "orgId")
    top_id = optional_text(body, "todotaskId") or None
    items = body.get("executorStatusList")
    if not isinstance(items, list) or not items:
        raise invalid("executorStatusList: at least one item required")
    changes: list[tuple[str, str, str]] = []
    for index, raw in enumerate(items):
        where = f"executorStatusList[{index}]."
        item = json_object(raw, where.rstrip("."))
        todo_id = optional_text(item, "todotaskId", where) or top_id
        if todo_id is None:
            raise invalid(f"{where}todotaskId: required here or at the top level")
        changes.append((todo_id, required_text(item, "executorId", where), _status(item, "status", where)))

    def apply(todos: list[Todo]) -> None:
        for todo, (_, executor_id, _) in zip(todos, changes, strict=True):
            todo.require_executors([executor_id], "executorStatusList")
        for todo, (_, executor_id, status) in zip(todos, changes, strict=True):
            todo.executors[executor_id] = status

    _store(backend).change(org_id, [todo_id for todo_id, _, _ in changes], apply)
    return _ref(top_id)


def _executor_todo(body: Mapping[str, Any]) -> str:
    todo_id = optional_text(body, "todotaskId")
    if not todo_id:
        raise invalid("todotaskId: required (the sandbox cannot tell which todo otherwise)")
    return todo_id


def add_todo_executors(backend: Backend, request: Request) -> Reply:
    """Executors already on the todo keep their status; new ones start in the first status of its type."""
    body = _body(request)
    executor_ids = _executor_ids(body)
    todo_id = _executor_todo(body)

    def apply(todos: list[Todo]) -> None:
        todo = todos[0]
        for executor_id in executor_ids:
            todo.executors.setdefault(executor_id, FIRST_STATUS[todo.type])

    _store(backend).change(required_text(body, "orgId"), [todo_id], apply)
    return _ref(todo_id)


def delete_todo_executors(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    executor_ids = _executor_ids(body)
    todo_id = _executor_todo(body)

    def apply(todos: list[Todo]) -> None:
        todo = todos[0]
        todo.require_executors(executor_ids, "executorIds")
        for executor_id in executor_ids:
            del todo.executors[executor_id]

    _store(backend).change(required_text(body, "orgId"), [todo_id], apply)
    return _ref(todo_id)


def list_todo_executors(backend: Backend, request: Request) -> Reply:
    body = _body(request)
    todo = _store(backend).get(required_text(body, "orgId"), required_text(body, "todotaskId"))
    staff_id = optional_text(body, "staffId") or None
    statuses = set(_statuses(body, "statusList"))
    matched = [
        {"staffId": executor_id, "status": status}
        for executor_id, status in todo.executors.items()
        if (staff_id is None or executor_id == staff_id) and (not statuses or status in statuses)
    ]
    return success({"total": len(matched), "executorList": matched})


ROUTES: tuple[Route, ...] = (
    Route("POST", f"{PREFIX}/todotask/create", create_todo, takes_json=True),
    Route("POST", f"{PREFIX}/todotask/info/update", update_todo_info, takes_json=True),
    Route("POST", f"{PREFIX}/todotask/status/update", update_todo_status, takes_json=True),
    Route("POST", f"{PREFIX}/sender/todotask/delete", delete_todo, takes_json=True),
    Route("POST", f"{PREFIX}/todotask/list/fetch", list_todos, takes_json=True),
    Route("POST", f"{PREFIX}/todotask/info/fetchbysourceid", fetch_todo_by_source_id, takes_json=True),
    Route("POST", f"{PREFIX}/todotask/info/fetch", fetch_todo, takes_json=True),
    Route("POST", f"{PREFIX}/todotask/status/countList/fetch", count_todos_by_status, takes_json=True),
    Route("POST", f"{PREFIX}/todotask/executor/status/update", update_executor_status, takes_json=True),
    Route("POST", f"{PREFIX}/todotask/executor/create", add_todo_executors, takes_json=True),
    Route("POST", f"{PREFIX}/todotask/executor/delete", delete_todo_executors, takes_json=True),
    Route("POST", f"{PREFIX}/todotask/executor/list/fetch", list_todo_executors, takes_json=True),
)
