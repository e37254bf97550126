"""Adding an operation by editing the spec, as the Extending guide shows, on a copy of the repo.

The codegen runs once on the copy (test_codegen checks on the real spec that a second run, under another hash
seed, writes exactly what the first did): the new read and write must reach the generated clients (and the
overlay's, which subclass them) and their domain's reference page, nothing else outside generated/ but the tables
of domains (README and reference index) may change, overrides/ must stay byte-identical, and they are MCP tools
and `lansenger api` operations (tests/_extending_mcp.py). With no sandbox code, both are then called through the
SDK against the copy's sandbox: the read answers data that fits its schema, a valid
write is accepted, and a write that breaks the schema is refused: by the client before sending when its rules
catch it, by the sandbox when it is sent anyway.
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

import pytest
import yaml

from codegen.docs import BEGIN, END
from tests._extending_mcp import LIST_AND_CALL, check_tools_and_api

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("spec", "codegen", "templates", "overrides", "generated", "README.md", "mkdocs.yml", "docs")
GUIDE = ROOT / "docs" / "guides" / "extending.md"
DOMAIN = Path("spec/domains/org.yaml")
# A write beside the guide's read, on the same tag; added unless the guide's example already shows it.
WRITE_EXAMPLE: dict[str, Any] = yaml.safe_load(
    """
paths:
  /v1/staffs/{staff_id}/example/update:
    post:
      operationId: update_staff_example
      tags: [staffs]
      summary: Change the example record of a staff member.
      parameters:
        - $ref: "#/components/parameters/StaffIdPath"
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/StaffExampleUpdate"}
      responses:
        "200":
          description: The record as changed.
          content:
            application/json:
              schema:
                allOf:
                  - $ref: "#/components/schemas/Envelope"
                  - properties:
                      data: {$ref: "#/components/schemas/StaffExample"}
                    required: [data]
components:
  schemas:
    StaffExampleUpdate:
      type: object
      required: [note]
      properties:
        note: {type: string, minLength: 1, maxLength: 40}
        level: {type: integer, enum: [1, 2, 3]}
"""
)
# Run inside the copy, importing its generated package and overlay ahead of the installed ones: both new
# operations called through the SDK against the copy's sandbox, which has no code for them.
CALL_THE_NEW_OPERATIONS = """
import inspect, json, pathlib
import httpx, lansenger, lansenger_api
from lansenger import InvalidArgumentError, InvalidRequestError, Lansenger
from lansenger.testing import Sandbox
from lansenger_api.api.staffs import AsyncStaffsResource
from lansenger_api.validation import check, rule_tree

document = json.loads(pathlib.Path(lansenger_api.__file__).with_name("openapi.json").read_text())
example = rule_tree(document, {"$ref": "#/components/schemas/StaffExample"}, full=True)
outcome = {"modules": [lansenger_api.__file__, lansenger.__file__]}
with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
    read = client.staffs.fetch_staff_example("524288-1002")
    written = client.staffs.update_staff_example("524288-1002", note="hello", level=2)
    sent = len(sandbox.state.requests)
    try:
        client.staffs.update_staff_example("524288-1002", note="hello", level=7)
    except InvalidArgumentError as error:
        outcome["client_refused"] = [str(error), len(sandbox.state.requests) - sent]
    try:
        client.staffs.update_staff_example("524288-1002", note="hello", extra_body={"mood": "sunny"})
    except InvalidRequestError as error:
        outcome["sandbox_refused"] = [error.err_code, error.err_msg]
    token = httpx.get(
        sandbox.url + "/v1/apptoken/create",
        params={"grant_type": "client_credential", "appid": sandbox.app_id, "secret": sandbox.app_secret},
    ).json()["data"]["appToken"]
    raw = httpx.post(sandbox.url + "/v1/staffs/524288-1002/example/update", params={"app_token": token},
                     json={"note": "hello", "level": "high"}).json()
    answered = httpx.get(sandbox.url + "/v1/staffs/524288-1002/example/fetch", params={"app_token": token}).json()
