"""`make mutation`: mutation-test the callback, auth, retry and store modules one at a time; write bench/mutation.md.

    python -m tools.mutation [module or group ...] [--time-limit SECONDS] [--jobs N]
    python -m tools.mutation --report    # only rewrite the report, e.g. after editing equivalent.py

Results are kept per module (mutants/results/), so a module can be run again alone and the report still covers
every module run so far, each with the commit it was run at.
"""

from __future__ import annotations

import argparse

from tools.mutation import report
from tools.mutation.modules import MODULES, select
from tools.mutation.run import ROOT, Outcome, run_module


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.mutation", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="modules (_retry) or groups (retry); all when none")
    parser.add_argument("--time-limit", type=float, default=1800.0, help="seconds per module (default 1800)")
    parser.add_argument("--jobs", type=int, default=1, help="mutants tested at once (default 1: a shared machine)")
    parser.add_argument("--report", action="store_true", help="run nothing: rewrite the report from saved results")
    arguments = parser.parse_args()
    unfinished: list[str] = []
    for module in [] if arguments.report else select(arguments.names):
        print(f"{module.name}: mutmut running (log: mutants/{module.name}/mutmut.log)", flush=True)
        outcome = run_module(module, time_limit=arguments.time_limit, jobs=arguments.jobs)
        statuses = [mutant.status for mutant in outcome.mutants]
        print(
            f"{module.name}: {len(statuses)} mutants, {statuses.count('killed')} killed, "
            f"{statuses.count('timeout')} timed out, {statuses.count('survived')} survived "
            f"in {outcome.seconds:.0f} s{'' if outcome.finished else ' (NOT FINISHED)'}",
            flush=True,
        )
        if not outcome.finished:
            unfinished.append(module.name)
    outcomes = [saved for saved in (Outcome.load(m.name) for m in MODULES) if saved is not None]
    print(f"written: {report.write(outcomes).relative_to(ROOT)}")
    if unfinished:
        raise SystemExit(f"mutmut did not finish for {', '.join(unfinished)}: see mutants/<module>/mutmut.log")


if __name__ == "__main__":
    main()
