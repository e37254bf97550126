"""`lansenger mcp`: the MCP server, driven by the official `mcp` client against a real sandbox over loopback.

In-process (the client connects to the server object) for the tools and the policy, over real stdio (the command
as a subprocess) and over real streamable HTTP for the transports.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import lansenger_api
import pytest
import uvicorn
from lansenger import Lansenger
from lansenger._mcp_composites import COMPOSITES
from lansenger._mcp_server import build_server, http_app
from lansenger._mcp_tools import Identity, Policy, Tool, all_tools
from lansenger.cli._runtime import Runtime
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from tests._cli import shell_for
from tests.test_cli_login import Approver

pytestmark = pytest.mark.anyio

ADA, GRACE = f"{ORG_ID}-1001", f"{ORG_ID}-1002"
SPEC = json.loads(Path(lansenger_api.__file__).with_name("openapi.json").read_text(encoding="utf-8"))
OPERATIONS = {op["operationId"]: op for item in SPEC["paths"].values() for op in item.values() if "operationId" in op}
READS = {name for name, op in OPERATIONS.items() if op.get("x-lansenger-read")}
TEXT_TO_ADA = {"userIdList": [ADA], "msgType": "text", "msgData": {"text": {"content": "build passed"}}}


@pytest.fixture(scope="module")
def tools() -> dict[str, Tool]:
    return all_tools(COMPOSITES)


Connect = Callable[..., Any]


@pytest.fixture
def connect(lansenger_client: Lansenger, tools: dict[str, Tool]) -> Connect:
    """An MCP client session on a server with the given policy and identity, in-process."""

    @asynccontextmanager
    async def session(policy: Policy | None = None, identity: Identity | None = None) -> AsyncIterator[Client]:
        server = build_server(lansenger_client, tools, policy or Policy(), identity or Identity())
        async with Client(server) as client:
            yield client

    return session


def answer(result: Any) -> Any:
    (content,) = result.content
    return json.loads(content.text)


async def test_every_operation_and_each_composite_is_a_tool(connect: Connect) -> None:
    async with connect(Policy(allow_write=True)) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert len(listed) == len(OPERATIONS) + 3
    assert set(listed) == set(OPERATIONS) | {"find_staff", "send_message_to_person", "read_chat_history"}
    search = listed["search_staffs"]
    assert search.description is not None and search.description.startswith(OPERATIONS["search_staffs"]["summary"])
    assert search.input_schema["required"] == ["keyword"]
    assert search.annotations is not None and search.annotations.read_only_hint is True
    for tool in listed.values():
        text = json.dumps(tool.input_schema)
        assert tool.input_schema["type"] == "object"
        assert "$ref" not in text and '"x-' not in text and "user_token" not in tool.input_schema["properties"]


async def test_read_only_by_default_where_the_spec_says_read(connect: Connect) -> None:
    async with connect() as client:
        listed = {tool.name for tool in (await client.list_tools()).tools}
    assert listed == READS | {"find_staff", "read_chat_history"}
    assert {"search_staffs", "list_chat_messages"} <= listed  # POST reads
    assert not {"create_app_token", "create_bot_message", "delete_staff"} & listed


async def test_a_read_answers_the_data(connect: Connect) -> None:
    async with connect() as client:
        fetched = answer(await client.call_tool("fetch_staff", {"staff_id": ADA}))
        searched = answer(await client.call_tool("search_staffs", {"keyword": "Grace", "user_id": ADA}))
    assert fetched["staffId"] == ADA and fetched["name"] == "Ada Lovelace"
    assert [hit["staffId"] for hit in searched["staffInfo"]] == [GRACE]


async def test_a_write_is_refused_without_permission(connect: Connect, lansenger_sandbox: Sandbox) -> None:
    async with connect(Policy(allowed=frozenset({"delete_staff"}))) as client:
        sent = len(lansenger_sandbox.state.requests)
        result = await client.call_tool("create_bot_message", TEXT_TO_ADA)
    assert result.is_error
    assert answer(result)["error"]["type"] == "PermissionDenied"
    assert "--allow-write" in answer(result)["error"]["message"]
    assert len(lansenger_sandbox.state.requests) == sent


@pytest.mark.parametrize("policy", [Policy(allow_write=True), Policy(allowed=frozenset({"create_bot_message"}))])
async def test_a_permitted_write_is_sent(connect: Connect, lansenger_sandbox: Sandbox, policy: Policy) -> None:
    async with connect(policy) as client:
        sent = answer(await client.call_tool("create_bot_message", TEXT_TO_ADA))
    (record,) = [record for record in lansenger_sandbox.state.messages if record["id"] == sent["msgId"]]
    assert record["body"]["msgData"]["text"]["content"] == "build passed"


async def test_a_dry_run_shows_the_request_and_sends_nothing(
    connect: Connect, lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    async with connect(Policy(dry_run=True)) as client:
        delivered = len(lansenger_sandbox.state.messages)
        result = answer(await client.call_tool("create_bot_message", TEXT_TO_ADA))
    assert result == {
        "dryRun": True,
        "request": {
            "method": "POST",
            "path": "/v1/bot/messages/create",
            "query": {"app_token": "[redacted]"},
            "body": TEXT_TO_ADA,
        },
    }
    assert len(lansenger_sandbox.state.messages) == delivered
    assert lansenger_client.app_token() not in json.dumps(result)


async def test_bad_arguments_are_a_tool_error_before_any_request(connect: Connect, lansenger_sandbox: Sandbox) -> None:
    async with connect(Policy(allow_write=True)) as client:
        sent = len(lansenger_sandbox.state.requests)
        wrong_type = await client.call_tool("fetch_staff", {"staff_id": 7})
        unknown = await client.call_tool("fetch_staff", {"staff_id": ADA, "page": 1})
        missing = await client.call_tool("create_bot_message", {"msgType": "text"})
        token = await client.call_tool("fetch_staff", {"staff_id": ADA, "user_token": "someone-elses"})
        nonexistent = await client.call_tool("drop_database", {})
    assert [answer(result)["error"]["message"] for result in (wrong_type, unknown, missing, token, nonexistent)] == [
        "fetch_staff: staff_id must be string, not number",
        "fetch_staff: page is not a field of the arguments",
        "create_bot_message: msgData is required",
        "fetch_staff: user_token is not an argument of this tool (the server acts)",
        "no tool is called 'drop_database'",
    ]
    assert len(lansenger_sandbox.state.requests) == sent


async def test_secret_fields_of_an_answer_are_blanked(connect: Connect, lansenger_sandbox: Sandbox) -> None:
    credentials = {"grant_type": "client_credential", "appid": lansenger_sandbox.app_id}
    async with connect(Policy(allowed=frozenset({"create_app_token"}))) as client:
        minted = answer(
            await client.call_tool("create_app_token", credentials | {"secret": lansenger_sandbox.app_secret})
        )
    assert minted["appToken"] == "[redacted]" and minted["expiresIn"] > 0


async def test_a_logged_in_user_acts_where_an_operation_takes_a_user_token(
    connect: Connect, lansenger_sandbox: Sandbox
) -> None:
    grace = Identity(user_token=lambda: lansenger_sandbox.user_token(GRACE), staff_id=GRACE)
    async with connect() as client:
        refused = await client.call_tool("fetch_current_user", {})
    async with connect(identity=grace) as client:
        me = answer(await client.call_tool("fetch_current_user", {}))
        found = answer(await client.call_tool("find_staff", {"name": "Alan"}))
    assert answer(refused)["error"]["message"] == (
        "fetch_current_user acts as a user: log one in (`lansenger login`) and serve with --as"
    )
    assert me["staffId"] == GRACE
    assert [hit["name"] for hit in found] == ["Alan Turing"]


async def test_send_a_message_to_a_person_by_name(connect: Connect, lansenger_sandbox: Sandbox) -> None:
    async with connect(Policy(allowed=frozenset({"send_message_to_person"}))) as client:
        sent = answer(
            await client.call_tool("send_message_to_person", {"name": "grace hopper", "text": "hi", "user_id": ADA})
        )
        ambiguous = await client.call_tool("send_message_to_person", {"name": "a", "text": "hi", "user_id": ADA})
        history = answer(await client.call_tool("read_chat_history", {"staffId": GRACE, "limit": 1}))
    assert sent["to"] == {"staffId": GRACE, "name": "Grace Hopper"}
    (record,) = [record for record in lansenger_sandbox.state.messages if record["id"] == sent["sent"]["msgId"]]
    assert record["body"]["userIdList"] == [GRACE]
    assert (
        ambiguous.is_error and "people match 'a': Ada Lovelace (524288-1001)" in answer(ambiguous)["error"]["message"]
    )
    assert [message["messageInfo"]["content"]["text"] for message in history] == ["hi"]


async def test_the_composite_send_dry_runs_after_its_search(connect: Connect, lansenger_sandbox: Sandbox) -> None:
    async with connect(Policy(dry_run=True)) as client:
        delivered = len(lansenger_sandbox.state.messages)
        shown = answer(await client.call_tool("send_message_to_person", {"name": "Alan", "text": "hi", "user_id": ADA}))
    assert shown["to"]["name"] == "Alan Turing"
    assert shown["request"]["body"]["userIdList"] == [shown["to"]["staffId"]]
    assert len(lansenger_sandbox.state.messages) == delivered


def _environment(sandbox: Sandbox, state_file: Path) -> dict[str, str]:
    cleared = {name: value for name, value in os.environ.items() if not name.startswith("LANSENGER_")}
    return cleared | {
        "LANSENGER_API_GATEWAY_URL": sandbox.url,
        "LANSENGER_APP_ID": sandbox.app_id,
        "LANSENGER_APP_SECRET": sandbox.app_secret,
        "LANSENGER_STATE_FILE": str(state_file),
    }


@pytest.mark.slow
async def test_the_command_serves_over_stdio_as_a_logged_in_user(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    shell = shell_for(lansenger_sandbox, tmp_path / "sdk_state.json")
    shell.ok("login", obj=Runtime(sleep=Approver(lansenger_sandbox, GRACE, after=1).sleep))
    command = StdioServerParameters(
        command=sys.executable,
        args=["-m", "lansenger.cli", "mcp", "--allow", "create_bot_message", "--as", GRACE],
        env=_environment(lansenger_sandbox, shell.state_file),
    )
    async with Client(command) as client:
        listed = {tool.name for tool in (await client.list_tools()).tools}
        me = answer(await client.call_tool("fetch_current_user", {}))
        sent = answer(await client.call_tool("create_bot_message", TEXT_TO_ADA))
    assert listed == READS | {"find_staff", "read_chat_history", "create_bot_message"}
    assert me["staffId"] == GRACE
    assert sent["msgId"] in {record["id"] for record in lansenger_sandbox.state.messages}


class _Server(uvicorn.Server):
    """uvicorn that says when it listens, so the test waits on an event instead of a clock."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.listening = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.listening.set()


