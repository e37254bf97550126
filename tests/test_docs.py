"""The documentation holds: the site builds with `mkdocs build --strict` (a broken link or anchor fails), every
python block of the README and the guides runs against the sandbox, and the reference pages name the client
attributes users call.

Blocks of one page run in order in one namespace, in a fresh directory, with the `LANSENGER_*` variables naming
one sandbox per worker and `client = Lansenger.from_env()` given (the convention docs/index.md states). A block
whose first line is `# not run: <reason>` is only compiled: the reason is on the page for readers too.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lansenger import Lansenger
from lansenger.testing import Sandbox

from codegen.docs import ATTRIBUTES, attribute

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", ROOT / "docs" / "index.md", *sorted((ROOT / "docs" / "guides").glob("*.md"))]
FENCE = re.compile(r"^(?P<indent>[ \t]*)```python\n(?P<code>.*?)^(?P=indent)```", re.DOTALL | re.MULTILINE)
SKIP = re.compile(r"# not run: \S")
MAX_SKIPPED = 9  # web frameworks (3), Redis deployments (3), an MCP subprocess, the device flow, a listener


def python_blocks(page: Path) -> list[tuple[int, str]]:
    """(line number, dedented code) of every ```python fence on the page, indented ones (in lists) included."""
    text = page.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        indent = len(match.group("indent"))
        code = "".join(line[indent:] for line in match.group("code").splitlines(keepends=True))
        found.append((text.count("\n", 0, match.start()) + 1, code))
    return found


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


def run_block(code: str, where: str, namespace: dict[str, Any]) -> None:
    compiled = compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    if compiled.co_flags & 0x80:  # CO_COROUTINE: the block awaits at top level, as in a notebook or asyncio REPL
        asyncio.run(eval(compiled, namespace))
    else:
        exec(compiled, namespace)


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(ROOT).as_posix())
def test_every_python_block_runs_against_the_sandbox(
    page: Path, sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in {
        "LANSENGER_API_GATEWAY_URL": sandbox.url,
        "LANSENGER_PASSPORT_URL": sandbox.url,
        "LANSENGER_APP_ID": sandbox.app_id,
        "LANSENGER_APP_SECRET": sandbox.app_secret,
        "LANSENGER_ENCODING_KEY": sandbox.aes_key,
        "LANSENGER_CALLBACK_TOKEN": sandbox.sign_token,
        "LANSENGER_REDIRECT_URI": "https://app.example/lansenger/oauth",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("LANSENGER_APP_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    with Lansenger.from_env() as client:
        namespace: dict[str, Any] = {"__name__": "__docs__", "client": client}
        try:
            for line, code in python_blocks(page):
                where = f"{page.relative_to(ROOT)}:{line}"
                if SKIP.match(code):
                    compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
                    continue
                run_block(code, where, namespace)
        finally:  # clients a page built and left open (`client = Lansenger.from_env()`)
            for value in namespace.values():
                if isinstance(value, Lansenger):
                    value.close()


@pytest.mark.slow
def test_the_testing_guides_pytest_example_passes_under_pytest(tmp_path: Path) -> None:
    """The guide's test uses the plugin's fixtures; run as a test file, with nothing imported or configured."""
    page = ROOT / "docs" / "guides" / "testing.md"
    tests = [code for _, code in python_blocks(page) if "def test_" in code]
    assert tests
    (tmp_path / "test_guide.py").write_text("\n\n".join(tests), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            "test_guide.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(tests)} passed" in done.stdout


def test_few_blocks_are_left_unrun_and_each_says_why() -> None:
    skipped = [(page.name, line) for page in PAGES for line, code in python_blocks(page) if SKIP.match(code)]
    unexplained = [
        (page.name, line) for page in PAGES for line, code in python_blocks(page) if code.startswith("# not run:\n")
    ]
    assert len(skipped) <= MAX_SKIPPED, skipped
    assert not unexplained
    assert sum(len(python_blocks(page)) for page in PAGES) > 4 * MAX_SKIPPED


def test_the_readme_starts_with_the_two_commands_and_stays_an_overview() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    first_block = readme.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert [line.split()[:2] for line in first_block] == [["make", "demo"], ["make", "test"]]


@pytest.mark.parametrize("tag", sorted({*ATTRIBUTES, "staffs", "messages"}))
def test_reference_pages_use_the_names_the_client_serves(tag: str) -> None:
    """`client.<attribute>` is the tag's generated resource (or the overlay's subclass of it), and its reference
    page is named and written with that attribute, never the spec's pinyin or old tag."""
    resource = importlib.import_module(f"lansenger_api.api.{tag}")
    generated = getattr(resource, f"{''.join(part.title() for part in tag.split('_'))}Resource")
    with Lansenger(app_token="t", gateway_url="https://gateway.example") as client:
        assert isinstance(getattr(client, attribute(tag)), generated)
    page = (ROOT / "docs" / "reference" / f"{attribute(tag)}.md").read_text(encoding="utf-8")
    assert f"client.{attribute(tag)}." in page
    if tag in ATTRIBUTES:
        assert f"client.{tag}." not in page.replace(f"`client.{tag}` still works", "")


@pytest.mark.slow
def test_the_site_builds_strictly(tmp_path: Path) -> None:
    """`mkdocs build --strict`: a link to a missing page or anchor, a page left out of the navigation, or a
    docstring mkdocstrings cannot read fails the build."""
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    built = {path.relative_to(tmp_path / "site").as_posix() for path in (tmp_path / "site").rglob("index.html")}
    assert {"index.html", "reference/staffs/index.html", "guides/callbacks/index.html"} <= built


def test_codegen_check_names_a_hand_edited_missing_or_stale_reference_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/reference/ is codegen's alone: `--check` reports every file that is not what the spec renders."""
    from codegen import __main__ as generate

    rendered = {path.name: path.read_text(encoding="utf-8") for path in (ROOT / "docs" / "reference").glob("*.md")}
    for name, text in rendered.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(generate, "PAGES", tmp_path)
    assert generate._page_differences(rendered) == []

    (tmp_path / "staffs.md").write_text(rendered["staffs.md"] + "\nA hand-written note.\n", encoding="utf-8")
    (tmp_path / "webhooks.md").unlink()
    (tmp_path / "hooks.md").write_text("# hooks\n", encoding="utf-8")
    assert generate._page_differences(rendered) == [
        "missing from docs/reference/: webhooks.md",
        "stale in docs/reference/: hooks.md",
        "differs: docs/reference/staffs.md",
    ]
    generate._write_pages(rendered)
    assert {path.name: path.read_text(encoding="utf-8") for path in tmp_path.glob("*.md")} == rendered
