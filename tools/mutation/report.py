"""bench/mutation.md: per module and group the counts and the score, every survivor, the equivalents excluded."""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from tools.mutation.equivalent import EQUIVALENT, Equivalent
from tools.mutation.modules import GROUPS, MODULES
from tools.mutation.run import ROOT, Mutant, Outcome

REPORT = ROOT / "bench" / "mutation.md"
DETECTED = ("killed", "timeout")
COLUMNS = ("mutants", "killed", "timed out", "survived", "no tests", "other", "equivalent", "killed %")


def write(outcomes: list[Outcome]) -> Path:
    matched: set[Equivalent] = set()
    rows: list[str] = []
    survivors: list[str] = []
    excluded: list[str] = []
    refuted: list[str] = []
    totals: dict[str, Counter[str]] = {group: Counter() for group in GROUPS}
    for outcome in outcomes:
        counts: Counter[str] = Counter()
        for mutant in outcome.mutants:
            equivalent = _equivalent(mutant)
            if equivalent is not None:
                matched.add(equivalent)
            if equivalent is not None and mutant.status in DETECTED:  # a test tells it apart: not equivalent
                refuted.append(f"- {_describe(mutant)}")
            elif equivalent is not None:
                counts["equivalent"] += 1
                excluded.append(f"- {_describe(mutant)}: {equivalent.reason}")
                continue
            counts[_column(mutant.status)] += 1
            if mutant.status not in DETECTED:
                survivors.append(f"- {_describe(mutant)}{'' if mutant.status == 'survived' else f' ({mutant.status})'}")
        counts["mutants"] = len(outcome.mutants)
        totals[outcome.group].update(counts)
        note = "" if outcome.finished else " (stopped by the time limit: partial)"
        rows.append(
            f"| {outcome.group} | `{outcome.module}`{note} | {_cells(counts)} | {outcome.seconds:.0f} s | "
            f"{outcome.commit} | {', '.join(Path(test).name for test in outcome.tests)} |"
        )
    group_rows = [f"| {group} | {_cells(counts)} |" for group, counts in totals.items() if counts["mutants"]]
    stale = [f"- {e.file} `{e.function}`: `{e.before}` → `{e.after}`" for e in EQUIVALENT if e not in matched]
    not_run = [m.name for m in MODULES if m.name not in {outcome.module for outcome in outcomes}]
    lines = [
        "# Mutation testing: `make mutation`",
        "",
        "mutmut 3.8.1 changes one thing at a time in the code (a comparison, an operator, a constant, an argument, "
        "a call, a return value) and runs the tests; a mutant is killed when a test fails, timed out when the tests "
        "ran past mutmut's limit (15 times their normal duration, plus 1 s). Each module runs alone, against only "
        "the tests named in `tools/mutation/modules.py`, and of those only the tests that called the function "
        "the mutant changes. Killed % = (killed + timed out) / (mutants − equivalent); a survivor is a change no "
        "test noticed, and `no tests` one that none of the module's tests reached. Equivalent mutants (the program "
        "behaves the same) are named with a reason in `tools/mutation/equivalent.py`.",
        "",
        "## Per group",
        "",
        f"| group | {' | '.join(COLUMNS)} |",
        "|---" * (len(COLUMNS) + 1) + "|",
        *group_rows,
        "",
        "## Per module",
        "",
        f"| group | module | {' | '.join(COLUMNS)} | run | commit | tests |",
        "|---" * (len(COLUMNS) + 5) + "|",
        *rows,
        *(["", f"Not run yet: {', '.join(not_run)}."] if not_run else []),
        "",
        "## Not mutated",
        "",
        "mutmut changes only the bodies of functions and methods, and leaves out decorated ones but static and "
        "class methods (a decorator runs when the function is defined, and may wrap it where mutmut cannot switch "
        "mutants in); module- and class-level statements are not mutated either. In these modules that leaves:",
        "",
        *_not_mutated(m.path for m in MODULES),
        "",
        f"## Survivors ({len(survivors)})",
        "",
        *(survivors or ["None."]),
        "",
        f"## Equivalent mutants excluded ({len(excluded)})",
        "",
        *(excluded or ["None."]),
        *(["", "## Equivalent entries that match no mutant any more (remove them)", "", *stale] if stale else []),
        *(["", "## Equivalent entries whose mutant a test kills (remove them)", "", *refuted] if refuted else []),
    ]
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return REPORT


def _equivalent(mutant: Mutant) -> Equivalent | None:
    for entry in EQUIVALENT:
        if (entry.file, entry.function, entry.before, entry.after) == (
            mutant.file,
            mutant.function,
            mutant.before,
            mutant.after,
        ):
            return entry
    return None


def _column(status: str) -> str:
    return {"killed": "killed", "timeout": "timed out", "survived": "survived", "no tests": "no tests"}.get(
        status, "other"
    )


def _cells(counts: Counter[str]) -> str:
    scored = counts["mutants"] - counts["equivalent"]
    score = f"{100 * (counts['killed'] + counts['timed out']) / scored:.1f}" if scored else "-"
    return " | ".join([*(str(counts[column]) for column in COLUMNS[:-1]), score])


def _describe(mutant: Mutant) -> str:
    before = " ⏎ ".join(mutant.before.splitlines()) or "(nothing)"
    after = " ⏎ ".join(mutant.after.splitlines()) or "(removed)"
    return f"`{mutant.file}:{mutant.line}` {mutant.function}: `{before}` → `{after}`"


def _not_mutated(paths: Iterable[str]) -> list[str]:
    found: list[str] = []
    for path in paths:
        source = ROOT / "overrides" / path
        for node, owner in _functions(ast.parse(source.read_text(encoding="utf-8"))):
            names = [ast.unparse(decorator) for decorator in node.decorator_list]
            if names and names not in (["staticmethod"], ["classmethod"]):
                name = f"{owner}.{node.name}" if owner else node.name
                found.append(f"- `overrides/{path}:{node.lineno}` {name} (`@{', @'.join(names)}`)")
    return found or ["Nothing."]


def _functions(tree: ast.Module) -> Iterable[tuple[ast.FunctionDef | ast.AsyncFunctionDef, str]]:
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node, ""
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    yield item, node.name
