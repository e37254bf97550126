"""`python -m codegen [--check]`: regenerate generated/lansenger_api, or verify it is up to date.

Generation goes to a temporary directory first, so a failed run never leaves a half-written package behind,
and `--check` compares that fresh output byte for byte with the committed one.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .bundle import SpecError, assemble, check_valid
from .derive import byte_limits, derive, enum_names, error_table, secret_fields
from .docs import NAV_BEGIN, NAV_END, REFERENCE, MarkerError, readme_table, reference_nav, reference_pages, with_table
from .lint import lint
from .render import GenerationError, render
from .validated import known_valid, marker, remember_valid

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "lansenger_api"
README = ROOT / "README.md"
PAGES = ROOT / REFERENCE
MKDOCS = ROOT / "mkdocs.yml"


def _differences(fresh: Path, committed: Path) -> list[str]:
    def files(root: Path) -> set[Path]:
        return {p.relative_to(root) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    ours, theirs = files(fresh), files(committed)
    found = [f"missing from generated/: {p}" for p in sorted(ours - theirs)]
    found += [f"stale in generated/: {p}" for p in sorted(theirs - ours)]
    found += [
        f"differs: {p}" for p in sorted(ours & theirs) if (fresh / p).read_bytes() != (committed / p).read_bytes()
    ]
    return found


def _page_differences(pages: dict[str, str]) -> list[str]:
    """How docs/reference/ differs from the pages the spec renders (codegen owns every file in it)."""
    committed = {p.name for p in PAGES.glob("*.md")}
    found = [f"missing from {REFERENCE}/: {name}" for name in sorted(set(pages) - committed)]
    found += [f"stale in {REFERENCE}/: {name}" for name in sorted(committed - set(pages))]
    found += [
        f"differs: {REFERENCE}/{name}"
        for name in sorted(set(pages) & committed)
        if (PAGES / name).read_text(encoding="utf-8") != pages[name]
    ]
    return found


def _write_pages(pages: dict[str, str]) -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    for stale in PAGES.glob("*.md"):
        if stale.name not in pages:
            stale.unlink()
    for name, text in pages.items():
        path = PAGES / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    target = ROOT / "generated" / PACKAGE
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=1) as validator:
            return _generate(args.check, target, started, validator)
    except (SpecError, GenerationError, MarkerError) as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 1


def _generate(check: bool, target: Path, started: float, validator: concurrent.futures.Executor) -> int:
    """Render while `validator` checks the spec; nothing is compared or written before it has passed."""
    document = assemble(ROOT / "spec")
    recorded = marker(document)
    checked = known_valid(recorded)
    validation: concurrent.futures.Future[None]
    if checked:  # this very document passed this validator before (codegen/validated.py)
        validation = concurrent.futures.Future()
        validation.set_result(None)
    else:
        validation = validator.submit(check_valid, document)
    try:
        problems = lint(document)
    except Exception:
        validation.result()  # a spec too malformed to lint: the validator names the cause
        raise
    if problems:
        listed = "\n".join(f"  {problem}" for problem in problems)
        raise SpecError(f"the spec has mistakes the OpenAPI validator lets pass:\n{listed}")
    with tempfile.TemporaryDirectory(prefix="lansenger-codegen-") as scratch:
        fresh = Path(scratch) / PACKAGE
        try:
            generator_input, metas = derive(document)
            readme = README.read_text(encoding="utf-8")
            fresh_readme = with_table(readme, readme_table(document, metas))
            pages = reference_pages(document, metas)
            site = MKDOCS.read_text(encoding="utf-8")
            fresh_site = with_table(site, reference_nav(document), begin=NAV_BEGIN, end=NAV_END, name="mkdocs.yml")
            render(
                generator_input=generator_input,
                bundled=document,
                metas=metas,
                errors_table=error_table(document),
                enum_names=enum_names(document),
                secrets=secret_fields(document),
                max_bytes=byte_limits(document),
                out_dir=fresh,
                templates=ROOT / "templates",
                config_path=ROOT / "codegen" / "config.yaml",
            )
        except Exception:
            validation.result()  # an invalid spec is the cause to report, not what it broke downstream
            raise
        validation.result()
        if not checked:
            remember_valid(recorded)
        if check:
            problems = _differences(fresh, target) if target.exists() else ["generated/ is missing"]
            if fresh_readme != readme:
                problems.append("differs: the operations table in README.md")
            if fresh_site != site:
                problems.append("differs: the reference navigation in mkdocs.yml")
            problems += _page_differences(pages)
            if problems:
                print("generated/ is out of date; run `make generate` and commit it:", file=sys.stderr)
                print("\n".join(f"  {line}" for line in problems), file=sys.stderr)
                return 1
            print(f"generated/ is up to date ({len(metas)} operations, {time.perf_counter() - started:.2f} s)")
            return 0
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target, ignore=shutil.ignore_patterns("__pycache__"))
        if fresh_readme != readme:
            README.write_text(fresh_readme, encoding="utf-8")
        if fresh_site != site:
            MKDOCS.write_text(fresh_site, encoding="utf-8")
        _write_pages(pages)
    print(f"generated {len(metas)} operations into {target.relative_to(ROOT)} in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
