"""`mcp`: serve the Model Context Protocol (stdio, or streamable HTTP with --http) with a tool per operation."""

from __future__ import annotations

from typing import Annotated

import typer

from .._errors import ConfigurationError
from . import _config
from ._output import note
from ._runtime import runtime

INSTALL_HINT = "the MCP server needs its extra package: pip install 'lansenger[mcp]'"


def mcp(
    ctx: typer.Context,
    http: Annotated[
        int | None, typer.Option("--http", metavar="PORT", help="Serve streamable HTTP on this port (at /mcp).")
    ] = None,
    host: Annotated[str, typer.Option(help="Address --http listens on.")] = "127.0.0.1",
    allow_write: Annotated[bool, typer.Option("--allow-write", help="Offer every tool, writes included.")] = False,
    allow: Annotated[
        str | None, typer.Option("--allow", metavar="TOOL,...", help="Offer these write tools too (comma-separated).")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Writes answer the request they would send; nothing is changed.")
    ] = False,
    staff_id: Annotated[
        str | None,
        typer.Option(
            "--as",
            help="Act as this logged-in staff id (`lansenger login`) where an operation takes a user token;"
            " without it, only as the app.",
        ),
    ] = None,
) -> None:
    """Serve the Model Context Protocol: reads only, unless --allow-write, --allow or --dry-run say otherwise."""
    try:
        import mcp as _  # noqa: F401
    except ImportError:
        raise ConfigurationError(INSTALL_HINT) from None
    import anyio

    from .._mcp_composites import COMPOSITES
    from .._mcp_server import build_server, http_app, serve_stdio
    from .._mcp_tools import Identity, Policy, all_tools

    tools = all_tools(COMPOSITES)
    allowed = frozenset(name.strip() for name in (allow or "").split(",") if name.strip())
    unknown = sorted(allowed - set(tools))
    if unknown:
        raise ConfigurationError(f"--allow names no tool: {', '.join(name[:80] for name in unknown)}")
    rt = runtime(ctx)
    with _config.open_client(rt) as client:
        identity = Identity()
        if staff_id is not None:
            _config.user_token(client, staff_id)  # a missing or expired login fails now, not at the first call
            identity = Identity(lambda: _config.user_token(client, staff_id), staff_id)
        server = build_server(client, tools, Policy(allow_write, allowed, dry_run), identity)
        if http is None:
            anyio.run(serve_stdio, server)
            return
        import uvicorn

        note(f"Lansenger MCP server on http://{host}:{http}/mcp; Ctrl-C stops it.")
        uvicorn.run(http_app(server, host), host=host, port=http, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(mcp)
