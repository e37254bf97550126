"""The command line's contract with the shell: help, the missing-extra message, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from lansenger.cli import INSTALL_HINT, main
from lansenger.cli._runtime import Runtime
from lansenger.testing import Sandbox

from tests._cli import Shell, bare_shell, shell_for


@pytest.fixture
def shell(lansenger_sandbox: Sandbox, tmp_path: Path) -> Shell:
    return shell_for(lansenger_sandbox, tmp_path / "sdk_state.json")


def test_help_lists_every_command_group(tmp_path: Path) -> None:
    result = bare_shell(tmp_path).ok("--help")
    groups = ("login", "logout", "whoami", "send", "media", "groups", "callbacks", "sandbox", "config", "health")
    for command in (*groups, "staff", "departments", "calendars", "schedules", "todos", "chats", "bot"):
        assert command in result.stdout
    assert "Exit codes" in result.stdout
    assert bare_shell(tmp_path).run().exit_code == 2, "no command is a usage error, with the help"


def test_the_console_script_is_main() -> None:
    (script,) = [entry for entry in entry_points(group="console_scripts") if entry.name == "lansenger"]
    assert script.value == "lansenger.cli:main"
    assert script.load() is main


def test_without_typer_one_line_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "typer", None)  # what `import typer` meets when typer is not installed
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 1
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", INSTALL_HINT + "\n")
    assert "pip install 'lansenger[cli]'" in INSTALL_HINT


def test_import_lansenger_imports_neither_the_cli_nor_typer() -> None:
    code = (
        "import sys, lansenger, lansenger.callbacks\n"
        "lansenger.Lansenger\n"
        "loaded = [name for name in sys.modules if name.startswith(('typer', 'lansenger.cli', 'uvicorn'))]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_python_dash_m_runs_it() -> None:
    answer = subprocess.run(
        [sys.executable, "-m", "lansenger.cli", "--help"], capture_output=True, text=True, check=False
    )
    assert answer.returncode == 0 and "Usage: lansenger" in answer.stdout


@pytest.mark.parametrize(
    "args",
    [("send", "text"), ("nonsense",), ("send", "text", "a", "b", "--chat", "nowhere"), ("media", "upload")],
    ids=["missing-argument", "unknown-command", "bad-choice", "missing-path"],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    assert bare_shell(tmp_path).run(*args).exit_code == 2


def test_missing_configuration_is_a_usage_error_in_one_line(tmp_path: Path) -> None:
    result = bare_shell(tmp_path).run("send", "text", "524288-1001", "hi")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: gateway_url is required")
    assert "Traceback" not in result.stderr


def test_json_errors_are_on_stdout_too(tmp_path: Path) -> None:
    result = bare_shell(tmp_path).run("--json", "send", "text", "524288-1001", "hi")
    assert result.exit_code == 2
    error = json.loads(result.stdout)["error"]
    assert error["type"] == "ConfigurationError" and error["exitCode"] == 2
    assert "gateway_url" in error["message"]


def test_bad_arguments_are_caught_before_sending(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    before = len(lansenger_sandbox.state.messages)
    assert shell.run("send", "text", "524288-1001", "x" * 6001).exit_code == 2
    assert shell.run("send", "text", "", "hi").exit_code == 2
    assert len(lansenger_sandbox.state.messages) == before


def test_platform_errors_exit_1_with_the_errcode(shell: Shell) -> None:
    result = shell.run("groups", "info", "no-such-group", "--json")
    assert result.exit_code == 1
    error = json.loads(result.stdout)["error"]
    assert (error["type"], error["errCode"], error["exitCode"]) == ("NotFoundError", 64001, 1)
    assert result.stderr == "Error: fetch_group_info: errCode 64001: group not found\n"


def test_rejected_credentials_exit_3_without_the_secret(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    shell = shell_for(lansenger_sandbox, tmp_path / "state.json", {"LANSENGER_APP_SECRET": "wrong-secret-value"})
    result = shell.run("send", "text", "524288-1001", "hi")
    assert result.exit_code == 3
    assert "wrong-secret-value" not in result.stdout + result.stderr
    assert result.stderr.startswith("Error: create_app_token: errCode 40014")


def test_not_logged_in_exits_3(shell: Shell) -> None:
    result = shell.run("whoami")
    assert result.exit_code == 3
    assert "lansenger login" in result.stderr


def test_an_unreachable_gateway_exits_4(tmp_path: Path) -> None:
    shell = bare_shell(
        tmp_path,
        {"LANSENGER_API_GATEWAY_URL": "http://127.0.0.1:9", "LANSENGER_APP_ID": "a", "LANSENGER_APP_SECRET": "s"},
    )
    result = shell.run("send", "text", "524288-1001", "hi", obj=Runtime(client_options={"max_retries": 0}))
    assert result.exit_code == 4
    assert result.stderr.startswith("Error: create_app_token: ConnectError")
