"""Commands that change things: --dry-run shows the request and sends nothing; destructive ones ask first, or
need --yes where nobody can be asked. Against a real sandbox over loopback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from lansenger.cli._app import app
from lansenger.cli._runtime import Runtime
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID

from tests._cli import Shell, shell_for

ADA = f"{ORG_ID}-1001"
TERMINAL = Runtime(stdin_is_tty=lambda: True)
DESTRUCTIVE = [
    ("schedules", "delete", "cal-1", "sched-1"),
    ("todos", "delete", "todo-1"),
    ("bot", "commands", "delete", "--scope", "all-groups"),
    ("groups", "delete", "group-1"),
]


@pytest.fixture
def shell(lansenger_sandbox: Sandbox, tmp_path: Path) -> Shell:
    return shell_for(lansenger_sandbox, tmp_path / "sdk_state.json", {"LANSENGER_ORG_ID": ORG_ID})


def _commands(group: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    if not hasattr(group, "commands"):
        return [(path, group)]
    return [found for name, sub in group.commands.items() for found in _commands(sub, (*path, name))]


def _options(command: Any) -> set[str]:
    return {name for parameter in command.params for name in getattr(parameter, "opts", ())}


def test_every_command_takes_json_and_every_deletion_yes_and_dry_run() -> None:
    commands = _commands(typer.main.get_command(app))
    assert len(commands) > 40
    for path, command in commands:
        if path != ("mcp",):  # the MCP server's stdout is the protocol itself
            assert "--json" in _options(command), path
        if path[-1] == "delete":
            assert {"--yes", "--dry-run"} <= _options(command), path
    deletions = {path for path, _ in commands if path[-1] == "delete"}
    assert deletions == {
        ("schedules", "delete"),
        ("todos", "delete"),
        ("bot", "commands", "delete"),
        ("groups", "delete"),
    }


@pytest.mark.parametrize("args", DESTRUCTIVE, ids=lambda args: " ".join(args[:2]))
def test_without_a_terminal_a_deletion_needs_yes(shell: Shell, lansenger_sandbox: Sandbox, args: tuple[str]) -> None:
    before = lansenger_sandbox.state.requests
    result = shell.run(*args)
    assert result.exit_code == 2
    assert "--yes" in result.stderr and result.stdout == ""
    assert "scope 7" not in result.stderr, "a scope by its name (all-groups), as the option takes it"
    assert lansenger_sandbox.state.requests == before, "nothing was sent, not even a token request"
    refused = json.loads(shell.run(*args, "--json").stdout)["error"]
    assert (refused["type"], refused["exitCode"]) == ("NotConfirmedError", 2)


def test_a_terminal_is_asked(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    todo = shell.json("todos", "create", "Expenses", "--link", "https://x.test/e", "-e", ADA, "--type", "notification")
    task = todo["todotaskId"]
    before = lansenger_sandbox.state.requests
    declined = shell.run("todos", "delete", task, input="n\n", obj=TERMINAL)
    assert declined.exit_code == 2 and f"Delete task {task}?" in declined.stderr
    assert lansenger_sandbox.state.requests == before
    accepted = shell.run("todos", "delete", task, "--json", input="y\n", obj=Runtime(stdin_is_tty=lambda: True))
    assert accepted.exit_code == 0, accepted.stderr
    answer = accepted.stdout.splitlines()[-1]  # the runner echoes the typed "y" to stdout, as a terminal would
    assert json.loads(answer) == {"todotaskId": task, "deleted": True}
    assert shell.run("todos", "fetch", task).exit_code == 1, "gone"


def test_yes_deletes_without_asking(shell: Shell) -> None:
    calendar = shell.json("calendars", "primary", "--user-id", ADA)["calendarId"]
    created = shell.json(
        "schedules", "create", calendar, "Retro", "1748250000", "1748253600", "-a", ADA, "--user-id", ADA
    )
    sid = created["scheduleId"]
    result = shell.ok("schedules", "delete", calendar, sid, "--user-id", ADA, "-y", obj=TERMINAL)
    assert result.stdout == f"Deleted schedule {sid}.\n" and result.stderr == ""
    assert shell.run("schedules", "fetch", calendar, sid, "--user-id", ADA).exit_code == 1


@pytest.mark.parametrize(
    ("args", "method", "path", "body"),
    [
        (
            ("bot", "commands", "set", "-c", "/deploy=Deploy it", "--scope", "chat", "--chat-id", "g1", "--chat-type",
             "group"),
            "POST",
            "/v1/bot/commands/create",
            {
                "scopeType": 3,
                "chatId": "g1",
                "chatType": "group",
                "commands": [{"command": "deploy", "description": "Deploy it"}],
            },
        ),
        (("bot", "commands", "delete", "--scope", "all-groups"), "POST", "/v1/bot/commands/delete", {"scopeType": 5}),
        (
            ("todos", "done", "todo-1", "--staff", ADA),
            "POST",
            "/xtra/task/unified/v1/todotask/status/update",
            {"todotaskId": "todo-1", "status": "22", "orgId": ORG_ID, "staffId": ADA},
        ),
        (("groups", "delete", "group-1"), "POST", "/v2/groups/group-1/delete", {}),
    ],
    ids=["bot-set", "bot-delete", "todo-done", "group-delete"],
)  # fmt: skip
def test_dry_run_prints_the_request_and_sends_nothing(
    shell: Shell, lansenger_sandbox: Sandbox, args: tuple[str], method: str, path: str, body: Any
) -> None:
    before = lansenger_sandbox.state.requests
    shown = shell.json(*args, "--dry-run")
    assert lansenger_sandbox.state.requests == before, "no request at all, not even for a token"
    assert set(shown) == {"dryRun", "request"} and shown["dryRun"] is True
    request = shown["request"]
    assert set(request) == {"method", "url", "body"}
    assert request["method"] == method
    assert request["url"].startswith(f"{lansenger_sandbox.url}{path}?") and "app_token=***" in request["url"]
    assert request["body"] == body
    human = shell.ok(*args, "--dry-run")
    assert human.stdout.startswith(f"Dry run, nothing sent: {method} {lansenger_sandbox.url}{path}?")


def test_dry_run_masks_every_token(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    shown = shell.json("groups", "delete", "group-1", "--as", ADA, "--dry-run")
    url = shown["request"]["url"]
    assert "user_token=***" in url and "app_token=***" in url
    assert lansenger_sandbox.app_secret not in json.dumps(shown)


def test_writes_go_through_without_dry_run(shell: Shell) -> None:
    done = shell.json("bot", "commands", "set", "-c", "deploy=Deploy it", "-c", "status=Show status")
    assert done == {
        "scopeType": 7,
        "commands": [
            {"command": "deploy", "description": "Deploy it"},
            {"command": "status", "description": "Show status"},
        ],
    }
    assert shell.ok("bot", "commands", "delete", "--yes").stdout == "Deleted the scope's commands.\n"
    assert shell.run("bot", "commands", "set", "-c", "no-description").exit_code == 2
    task = shell.json("todos", "create", "Read", "--link", "https://x.test/r", "-e", ADA, "--type", "notification")
    marked = shell.json("todos", "done", task["todotaskId"], "--staff", ADA)
    assert marked == {"todotaskId": task["todotaskId"], "status": "22"}


def test_usage_mistakes_exit_2_in_every_group(shell: Shell) -> None:
    for args in (
        ("schedules", "create", "c", "s", "not-a-time", "1"),
        ("todos", "create", "t", "--link", "l", "-e", ADA, "--type", "chore"),
        ("bot", "commands", "delete", "--scope", "nowhere", "--yes"),
        ("staff", "list"),
        ("departments", "fetch"),
        ("chats", "history", "--limit", "-1", "--staff", ADA),
    ):
        assert shell.run(*args).exit_code == 2, args


def test_a_bad_time_is_refused_before_anything_is_sent(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    before = lansenger_sandbox.state.requests
    result = shell.run("schedules", "create", "c", "s", "tomorrow", "1748253600", "--dry-run")
    assert result.exit_code == 2 and "not a time" in result.stderr
    assert lansenger_sandbox.state.requests == before
