"""One module's mutmut run in a working folder of its own, and what came of each mutant.

mutmut 3 finds the code to mutate, and names its mutants, from paths under ./, src/ or source/: our packages live in
overrides/ and generated/. So each run gets a folder (mutants/<module>/) laid out as mutmut expects: lansenger/ (a
copy of overrides/lansenger), tests/, and pyproject.toml with a [tool.mutmut] table for this module alone.
"""

from __future__ import annotations

import ast
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mutmut.mutation.diff_apply import get_diff_for_mutant
from mutmut.stats import status_by_exit_code
from mutmut.utils.format_utils import orig_function_and_class_names_from_key

from tools.mutation.modules import Module

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "mutants"
MUTMUT = Path(sys.executable).with_name("mutmut")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache")


@dataclass
class Mutant:
    name: str
    status: str  # killed, timeout, survived, no tests, ... as mutmut names them
    file: str  # from the repo root
    line: int
    function: str
    before: str  # the changed source lines, stripped, joined by "\n"
    after: str


@dataclass
class Outcome:
    module: str
    group: str
    tests: list[str]
    commit: str
    seconds: float
    finished: bool  # False: stopped by the time limit, the counts are partial
    mutants: list[Mutant] = field(default_factory=list)

    def save(self) -> None:
        path = WORK / "results" / f"{self.module}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, module: str) -> Outcome | None:
        path = WORK / "results" / f"{module}.json"
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        data["mutants"] = [Mutant(**mutant) for mutant in data["mutants"]]
        return cls(**data)


def run_module(module: Module, *, time_limit: float, jobs: int) -> Outcome:
    """Stage, run mutmut (killing whatever it leaves behind: redis-servers, worker processes), read the results."""
    stage = _stage(module)
    log = stage / "mutmut.log"
    started = time.monotonic()
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(MUTMUT), "run", "--max-children", str(jobs)],
            cwd=stage,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            # the tests' own subprocesses (token-store workers) import the mutated code too
            env={**os.environ, "PYTHONPATH": str(stage / "mutants")},
            start_new_session=True,
        )
        try:
            process.wait(timeout=time_limit)
            finished = process.returncode == 0
        except subprocess.TimeoutExpired:
            finished = False
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    outcome = Outcome(
        module=module.name,
        group=module.group,
        tests=list(module.tests),
        commit=_commit(module),
        seconds=round(time.monotonic() - started, 1),
        finished=finished,
        mutants=_mutants(stage, module),
    )
    outcome.save()
    return outcome


def _stage(module: Module) -> Path:
    stage = WORK / module.name
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(ROOT / "overrides" / "lansenger", stage / "lansenger", ignore=IGNORED)
    shutil.copytree(ROOT / "tests", stage / "tests", ignore=IGNORED)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    if "[tool.mutmut]" in pyproject:
        raise SystemExit("pyproject.toml has a [tool.mutmut] table: tools/mutation writes its own per module")
    table = {
        "source_paths": ["lansenger"],
        "only_mutate": [module.path],
        "pytest_add_cli_args_test_selection": list(module.tests),
        "pytest_add_cli_args": ["-p", "no:cacheprovider"],
        # the working folder is no git checkout
        "use_git_change_detection": False,
        # mutmut's default runner forks workers from the process that ran the tests in-process and then reaps
        # with os.wait(): a child the tests left (a sandbox, a redis-server) is reaped instead, and mutmut 3.8.1
        # dies on a KeyError before any mutant runs. The fork server keeps pytest out of the reaping process.
        "process_isolation": "forkserver",
    }
    lines = [f"{key} = {json.dumps(value)}" for key, value in table.items()]
    (stage / "pyproject.toml").write_text(pyproject + "\n[tool.mutmut]\n" + "\n".join(lines) + "\n", encoding="utf-8")
    # made before mutmut starts: a PYTHONPATH entry that does not exist yet at start-up is never searched
    (stage / "mutants").mkdir()
    return stage


def _mutants(stage: Path, module: Module) -> list[Mutant]:
    meta = stage / "mutants" / f"{module.path}.meta"
    if not meta.exists():
        return []
    exit_codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    source = (ROOT / "overrides" / module.path).read_text(encoding="utf-8")
    definitions = _definitions(source)
    lines = source.splitlines()
    with _cwd(stage):
        return [
            _mutant(
                name, status_by_exit_code[code], module, get_diff_for_mutant(name, path=module.path), definitions, lines
            )
            for name, code in exit_codes.items()
        ]


def _mutant(
    name: str, status: str, module: Module, diff: str, definitions: dict[str, ast.stmt], lines: list[str]
) -> Mutant:
    """Where a mutant sits in the original file: its diff is relative to the function, 1 being the `def` line."""
    function, cls = orig_function_and_class_names_from_key(name)
    qualified = f"{cls}.{function}" if cls else function
    removed, added, first = _changes(diff)
    node = definitions[qualified]
    start, end = node.lineno, node.end_lineno or node.lineno
    line = start + first - 1
    if removed and lines[line - 1].strip() != removed[0]:
        line = next((n for n in range(start, end + 1) if lines[n - 1].strip() == removed[0]), start)
    return Mutant(name, status, f"overrides/{module.path}", line, qualified, "\n".join(removed), "\n".join(added))


def _changes(diff: str) -> tuple[list[str], list[str], int]:
    """The removed and added lines of a function-relative diff, and the first changed line (1 = the `def` line)."""
    removed: list[str] = []
    added: list[str] = []
    first = 0
    old = 0
    for text in diff.splitlines():
        if text.startswith(("---", "+++")):
            continue
        if text.startswith("@@"):
            old = int(text.split()[1].lstrip("-").split(",")[0])
        elif text.startswith("-"):
            removed.append(text[1:].strip())
            first = first or old
            old += 1
        elif text.startswith("+"):
            added.append(text[1:].strip())
            first = first or old
        else:
            old += 1
    return removed, added, first or 1


def _definitions(source: str) -> dict[str, ast.stmt]:
    """Functions and methods by the name mutmut gives them: `name`, `Class.name`."""
    found: dict[str, ast.stmt] = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found[node.name] = node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    found[f"{node.name}.{item.name}"] = item
    return found


def _commit(module: Module) -> str:
    """The commit the module was run at, `+` when its file had uncommitted changes."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", f"overrides/{module.path}"], cwd=ROOT)
    return head.stdout.strip() + ("+" if dirty.returncode else "")


@contextmanager
def _cwd(path: Path) -> Iterator[None]:
    """mutmut reads its mutants relative to the working directory."""
    previous = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)
