"""examples/approval_card.py runs for real, against a fresh sandbox through the sandbox's own `--run` CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "approval_card.py"


@pytest.mark.slow
def test_the_approval_card_example_runs_the_round_trip() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lansenger.testing.sandbox", "--run", sys.executable, str(EXAMPLE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "524288-1002 clicked approve on the expense of 420 CNY" in done.stdout
    assert "the receiver replied {'errCode': 0, 'errMsg': 'ok'}" in done.stdout
    assert "a second click is refused: invalid parameter: button: the card has 0 button(s) now" in done.stdout
    assert "card still pending: False" in done.stdout
