"""`send`, `media` and `groups` from the shell, against a real sandbox over loopback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lansenger.cli._runtime import Runtime
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID

from tests._cli import Shell, lines, shell_for

ADA, GRACE, ALAN = f"{ORG_ID}-1001", f"{ORG_ID}-1002", f"{ORG_ID}-1003"


@pytest.fixture
def shell(lansenger_sandbox: Sandbox, tmp_path: Path) -> Shell:
    return shell_for(lansenger_sandbox, tmp_path / "sdk_state.json")


def _delivered(sandbox: Sandbox, msg_id: str) -> dict[str, Any]:
    (record,) = [record for record in sandbox.state.messages if record["id"] == msg_id]
    return record


def test_send_text(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    result = shell.ok("send", "text", ADA, "build passed")
    msg_id = result.stdout.split()[1]
    assert result.stdout == f"Sent {msg_id} to {ADA}.\n"
    record = _delivered(lansenger_sandbox, msg_id)
    assert record["path"] == "/v1/bot/messages/create"
    assert record["body"]["msgData"]["text"]["content"] == "build passed"


def test_send_text_from_stdin_to_a_group_with_mentions(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    group = shell.json("groups", "create", "Stand-up", "--org-id", ORG_ID, "-m", GRACE)["groupId"]
    sent = shell.json("send", "text", group, "-", "--chat", "group", "-m", GRACE, input="stand-up in 5\n")
    record = _delivered(lansenger_sandbox, sent["msgId"])
    assert record["path"] == "/v1/messages/group/create"
    assert record["body"]["msgData"]["text"]["content"] == "stand-up in 5\n"
    assert record["body"]["msgData"]["text"]["reminder"]["userIds"] == [GRACE]


def test_send_markdown(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    sent = shell.json("send", "markdown", ADA, "**deployed** `v2`")
    assert set(sent) >= {"msgId"}
    record = _delivered(lansenger_sandbox, sent["msgId"])
    assert record["body"]["msgType"] == "formatText"
    assert record["body"]["msgData"]["formatText"]["text"] == "**deployed** `v2`"


def test_send_file(shell: Shell, lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 quarterly")
    sent = shell.json("send", "file", ADA, str(report), "--caption", "Q3")
    record = _delivered(lansenger_sandbox, sent["msgId"])
    text = record["body"]["msgData"]["text"]
    assert text["content"] == "Q3"
    (media_id,) = text["mediaIds"]
    assert lansenger_sandbox.state.media[media_id]["filename"] == "report.pdf"


def test_send_card_from_a_file_and_from_stdin(shell: Shell, lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    card = {"bodyTitle": "Deploy finished", "fields": [{"key": "env", "value": "prod"}], "isDynamic": True}
    path = tmp_path / "card.json"
    path.write_text(json.dumps(card))
    sent = shell.json("send", "card", ADA, str(path))
    record = _delivered(lansenger_sandbox, sent["msgId"])
    assert record["body"]["msgType"] == "appCard"
    assert record["body"]["msgData"]["appCard"] == card
    link = {"title": "Docs", "link": "https://docs.example.test"}
    sent = shell.json("send", "card", ADA, "--kind", "linkCard", input=json.dumps(link))
    assert _delivered(lansenger_sandbox, sent["msgId"])["body"]["msgData"]["linkCard"]["title"] == "Docs"


def test_a_card_that_is_not_json_is_a_usage_error(shell: Shell) -> None:
    result = shell.run("send", "card", ADA, input="{not json")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: the card is not JSON")


def test_media_round_trip(shell: Shell, tmp_path: Path) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(bytes(range(256)) * 1000)
    uploaded = shell.json("media", "upload", str(source))
    media_id = uploaded["mediaId"]
    copy = tmp_path / "copy.png"
    downloaded = shell.json("media", "download", media_id, str(copy))
    assert downloaded == {"mediaId": media_id, "path": str(copy), "bytes": source.stat().st_size}
    assert copy.read_bytes() == source.read_bytes()
    result = shell.ok("media", "download", media_id, str(tmp_path / "again.png"))
    assert result.stdout == f"Downloaded {media_id} to {tmp_path / 'again.png'} ({source.stat().st_size} bytes).\n"


def test_progress_bars_on_a_terminal_only(shell: Shell, tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(b"x" * 300_000)
    terminal = Runtime(stderr_is_tty=lambda: True)
    uploaded = shell.ok("media", "upload", str(source), obj=terminal)
    assert "Uploading" in uploaded.stderr
    media_id = uploaded.stdout.split()[-1]
    downloaded = shell.ok(
        "media", "download", media_id, str(tmp_path / "copy.bin"), obj=Runtime(stderr_is_tty=lambda: True)
    )
    assert "Downloading" in downloaded.stderr
    quiet = shell.ok("media", "upload", str(source), "--json", obj=Runtime(stderr_is_tty=lambda: True))
    assert quiet.stderr == "", "no progress with --json"
    assert shell.ok("media", "upload", str(source)).stderr == "", "no progress when stderr is not a terminal"


def test_a_failed_download_leaves_nothing(shell: Shell, tmp_path: Path) -> None:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    result = shell.run("media", "download", "no-such-media", str(downloads / "missing.bin"))
    assert result.exit_code == 1
    assert "64001" in result.stderr
    assert list(downloads.iterdir()) == [], "no partial or temporary file"


def test_groups_from_creation_to_dismissal(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    created = shell.json("groups", "create", "Release crew", "--org-id", ORG_ID, "-m", GRACE, "-m", "nobody")
    group_id = created["groupId"]
    assert created["invalidStaff"] == ["nobody"]
    assert group_id in shell.json("groups", "list")["groupIds"]
    assert group_id in lines(shell.ok("groups", "list"))

    shell.ok("groups", "add", group_id, ALAN)
    members = shell.json("groups", "members", group_id)
    assert {member["staffId"] for member in members["members"]} >= {GRACE, ALAN}
    assert members["total"] == len(members["members"])
    shell.ok("groups", "remove", group_id, ALAN)
    assert ALAN not in shell.ok("groups", "members", group_id).stdout

    assert shell.json("groups", "update", group_id, "--name", "Release crew 2") == {
        "groupId": group_id,
        "updated": True,
    }
    assert shell.json("groups", "info", group_id)["name"] == "Release crew 2"
    assert "name: Release crew 2" in lines(shell.ok("groups", "info", group_id))
    assert shell.run("groups", "update", group_id).exit_code == 2, "nothing to change"

    assert shell.json("groups", "delete", group_id, "--yes") == {"groupId": group_id, "deleted": True}
    assert shell.run("groups", "info", group_id).exit_code == 1


def test_groups_as_a_logged_in_user(shell: Shell, lansenger_sandbox: Sandbox) -> None:
    """--as takes the user's token from the state file (here put there as `lansenger login` would)."""
    _log_in(shell, lansenger_sandbox, GRACE)
    created = shell.json("groups", "create", "Grace's", "--org-id", ORG_ID, "--as", GRACE)
    info = shell.json("groups", "info", created["groupId"], "--as", GRACE)
    assert info["owner"]["staffId"] == GRACE
    assert created["groupId"] in shell.json("groups", "list", "--as", GRACE)["groupIds"]


def _log_in(shell: Shell, sandbox: Sandbox, staff_id: str) -> None:
    def approve(seconds: float) -> None:
        sandbox.device_flow.approve(sandbox.device_flow.pending[-1], staff_id)

    shell.ok("login", obj=Runtime(sleep=approve))
