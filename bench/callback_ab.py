"""Callback throughput before/after a change: REF's overlay against the working tree, interleaved, same machine.

Usage: python bench/callback_ab.py REF [ROUNDS]. Each round runs `callback_throughput` once per side, each in a
fresh interpreter, alternating so that load from other processes falls on both sides alike. Writes
bench/callback-before-after.md.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "callback-before-after.md"
MEASURE = (
    "import json, sys; sys.path.insert(0, 'bench'); import run, lansenger; "
    "print(json.dumps({'file': lansenger.__file__, **run.callback_throughput()}))"
)


def overlay_at(ref: str, folder: Path) -> Path:
    """Extract REF's overrides/ into `folder`; returns the directory to put first on PYTHONPATH."""
    archive = folder / "overlay.tar"
    with archive.open("wb") as handle:
        subprocess.run(["git", "archive", ref, "overrides/lansenger"], cwd=ROOT, stdout=handle, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    return folder / "overrides"


def measure(pythonpath: Path | None) -> dict[str, float]:
    environment = dict(os.environ)
    if pythonpath is not None:
        environment["PYTHONPATH"] = str(pythonpath)
    output = subprocess.check_output([sys.executable, "-c", MEASURE], cwd=ROOT, env=environment, text=True)
    result = json.loads(output)
    expected = str(pythonpath) if pythonpath is not None else str(ROOT / "overrides")
    if not result.pop("file").startswith(expected):
        raise RuntimeError(f"measured the wrong lansenger (expected one under {expected})")
    return {key: float(value) for key, value in result.items()}


def main() -> int:
    ref, rounds = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as folder:
        before_path = overlay_at(ref, Path(folder))
        before, after = [], []
        for _ in range(rounds):
            before.append(measure(before_path))
            after.append(measure(None))
    lines = [
        "# Callback verify + decrypt + parse: before / after",
        "",
        f"Written by `python bench/callback_ab.py {ref} {rounds}`: {rounds} interleaved rounds, each side in a fresh "
        "interpreter, medians shown; 1 KB callback, one core.",
        "",
        "| side | sustained | best 1000-callback window |",
        "|---|---|---|",
    ]
    for name, samples in ((f"before (`{ref}`)", before), ("after (working tree)", after)):
        sustained = statistics.median(s["per_second"] for s in samples)
        best = statistics.median(s["best_per_second"] for s in samples)
        lines.append(f"| {name} | {sustained:,.0f} /s | {best:,.0f} /s |")
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
