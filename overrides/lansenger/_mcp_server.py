"""The Model Context Protocol server of `lansenger mcp`, on the official `mcp` package (the `mcp` extra).

It lists the tools the policy permits (`_mcp_tools`) and runs each call on the SDK's sync client in a worker thread.
Every answer is the operation's data as JSON text; a mistake or a platform error is a tool error (`isError`) whose
text names the error's type and its message, redacted like a log line, so the agent can correct itself.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import anyio.to_thread
import mcp_types as types
from lansenger_api.errors import LansengerError
from mcp.server import Server

from ._logging import redact
from ._mcp_tools import Identity, Policy, Tool

if TYPE_CHECKING:
    from ._client import Lansenger

NAME = "lansenger"
INSTRUCTIONS = (
    "Tools for the Lansenger (蓝信) open platform, one per API operation (named after it) plus find_staff,"
    " send_message_to_person and read_chat_history. Answers are the API's data as JSON."
)


def build_server(client: Lansenger, tools: Mapping[str, Tool], policy: Policy, identity: Identity) -> Server[Any]:
    """A server offering the `tools` the `policy` permits, acting with `client` as `identity`."""
    offered = {name: tool for name, tool in tools.items() if policy.permits(tool)}
    listing = types.ListToolsResult(
        tools=[
            types.Tool(
                name=tool.name,
                description=tool.description,
                input_schema=dict(tool.input_schema),
                annotations=types.ToolAnnotations(read_only_hint=tool.read, destructive_hint=not tool.read),
            )
            for tool in offered.values()
        ]
    )

    async def list_tools(ctx: Any, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        return listing

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        tool = tools.get(params.name)
        if tool is None:
            return _failure("UnknownTool", f"no tool is called {params.name[:80]!r}")
        if params.name not in offered:
            return _failure("PermissionDenied", policy.refusal(tool))
        run = functools.partial(tool.run, client, dict(params.arguments or {}), identity, policy.dry_run)
        try:
            data = await anyio.to_thread.run_sync(run)
        except LansengerError as error:
            return _failure(type(error).__name__, redact(str(error)))
        return types.CallToolResult(content=[types.TextContent(type="text", text=json.dumps(data, ensure_ascii=False))])

    return Server(NAME, instructions=INSTRUCTIONS, on_list_tools=list_tools, on_call_tool=call_tool)


def _failure(kind: str, message: str) -> types.CallToolResult:
    text = json.dumps({"error": {"type": kind, "message": message}}, ensure_ascii=False)
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)], is_error=True)


async def serve_stdio(server: Server[Any]) -> None:
    """Serve one client over this process's stdin and stdout until it hangs up."""
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


def http_app(server: Server[Any], host: str) -> Any:
    """The streamable-HTTP ASGI app (at /mcp); on a loopback host it refuses other Host and Origin headers."""
    return server.streamable_http_app(host=host)
