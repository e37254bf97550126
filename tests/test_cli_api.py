"""`lansenger api OPERATION --json ARGS`: any operation of the spec from the shell, against a real sandbox."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from lansenger.cli._runtime import Runtime
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID

from tests._cli import Shell, bare_shell, shell_for
from tests.test_cli_login import Approver
from tests.test_mcp import OPERATIONS, READS, TEXT_TO_ADA

ADA, GRACE = f"{ORG_ID}-1001", f"{ORG_ID}-1002"


@pytest.fixture
def shell(lansenger_sandbox: Sandbox, tmp_path: Path) -> Shell:
    return shell_for(lansenger_sandbox, tmp_path / "sdk_state.json")


def test_list_shows_every_operation_and_whether_it_reads(shell: Shell) -> None:
    listed = json.loads(shell.ok("--json", "api", "--list").stdout)  # `api --json` takes the arguments
    assert {entry["id"] for entry in listed} == set(OPERATIONS)
    assert {entry["id"] for entry in listed if entry["read"]} == READS
    (search,) = [entry for entry in listed if entry["id"] == "search_staffs"]
    assert search == {
        "id": "search_staffs",
        "read": True,
        "method": "POST",
        "path": "/v2/staffs/search",
        "summary": OPERATIONS["search_staffs"]["summary"],
    }
    lines = shell.ok("api", "--list").stdout.splitlines()
    assert len(lines) == len(OPERATIONS)
    assert any(line.startswith("create_bot_message") and " write " in line for line in lines)


def test_a_read_prints_the_data_as_json(shell: Shell) -> None:
    fetched = json.loads(shell.ok("api", "fetch_staff", "--json", json.dumps({"staff_id": ADA})).stdout)
    assert fetched["staffId"] == ADA and fetched["name"] == "Ada Lovelace"
    found = json.loads(
        shell.ok("api", "search_staffs", "--json", json.dumps({"keyword": "Grace", "user_id": ADA})).stdout
    )
    assert [hit["staffId"] for hit in found["staffInfo"]] == [GRACE]


def test_a_write_reads_its_arguments_from_stdin(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    sent = json.loads(shell.ok("api", "create_bot_message", "--json", "-", input=json.dumps(TEXT_TO_ADA)).stdout)
    (record,) = [record for record in lansenger_sandbox.state.messages if record["id"] == sent["msgId"]]
    assert record["body"]["msgData"]["text"]["content"] == "build passed"


def test_dry_run_prints_the_request_and_sends_nothing(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    shown = json.loads(shell.ok("api", "create_bot_message", "--dry-run", "--json", json.dumps(TEXT_TO_ADA)).stdout)
    assert shown == {
        "method": "POST",
        "path": "/v1/bot/messages/create",
        "query": {"app_token": "[redacted]"},
        "body": TEXT_TO_ADA,
    }
    assert lansenger_sandbox.state.requests == []


def test_a_dry_run_needs_no_configuration(tmp_path: Path) -> None:
    """No app, secret or gateway is set: the request is still shown, and nothing is written."""
    shell = bare_shell(tmp_path)
    shown = json.loads(shell.ok("api", "create_bot_message", "--dry-run", "--json", json.dumps(TEXT_TO_ADA)).stdout)
    assert shown == {
        "method": "POST",
        "path": "/v1/bot/messages/create",
        "query": {"app_token": "[redacted]"},
        "body": TEXT_TO_ADA,
    }
    assert not shell.state_file.exists()
    refused = shell.run("api", "create_bot_message", "--json", json.dumps(TEXT_TO_ADA))
    assert refused.exit_code == 2 and "gateway_url is required" in refused.stderr


def test_a_dry_run_shows_the_path_after_the_gateway_and_a_server_the_arguments_choose() -> None:
    from lansenger import Lansenger
    from lansenger._dry_run import operation_request
    from lansenger_api.operations import operation

    def opened(**options: Any) -> Lansenger:
        return Lansenger("app", gateway_url="https://gw.invalid/open/apigw", **options)

    shown = operation_request(opened, operation("fetch_staff"), {"staff_id": "a/b"})
    assert shown == {"method": "GET", "path": "/v1/staffs/a%2Fb/fetch", "query": {"app_token": "[redacted]"}}
    polled = {"passport_url": "https://passport.invalid/base", "deviceCode": "d", "clientId": "app"}
    shown = operation_request(opened, operation("poll_device_token"), polled)
    assert (shown["server"], shown["path"]) == ("https://passport.invalid/base", "/oauth2/device_token")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["fetch_staf"], "no operation is called 'fetch_staf'; did you mean fetch_staff"),
        (["fetch_staff", "--json", "{staff_id: 1}"], "--json is not valid JSON: Expecting property name"),
        (["fetch_staff", "--json", "[1]"], "--json takes one JSON object of arguments"),
        (["fetch_staff", "--json", '{"staff_id": 1}'], "fetch_staff: staff_id must be string, not number"),
        (["fetch_staff"], "fetch_staff: staff_id is required"),
        (["fetch_staff", "--json", '{"staff_id": ".."}'], "staff_id must not be"),
        ([], "name an operation (`lansenger api --list` shows them)"),
    ],
)
def test_bad_input_exits_2_before_any_request(
    shell: Shell, lansenger_sandbox: Sandbox, args: list[str], message: str
) -> None:
    result = shell.run("api", *args)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert message in result.stderr
    assert lansenger_sandbox.state.requests == []
    described = json.loads(shell.run("--json", "api", *args).stdout)["error"]
    assert described["type"] == "InvalidArgumentError" and described["exitCode"] == 2


def test_an_error_of_the_platform_exits_1_with_its_code(shell: Shell) -> None:
    result = shell.run("--json", "api", "fetch_staff", "--json", json.dumps({"staff_id": f"{ORG_ID}-9999"}))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["errCode"] == 50001


def test_as_a_logged_in_user(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    shell.ok("login", obj=Runtime(sleep=Approver(lansenger_sandbox, GRACE, after=1).sleep))
    me = json.loads(shell.ok("api", "fetch_current_user").stdout)  # requires a user token: the one login acts
    assert me["staffId"] == GRACE
    assert json.loads(shell.ok("api", "fetch_current_user", "--as", GRACE).stdout)["staffId"] == GRACE
    shown = json.loads(shell.ok("api", "list_chats", "--as", GRACE, "--dry-run").stdout)
    assert shown["query"] == {"app_token": "[redacted]", "user_token": "[redacted]"}


def test_mcp_without_its_extra_says_how_to_install_it(shell: Shell, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "mcp", None)  # what `import mcp` meets where the extra is not installed
    result = shell.run("mcp")
    assert result.exit_code == 2
    assert "pip install 'lansenger[mcp]'" in result.stderr


def test_mcp_refuses_to_allow_a_tool_that_does_not_exist(shell: Shell) -> None:
    result = shell.run("mcp", "--allow", "create_bot_message,drop_database")
    assert result.exit_code == 2
    assert "--allow names no tool: drop_database" in result.stderr
