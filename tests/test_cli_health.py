"""`lansenger health`: what it checks, the exit code of the first failure, and no secret in its output."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from lansenger.testing import Sandbox

from tests._cli import Shell, bare_shell, lines, shell_for

SECRET = "a-secret-that-must-not-show"


def _statuses(report: dict[str, object]) -> dict[str, str]:
    checks = report["checks"]
    assert isinstance(checks, list)
    return {check["name"]: check["status"] for check in checks}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # closed again: connecting is refused


def _health(shell: Shell) -> tuple[int, dict[str, object], str]:
    result = shell.run("health", "--json")
    human = shell.run("health")
    assert human.exit_code == result.exit_code
    return result.exit_code, json.loads(result.stdout), result.stdout + result.stderr + human.stdout + human.stderr


def test_all_good(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    shell = shell_for(lansenger_sandbox, tmp_path / "state.json")
    code, report, printed = _health(shell)
    assert (code, report["ok"], report["exitCode"]) == (0, True, 0)
    assert _statuses(report) == {"config": "ok", "gateway": "ok", "token": "ok"}
    assert lansenger_sandbox.app_secret not in printed
    assert "app-secret from env" in printed and f"app-id={lansenger_sandbox.app_id} (env)" in printed
    assert lines(shell.ok("health"))[0].split() == ["name", "status", "detail"]


def test_settings_from_the_profile_say_so(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    shell = shell_for(lansenger_sandbox, tmp_path / "state.json")
    shell.env["LANSENGER_APP_SECRET"] = None
    shell.ok("config", "set", "app-secret", lansenger_sandbox.app_secret)
    code, _, printed = _health(shell)
    assert code == 0 and "app-secret from profile" in printed
    assert lansenger_sandbox.app_secret not in printed


def test_missing_settings_exit_2_and_skip_the_rest(tmp_path: Path) -> None:
    code, report, printed = _health(bare_shell(tmp_path, {"LANSENGER_APP_SECRET": SECRET}))
    assert (code, report["exitCode"], report["ok"]) == (2, 2, False)
    assert _statuses(report) == {"config": "failed", "gateway": "skipped", "token": "skipped"}
    assert "missing app-id, gateway-url" in printed and SECRET not in printed


def test_an_unreachable_gateway_exits_4(tmp_path: Path) -> None:
    variables = {
        "LANSENGER_API_GATEWAY_URL": f"http://127.0.0.1:{_free_port()}",
        "LANSENGER_APP_ID": "app",
        "LANSENGER_APP_SECRET": SECRET,
    }
    code, report, printed = _health(bare_shell(tmp_path, variables))
    assert code == 4
    assert _statuses(report) == {"config": "ok", "gateway": "failed", "token": "skipped"}
    assert f"{variables['LANSENGER_API_GATEWAY_URL']} did not answer" in printed
    assert SECRET not in printed


def test_rejected_credentials_exit_3(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    shell = shell_for(lansenger_sandbox, tmp_path / "state.json", {"LANSENGER_APP_SECRET": SECRET})
    code, report, printed = _health(shell)
    assert code == 3
    assert _statuses(report) == {"config": "ok", "gateway": "ok", "token": "failed"}
    assert "40014" in printed and SECRET not in printed