@pytest.fixture
def served(lansenger_client: Lansenger, tools: dict[str, Tool]) -> Iterator[str]:
    """The streamable-HTTP app on a loopback port, in a thread; yields its URL."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    app = http_app(build_server(lansenger_client, tools, Policy(), Identity()), "127.0.0.1")
    server = _Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    assert server.listening.wait(30)
    yield f"http://127.0.0.1:{port}/mcp"
    server.should_exit = True
    thread.join(30)
    listener.close()


async def test_streamable_http_on_loopback(served: str) -> None:
    async with Client(served) as client:
        listed = {tool.name for tool in (await client.list_tools()).tools}
        fetched = answer(await client.call_tool("fetch_staff", {"staff_id": ADA}))
    assert "fetch_staff" in listed and "create_bot_message" not in listed
    assert fetched["name"] == "Ada Lovelace"
    rebound = httpx.post(served, headers={"Host": "attacker.example"}, json={})
    assert rebound.status_code in (403, 421)


@pytest.mark.slow
def test_neither_the_sdk_nor_the_command_line_loads_the_registry_or_mcp_until_asked() -> None:
    code = "import json, sys, lansenger.cli._app\nprint(json.dumps([m in sys.modules for m in sys.argv[1:]]))"
    watched = ["mcp", "lansenger_api.operations", "lansenger._mcp_server", "lansenger._mcp_tools"]
    done = subprocess.run([sys.executable, "-c", code, *watched], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [False] * len(watched)