check(answered["data"], example, python_names=False)
outcome.update({
    "read": [type(read).__name__, isinstance(read.note, str)],
    "written": type(written).__name__,
    "raw": raw,
    "paths": [path for _, path, _ in sandbox.state.requests if "example" in path],
    "async": inspect.iscoroutinefunction(AsyncStaffsResource.update_staff_example),
})
print(json.dumps(outcome))
"""


def copied_repo(tmp_path: Path) -> Path:
    """What codegen reads and writes, copied under `tmp_path`: a repo to add operations to."""
    repo = tmp_path / "repo"
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, repo / name)
    return repo


def guide_example() -> dict[str, Any]:
    """The YAML the Extending guide tells readers to add, taken from the guide itself so the two cannot drift."""
    guide = GUIDE.read_text(encoding="utf-8")
    section = guide[guide.index("### Add an operation") :]
    block = re.search(r"```yaml\n(.*?)\n\s*```", section, re.DOTALL)
    assert block is not None, "the Extending guide lost its YAML example"
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


def run_in_copy(repo: Path, script: str) -> list[Any]:
    """Run `script` with the copy's generated package and overlay ahead of the installed ones; the JSON lines it
    prints."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env["PYTHONPATH"] = os.pathsep.join([str(repo / "generated"), str(repo / "overrides")])
    done = subprocess.run([sys.executable, "-c", script], cwd=repo, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def outside_the_table(readme: bytes | None) -> str:
    assert readme is not None
    text = readme.decode("utf-8")
    return text[: text.index(BEGIN)] + text[text.index(END) :]


@pytest.mark.slow
def test_an_operation_added_to_the_spec_regenerates_without_touching_the_overlay(tmp_path: Path) -> None:
    repo = copied_repo(tmp_path)
    example = guide_example()
    for kind in ("paths", "components"):
        for key, value in WRITE_EXAMPLE[kind].items():
            if kind == "paths":
                example["paths"].setdefault(key, value)
            else:
                example["components"].setdefault(key, {}).update(value)
    add_to_domain(repo / DOMAIN, example)
    before = snapshot(repo)

    regenerate(repo, seed="1")
    after = snapshot(repo)

    changed = sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
    assert "generated/lansenger_api/api/staffs/fetch_staff_example.py" in changed
    assert "generated/lansenger_api/models/staff_example.py" in changed
    assert "generated/lansenger_api/api/staffs/update_staff_example.py" in changed
    outside = [path for path in changed if not path.startswith("generated/")]
    assert outside == ["README.md", "docs/reference/index.md", "docs/reference/staffs.md"]
    assert outside_the_table(after["README.md"]) == outside_the_table(before["README.md"])
    assert b"| Staff details, id mapping and search. | 10 |" in (after["README.md"] or b"")
    page = (after["docs/reference/staffs.md"] or b"").decode("utf-8")
    assert "answer = client.staffs.fetch_staff_example(staff_id)  # Lansenger" in page
    assert "answer = await client.staffs.update_staff_example(staff_id, note=note, ...)  # AsyncLansenger" in page
    write = page[page.index("### `update_staff_example`") :]
    assert "| `note` | `note` | body | str | yes | at least 1 character; at most 40 characters |" in write
    assert "| `level` | `level` | body | int |  | one of `1`, `2`, `3` |" in write
    assert "`POST /v1/staffs/{staff_id}/example/update`" in write
    overlay = {path: data for path, data in after.items() if path.startswith("overrides/")}
    assert overlay == {path: data for path, data in before.items() if path.startswith("overrides/")}
    assert len(overlay) > 50

    # One interpreter for both scripts: starting one, with the copy's SDK compiled from source, costs seconds.
    called, listed = run_in_copy(repo, CALL_THE_NEW_OPERATIONS + LIST_AND_CALL)
    assert all(module.startswith(str(repo)) for module in called["modules"]), called["modules"]
    assert called["read"] == ["StaffExample", True]
    assert called["written"] == "StaffExample"
    assert called["client_refused"] == ["level must be one of 1, 2, 3, not 7", 0]
    assert called["sandbox_refused"] == [40001, "invalid parameter: mood is not a field of body"]
    assert called["raw"] == {"errCode": 40001, "errMsg": "invalid parameter: level must be integer, not string"}
    assert called["paths"] == [
        "/v1/staffs/524288-1002/example/fetch",
        "/v1/staffs/524288-1002/example/update",
        "/v1/staffs/524288-1002/example/update",
        "/v1/staffs/524288-1002/example/update",
        "/v1/staffs/524288-1002/example/fetch",
    ]
    assert called["async"] is True
    assert snapshot(repo) == after  # importing and calling wrote nothing either
    check_tools_and_api(listed, next(iter(example["paths"].values()))["get"]["summary"])


@pytest.mark.slow
def test_an_invalid_spec_writes_nothing(tmp_path: Path) -> None:
    """Validation runs beside rendering; its verdict still comes before anything under generated/ is touched."""
    repo = copied_repo(tmp_path)
    example = guide_example()
    for operation in next(iter(example["paths"].values())).values():
        operation["responses"] = "not responses"
    add_to_domain(repo / DOMAIN, example)
    before = snapshot(repo)

    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}  # the snapshot compares every file, __pycache__ too
    done = subprocess.run(
        [sys.executable, "-m", "codegen"], cwd=repo, env=env, capture_output=True, text=True, timeout=120
    )

    assert done.returncode == 1
    assert "not valid OpenAPI" in done.stderr
    assert snapshot(repo) == before
