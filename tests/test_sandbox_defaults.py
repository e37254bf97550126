"""What the sandbox answers without hand-written code: the spec's default answers and its resource hints.

Domains users do not drive as flows (questionnaires, videoconferences, leave, boardrooms, notices, tags, personal
apps, ...) are answered from the spec: requests are held to its schemas, answers are built from its response
schemas. Todos (like roles) carry `x-lansenger-resource` hints, so a create -> fetch -> list -> update -> delete
round trip keeps state.
"""

from __future__ import annotations

import httpx
import pytest
from lansenger import Lansenger, NotFoundError
from lansenger.testing import Sandbox

ORG_ID, ADA, GRACE = "524288", "524288-1001", "524288-1002"
LINKS = {"link": "https://m.example/todo", "pc_link": "https://pc.example/todo"}


def test_a_todo_round_trip_keeps_state(lansenger_sandbox: Sandbox, lansenger_client: Lansenger) -> None:
    todos = lansenger_client.todos
    created = todos.create_todo(title="Review", type_=1, executor_ids=[GRACE], org_id=ORG_ID, **LINKS)
    todo_id = str(created.todotask_id)

    fetched = todos.fetch_todo(todotask_id=todo_id, org_id=ORG_ID)
    todos.update_todo_info(todotask_id=todo_id, title="Review (moved)", org_id=ORG_ID, **LINKS)
    listed = todos.list_todos(org_id=ORG_ID).todotask_list or []
    todos.delete_todo(todotask_id=todo_id, org_id=ORG_ID)

    assert (fetched.todotask_id, fetched.title, fetched.executor_ids) == (todo_id, "Review", [GRACE])
    assert [(todo.todotask_id, todo.title) for todo in listed] == [(todo_id, "Review (moved)")]
    with pytest.raises(NotFoundError) as gone:
        todos.fetch_todo(todotask_id=todo_id, org_id=ORG_ID)
    assert gone.value.err_code == 64001
    assert todos.list_todos(org_id=ORG_ID).todotask_list == []


def test_domains_without_hand_written_routes_answer_from_the_spec(lansenger_client: Lansenger) -> None:
    """Each answer parses into the generated model, so it fits the response schema; the same request, the same
    answer."""
    first = lansenger_client.tags.fetch_tag_group("tag-group-1")
    again = lansenger_client.tags.fetch_tag_group("tag-group-1")
    rooms = lansenger_client.boardrooms.list_boardrooms()

    assert first == again
    assert isinstance(first.tag_group_name, str)
    assert isinstance(rooms.count, int) and isinstance(rooms.data, list)


def test_writes_that_break_the_spec_are_refused_without_hand_written_code(
    lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    token = lansenger_client.app_token()
    url = f"{lansenger_sandbox.url}/v1/org/{ORG_ID}/role/create"

    refused = httpx.post(url, params={"app_token": token}, json={"roleName": 42}).json()
    accepted = httpx.post(url, params={"app_token": token}, json={"roleName": "Auditors"}).json()

    assert refused["errCode"] == 40001 and "roleName" in refused["errMsg"]
    assert accepted["errCode"] == 0
