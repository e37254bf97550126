"""Running the `lansenger` command line in-process (typer's CliRunner) against a real sandbox over loopback."""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
import typer.testing
from lansenger.cli._app import app
from lansenger.cli._runtime import Runtime
from lansenger.testing import Sandbox
from typer.testing import CliRunner, Result

# typer's runner turns the app into its command on every invoke (about 50 ms); the tests' runs build it once.
# (typer's own runner, not click's: typer 0.27 vendors click, and only its runner answers prompts from `input`.)
typer.testing._get_command = functools.cache(typer.main.get_command)  # type: ignore[attr-defined]


def _cleared() -> dict[str, str | None]:
    """Every LANSENGER_* variable of the test process unset, so only what a test gives counts."""
    return {name: None for name in os.environ if name.startswith("LANSENGER_")}


@dataclass
class Shell:
    """One user's shell: its environment (pointing at the sandbox, with its own state file) and a runner."""

    env: dict[str, str | None]
    state_file: Path

    def run(
        self,
        *args: str,
        input: str | bytes | None = None,
        obj: Runtime | None = None,
        env: Mapping[str, str | None] | None = None,
    ) -> Result:
        return CliRunner().invoke(app, list(args), input=input, env={**self.env, **(env or {})}, obj=obj)

    def ok(self, *args: str, **options: Any) -> Result:
        result = self.run(*args, **options)
        assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr, result.exception)
        return result

    def json(self, *args: str, **options: Any) -> Any:
        """The command run with --json: its stdout parsed (exactly one JSON document)."""
        return json.loads(self.ok(*args, "--json", **options).stdout)


def shell_for(sandbox: Sandbox, state_file: Path, extra: Mapping[str, str] | None = None) -> Shell:
    env: dict[str, str | None] = {
        **_cleared(),
        "LANSENGER_API_GATEWAY_URL": sandbox.url,
        "LANSENGER_PASSPORT_URL": sandbox.url,
        "LANSENGER_APP_ID": sandbox.app_id,
        "LANSENGER_APP_SECRET": sandbox.app_secret,
        "LANSENGER_STATE_FILE": str(state_file),
        **(extra or {}),
    }
    return Shell(env, state_file)


def bare_shell(tmp_path: Path, variables: Mapping[str, str] | None = None) -> Shell:
    """A shell with no LANSENGER_* settings but a state file of its own (and `variables`)."""
    state_file = tmp_path / "sdk_state.json"
    return Shell({**_cleared(), "LANSENGER_STATE_FILE": str(state_file), **(variables or {})}, state_file)


def lines(result: Result) -> Sequence[str]:
    return result.stdout.splitlines()
