"""An operation added to the spec is an MCP tool and a `lansenger api` operation after regeneration, with no other
edit: test_extending_codegen runs `LIST_AND_CALL` in its regenerated copy of the repo (one regeneration and one
interpreter for both) and hands its outcome to `check_tools_and_api`: the new read and write are listed and called
against the copy's sandbox, through the MCP client and through the command line."""

from __future__ import annotations

from typing import Any

from tests.test_mcp import OPERATIONS

# Run inside the copy, importing its generated package and overlay ahead of the installed ones.
LIST_AND_CALL = """
import anyio, json, pathlib, tempfile
from lansenger import Lansenger
from lansenger.cli._app import app
from lansenger._mcp_composites import COMPOSITES
from lansenger._mcp_server import build_server
from lansenger._mcp_tools import Identity, Policy, all_tools
from lansenger.testing import Sandbox
from mcp import Client
from typer.testing import CliRunner

outcome = {}

async def serve(client, policy, calls):
    async with Client(build_server(client, all_tools(COMPOSITES), policy, Identity())) as session:
        listed = {tool.name: tool for tool in (await session.list_tools()).tools}
        answers = [await session.call_tool(name, arguments) for name, arguments in calls]
    return listed, [json.loads(result.content[0].text) for result in answers]

# The command line's state file goes outside the copy, which must hold only what codegen wrote.
with (
    tempfile.TemporaryDirectory() as state,
    Sandbox() as sandbox,
    Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client,
):
    read_only, _ = anyio.run(serve, client, Policy(), [])
    listed, answers = anyio.run(serve, client, Policy(allow_write=True), [
        ("fetch_staff_example", {"staff_id": "524288-1002"}),
        ("update_staff_example", {"staff_id": "524288-1002", "note": "hello", "level": 2}),
        ("update_staff_example", {"staff_id": "524288-1002", "note": "hello", "level": 7}),
    ])
    env = {
        "LANSENGER_API_GATEWAY_URL": sandbox.url, "LANSENGER_APP_ID": sandbox.app_id,
        "LANSENGER_APP_SECRET": sandbox.app_secret, "LANSENGER_STATE_FILE": str(pathlib.Path(state) / "sdk_state.json"),
    }
    runner = CliRunner()
    listing = runner.invoke(app, ["--json", "api", "--list"], env=env)
    called = runner.invoke(
        app, ["api", "update_staff_example", "--json", '{"staff_id": "524288-1002", "note": "via the shell"}'], env=env
    )
    outcome.update({
        "read_only": sorted(name for name in read_only if "example" in name),
        "tools": len(listed),
        "schema": listed["update_staff_example"].input_schema,
        "description": listed["fetch_staff_example"].description,
        "answers": answers,
        "api_list": [entry["id"] for entry in json.loads(listing.stdout) if "example" in entry["id"]],
        "api_call": [called.exit_code, json.loads(called.stdout) if called.exit_code == 0 else called.stderr],
        "paths": [path for _, path, _ in sandbox.state.requests if "example" in path],
    })
print(json.dumps(outcome))
"""


def check_tools_and_api(outcome: dict[str, Any], summary: str) -> None:
    """The copy's new read and write (the guide's read, marked `x-lansenger-read`, and a write) as MCP tools and
    `lansenger api` operations: `outcome` is what `LIST_AND_CALL` printed, run in the copy."""
    assert outcome["read_only"] == ["fetch_staff_example"]
    assert outcome["tools"] == len(OPERATIONS) + 2 + 3
    assert outcome["description"].startswith(summary)
    assert outcome["schema"]["required"] == ["staff_id", "note"]
    assert outcome["schema"]["properties"]["level"] == {"type": "integer", "enum": [1, 2, 3]}
    fetched, updated, refused = outcome["answers"]
    assert isinstance(fetched["note"], str)
    assert "note" in updated
    assert refused == {
        "error": {
            "type": "InvalidArgumentError",
            "message": "update_staff_example: level must be one of 1, 2, 3, not 7",
        }
    }
    assert outcome["api_list"] == ["fetch_staff_example", "update_staff_example"]
    assert outcome["api_call"][0] == 0 and "note" in outcome["api_call"][1]
    assert outcome["paths"] == [
        "/v1/staffs/524288-1002/example/fetch",
        "/v1/staffs/524288-1002/example/update",
        "/v1/staffs/524288-1002/example/update",
    ]
