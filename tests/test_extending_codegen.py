"""Adding an operation by editing the spec, as the README's "Extending" section shows, on a copy of the repo.

The codegen runs twice on the copy: the new operation must reach the generated clients (and the overlay's,
which subclass them), nothing outside generated/ and the README's operations table may change, overrides/
must stay byte-identical, and the second run must write exactly what the first did.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

from codegen.docs import BEGIN, END

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("spec", "codegen", "templates", "overrides", "generated", "README.md")
DOMAIN = Path("spec/domains/org.yaml")
# Run inside the copy, importing its generated package and overlay ahead of the installed ones.
CALL_THE_NEW_OPERATION = """
import inspect, json
import httpx, lansenger, lansenger_api
from lansenger import Lansenger
from lansenger_api.api.staffs import AsyncStaffsResource

paths = []
def answer(request):
    paths.append(request.url.path)
    return httpx.Response(200, json={"errCode": 0, "errMsg": "ok", "data": {"note": "hello"}})

with Lansenger(app_token="t", gateway_url="http://gw.test", transport=httpx.MockTransport(answer)) as client:
    result = client.staffs.fetch_staff_example("524288-1002")
print(json.dumps({
    "modules": [lansenger_api.__file__, lansenger.__file__],
    "result": [type(result).__name__, result.note],
    "paths": paths,
    "async": inspect.iscoroutinefunction(AsyncStaffsResource.fetch_staff_example),
}))
"""


def readme_example() -> dict[str, Any]:
    """The YAML the README tells readers to add, taken from the README itself so the two cannot drift."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Add an operation") :]
    block = re.search(r"```yaml\n(.*?)\n\s*```", section, re.DOTALL)
    assert block is not None, "the README's Extending section lost its YAML example"
    example: dict[str, Any] = yaml.safe_load(textwrap.dedent(block.group(1)))
    return example


def add_to_domain(domain: Path, example: dict[str, Any]) -> None:
    document = yaml.safe_load(domain.read_text(encoding="utf-8"))
    assert not set(example["paths"]) & set(document["paths"])
    document["paths"].update(example["paths"])
    for kind, entries in example["components"].items():
        assert not set(entries) & set(document["components"].setdefault(kind, {}))
        document["components"][kind].update(entries)
    domain.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file's bytes and every directory (None) under root."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes() if path.is_file() else None for path in root.rglob("*")
    }


def regenerate(repo: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "codegen"], cwd=repo, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def outside_the_table(readme: bytes | None) -> str:
    assert readme is not None
    text = readme.decode("utf-8")
    return text[: text.index(BEGIN)] + text[text.index(END) :]


def test_an_operation_added_to_the_spec_regenerates_without_touching_the_overlay(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, repo / name)
    add_to_domain(repo / DOMAIN, readme_example())
    before = snapshot(repo)

    regenerate(repo, seed="1")
    after = snapshot(repo)

    changed = sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
    assert "generated/lansenger_api/api/staffs/fetch_staff_example.py" in changed
    assert "generated/lansenger_api/models/staff_example.py" in changed
    assert [path for path in changed if not path.startswith("generated/")] == ["README.md"]
    assert outside_the_table(after["README.md"]) == outside_the_table(before["README.md"])
    assert b"`staffs.fetch_staff_example(staff_id)`" in (after["README.md"] or b"")
    overlay = {path: data for path, data in after.items() if path.startswith("overrides/")}
    assert overlay == {path: data for path, data in before.items() if path.startswith("overrides/")}
    assert len(overlay) > 50

    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env["PYTHONPATH"] = os.pathsep.join([str(repo / "generated"), str(repo / "overrides")])
    done = subprocess.run(
        [sys.executable, "-c", CALL_THE_NEW_OPERATION], cwd=repo, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    called = json.loads(done.stdout)
    assert all(module.startswith(str(repo)) for module in called["modules"]), called["modules"]
    assert called["result"] == ["StaffExample", "hello"]
    assert called["paths"] == ["/v1/staffs/524288-1002/example/fetch"]
    assert called["async"] is True
    assert snapshot(repo) == after  # importing and calling wrote nothing either

    regenerate(repo, seed="4242")
    assert snapshot(repo) == after


def test_an_invalid_spec_writes_nothing(tmp_path: Path) -> None:
    """Validation runs beside rendering; its verdict still comes before anything under generated/ is touched."""
    repo = tmp_path / "repo"
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, repo / name)
    example = readme_example()
    for operation in next(iter(example["paths"].values())).values():
        operation["responses"] = "not responses"
    add_to_domain(repo / DOMAIN, example)
    before = snapshot(repo)

    done = subprocess.run([sys.executable, "-m", "codegen"], cwd=repo, capture_output=True, text=True, timeout=120)

    assert done.returncode == 1
    assert "not valid OpenAPI" in done.stderr
    assert snapshot(repo) == before
