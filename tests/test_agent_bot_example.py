"""examples/agent_bot.py runs for real against a sandbox, which then holds what the colleague saw."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lansenger.testing import Sandbox, shown_card
from lansenger.testing.sandbox import run_environment

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "agent_bot.py"
COLLEAGUE = "524288-1002"


@pytest.mark.slow
def test_the_agent_bot_streams_an_answer_and_runs_an_approval_round_trip() -> None:
    with Sandbox() as sandbox:
        done = subprocess.run(
            [sys.executable, str(EXAMPLE)], env=run_environment(sandbox), capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        status_card, answer, approval = sandbox.state.messages
    assert done.stdout.splitlines() == [
        "bot: commands synced: CommandSync(added=('expense',), removed=(), changed=())",
        f"bot: answered {COLLEAGUE}: Q3 revenue was **215k**, up 12% (you asked: How did Q3 go?).",
        "bot: sent the approval card for 420 CNY (team dinner)",
        "bot: approved 420 CNY, card updated in place",
    ]
    assert all(record["body"]["userIdList"] == [COLLEAGUE] for record in (status_card, answer, approval))
    assert status_card["body"]["msgType"] == "appCard"
    assert "searching…" in status_card["updates"][0]["headStatusInfo"]["description"]
    assert status_card["updates"][-1]["isLastUpdate"] is True, "the status card is frozen"
    assert "已完成" in shown_card(status_card)["headStatusInfo"]["description"]
    assert answer["body"]["msgData"]["formatText"]["text"].startswith("Q3 revenue was **215k**")
    assert approval["body"]["msgType"] == "approveCard"
    assert shown_card(approval)["head"]["headStatus"]["describe"] == f"Approved by {COLLEAGUE}"
    assert shown_card(approval)["buttons"] == []
