"""Type-check users' code against the SDK with one mypy run per test session, however many tests need it.

Each mypy run over code importing the SDK costs seconds (it reads the package's hundreds of modules), so the test
modules register their snippets at import and share one run. The run keeps mypy's incremental cache between
sessions (`.mypy_cache/user-code`, beside the project's own): a later session reads the SDK's modules from it unless
they changed. Each snippet ends with a line naming its run, so the cache never answers for a snippet (mypy takes an
unchanged file as checked and reports nothing about it). Under xdist the workers share the run through a file of
the run (`PYTEST_XDIST_TESTRUNUID`), under a lock: the first worker to ask runs mypy, the others wait and read its
report (`make test` hands out whole test files, and four files read the run).
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
import tempfile
import textwrap
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".mypy_cache" / "user-code"
SNIPPETS: dict[str, str] = {}


def register(module: str, code: str) -> str:
    """Add `code` as `<module>.py` to the session's run; returns the module name for `mypy_report`."""
    SNIPPETS[module] = textwrap.dedent(code)
    return module


@functools.cache
def _report() -> dict[str, list[str]]:
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if run is None:
        return _run_mypy()
    key = hashlib.sha256(json.dumps(SNIPPETS, sort_keys=True).encode()).hexdigest()[:16]
    shared = Path(tempfile.gettempdir()) / f"lansenger-user-code-{run}-{key}.json"
    with open(shared.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if shared.exists():
            report: dict[str, list[str]] = json.loads(shared.read_text(encoding="utf-8"))
            return report
        report = _run_mypy()
        shared.write_text(json.dumps(report), encoding="utf-8")
        return report


def _run_mypy() -> dict[str, list[str]]:
    from mypy import api

    with tempfile.TemporaryDirectory(prefix="lansenger-user-code-") as scratch:
        folder = Path(scratch)
        paths = f"{ROOT / 'overrides'}:{ROOT / 'generated'}"
        (folder / "mypy.ini").write_text(f"[mypy]\nstrict = True\nmypy_path = {paths}\n", encoding="utf-8")
        files = []
        run = f"\n# checked in run {uuid.uuid4().hex}\n"
        for module, code in SNIPPETS.items():
            (folder / f"{module}.py").write_text(code + run, encoding="utf-8")
            files.append(str(folder / f"{module}.py"))
        out, err, _status = api.run(["--config-file", str(folder / "mypy.ini"), "--cache-dir", str(CACHE), *files])
        prefix = f"{folder}/"
        lines = [line.removeprefix(prefix) for line in out.splitlines() if line.startswith(prefix)]
    if not lines and err:
        raise AssertionError(err)
    return {module: [line for line in lines if line.startswith(f"{module}.py:")] for module in SNIPPETS}


def mypy_report(module: str) -> list[str]:
    """mypy's lines about `<module>.py` (`<module>.py:<line>: error: …`), from the session's one run."""
    return _report()[module]
