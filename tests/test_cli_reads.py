"""The read-only command groups (staff, departments, chats, calendars, schedules, todos, bot commands) from the
shell, against a real sandbox over loopback: tables for people, one stable JSON document for scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID

from tests._cli import Shell, lines, shell_for

ADA, GRACE = f"{ORG_ID}-1001", f"{ORG_ID}-1002"
ENGINEERING, ROOT = f"{ORG_ID}-1", f"{ORG_ID}-0"
LIST_KEYS = {"total", "more"}


@pytest.fixture
def shell(lansenger_sandbox: Sandbox, tmp_path: Path) -> Shell:
    return shell_for(lansenger_sandbox, tmp_path / "sdk_state.json", {"LANSENGER_ORG_ID": ORG_ID})


def test_staff_search_as_a_table_and_as_json(shell: Shell) -> None:
    table = lines(shell.ok("staff", "search", "Ada", "--user-id", ADA))
    assert table[0].split() == ["staffId", "name", "email", "mobile"]
    assert any(row.startswith(ADA) and "Ada Lovelace" in row for row in table[1:])
    found = shell.json("staff", "search", "Ada", "--user-id", ADA)
    assert set(found) == {"staff", *LIST_KEYS}
    assert ADA in {person["staffId"] for person in found["staff"]}
    assert found["total"] == len(found["staff"]) and found["more"] is False


def test_limit_cuts_a_list_short_and_says_so(shell: Shell) -> None:
    every = shell.json("staff", "search", "a", "--user-id", ADA, "--all")
    assert every["more"] is False and every["total"] > 2
    first = shell.json("staff", "search", "a", "--user-id", ADA, "--limit", "2")
    assert (first["total"], first["more"]) == (2, True)
    assert first["staff"] == every["staff"][:2]
    result = shell.ok("staff", "search", "a", "--user-id", ADA, "-n", "2")
    assert len(lines(result)) == 3, "a header and two rows"
    assert "--all" in result.stderr, "the hint is for people, on stderr"
    assert shell.run("staff", "search", "a", "--limit", "0").exit_code == 2


def test_staff_fetch_prints_fields_never_reprs(shell: Shell) -> None:
    result = shell.ok("staff", "fetch", ADA)
    assert f"staffId: {ADA}" in lines(result)
    assert "departments: [{" in result.stdout, "nested values as JSON"
    for python in ("UNSET", "StaffInfo(", "{'", "None"):
        assert python not in result.stdout
    assert shell.json("staff", "fetch", ADA)["name"] == "Ada Lovelace"


def test_staff_list_walks_a_department(shell: Shell) -> None:
    members = shell.json("staff", "list", ENGINEERING)
    assert {ADA, GRACE} <= {person["staffId"] for person in members["staff"]}
    assert set(members) == {"staff", *LIST_KEYS}


def test_departments_fetch_and_list(shell: Shell) -> None:
    assert shell.json("departments", "fetch", ENGINEERING)["name"] == "Engineering"
    children = shell.json("departments", "list", ROOT)
    assert set(children) == {"departments", *LIST_KEYS}
    assert {"Engineering", "Sales"} <= {department["name"] for department in children["departments"]}
    table = lines(shell.ok("departments", "list", ROOT))
    assert table[0].split() == ["id", "name", "membersCount", "hasChildren"]
    assert shell.run("departments", "fetch", "no-such-department").exit_code == 1


def test_chats_and_their_history(shell: Shell) -> None:
    for text in ("one", "two", "three"):
        shell.ok("send", "text", ADA, text)
    assert ADA in {chat["staffId"] for chat in shell.json("chats", "list")["staffIdInfos"]}
    assert "Ada Lovelace" in shell.ok("chats", "list", "--type", "private").stdout
    history = shell.json("chats", "history", "--staff", ADA)
    assert set(history) == {"messages", *LIST_KEYS}
    assert [item["messageInfo"]["content"]["text"] for item in history["messages"]] == ["one", "two", "three"]
    cut = shell.json("chats", "history", "--staff", ADA, "-n", "2")
    assert (cut["total"], cut["more"]) == (2, True)
    table = lines(shell.ok("chats", "history", "--staff", ADA))
    assert table[0].split() == ["sendTime", "sender", "type", "content"] and len(table) == 4


@pytest.mark.parametrize(
    "args",
    [("chats", "history"), ("chats", "history", "--staff", ADA, "--group", "g"), ("chats", "list", "--type", "dm")],
    ids=["no-chat", "two-chats", "unknown-type"],
)
def test_chat_usage_errors_exit_2_before_sending(shell: Shell, lansenger_sandbox: Sandbox, args: tuple[str]) -> None:
    before = len(lansenger_sandbox.state.requests)
    assert shell.run(*args).exit_code == 2
    assert len(lansenger_sandbox.state.requests) == before


def test_calendar_and_schedules(shell: Shell) -> None:
    calendar = shell.json("calendars", "primary", "--user-id", ADA)
    assert calendar["summary"] == "Ada Lovelace"
    created = shell.json(
        "schedules", "create", calendar["calendarId"], "Design review", "2025-05-26T09:00:00+08:00",
        "2025-05-26T10:00:00+08:00", "-a", GRACE, "--user-id", ADA,
    )  # fmt: skip
    window = ("2025-05-26T00:00:00+08:00", "2025-05-27T00:00:00+08:00")
    listed = shell.json("schedules", "list", calendar["calendarId"], *window, "--user-id", ADA)
    assert created["scheduleId"] in {item["scheduleId"] for item in listed["schedules"]}
    fetched = shell.json("schedules", "fetch", calendar["calendarId"], created["scheduleId"], "--user-id", ADA)
    assert fetched["summary"] == "Design review"
    assert "Design review" in shell.ok("schedules", "list", calendar["calendarId"], *window, "--user-id", ADA).stdout
    assert shell.run("schedules", "list", calendar["calendarId"], "yesterday", "today").exit_code == 2


def test_todos_list_and_fetch(shell: Shell) -> None:
    created = shell.json(
        "todos", "create", "Sign the NDA", "--link", "https://x.test/nda", "-e", ADA, "--type", "approval"
    )
    fetched = shell.json("todos", "fetch", created["todotaskId"])
    assert fetched["todotaskId"] == created["todotaskId"]
    listed = shell.json("todos", "list", "--staff", ADA, "--status", "pending-do")
    assert set(listed) == {"todos", *LIST_KEYS}
    assert shell.run("todos", "list", "--status", "finished").exit_code == 2
    assert shell.run("todos", "list", env={"LANSENGER_ORG_ID": None}).exit_code == 2, "--org-id is needed"


def test_bot_commands_list(shell: Shell) -> None:
    assert shell.json("bot", "commands", "list", "--scope", "all-groups")["commands"] == [], "nothing declared yet"
    shell.json("bot", "commands", "set", "-c", "deploy=Deploy it", "--scope", "all-groups")
    listed = shell.json("bot", "commands", "list", "--scope", "all-groups")
    assert listed["commands"] == [{"command": "deploy", "description": "Deploy it"}], "the platform's answer, as it is"
    assert lines(shell.ok("bot", "commands", "list"))[0].split() == ["command", "description"]
    assert shell.run("bot", "commands", "list", "--scope", "everywhere").exit_code == 2
