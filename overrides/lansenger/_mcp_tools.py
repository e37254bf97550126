"""The tools `lansenger mcp` offers: one per operation of the spec (from the generated registry), plus composites.

Which tools an agent may call is decided here, not in the protocol layer: reads (`x-lansenger-read`) always;
writes only when allowed (all with `allow_write`, or by name). With `dry_run`, every tool is offered and a write
answers the request it would send instead of sending it. Tokens never reach the agent: the user-token parameter
is left out of every schema (the server fills it from a login) and secret fields of answers are blanked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lansenger_api.errors import InvalidArgumentError
from lansenger_api.operations import REDACTED, Operation, operations

from ._dry_run import operation_request, twin

if TYPE_CHECKING:
    from ._client import Lansenger


@dataclass(frozen=True)
class Identity:
    """Who the tools act as: the app always; a logged-in user too when `user_token` is given (it returns a live
    token, refreshed when due). `staff_id` names that user, for the platform calls that want a person's id."""

    user_token: Callable[[], str] | None = None
    staff_id: str | None = None

    def token(self, dry_run: bool) -> str | None:
        if self.user_token is None:
            return None
        return REDACTED if dry_run else self.user_token()


Runner = Callable[["Lansenger", dict[str, Any], Identity, bool], Any]
"""A tool's body: (client, arguments, identity, dry_run) -> the JSON-ready answer."""


@dataclass(frozen=True)
class Tool:
    """One tool: its name, description, input JSON Schema, whether it only reads, and what it runs."""

    name: str
    description: str
    input_schema: Mapping[str, Any]
    read: bool
    run: Runner


@dataclass(frozen=True)
class Policy:
    """Which tools are offered: reads, and writes when `allow_write` or named in `allowed`; all with `dry_run`."""

    allow_write: bool = False
    allowed: frozenset[str] = field(default_factory=frozenset)
    dry_run: bool = False

    def permits(self, tool: Tool) -> bool:
        return tool.read or self.allow_write or self.dry_run or tool.name in self.allowed

    def refusal(self, tool: Tool) -> str:
        return (
            f"{tool.name} changes data and this server is read-only: start it with --allow-write,"
            f" --allow {tool.name} or --dry-run"
        )


def operation_tool(op: Operation) -> Tool:
    """The tool of one operation: its arguments are the operation's, without the user token."""

    def run(client: Lansenger, arguments: dict[str, Any], identity: Identity, dry_run: bool) -> Any:
        given = _refuse_user_token(op, arguments)
        _needs_login(op, identity)
        op.check(op.acting_as(given, REDACTED if identity.user_token else None))  # before any token or request
        if dry_run and not op.read:
            shown = operation_request(twin(client), op, op.acting_as(given, identity.token(dry_run=True)))
            return {"dryRun": True, "request": shown}
        return op.answer(op.call(client.http_client, op.acting_as(given, identity.token(dry_run=False))))

    description = "\n\n".join(part for part in (op.summary, op.description) if part)
    return Tool(op.id, description or op.id, _without_user_token(op), op.read, run)


def _without_user_token(op: Operation) -> dict[str, Any]:
    schema = dict(op.input_schema)
    carrier = op.user_token
    if carrier is None:
        return schema
    schema["properties"] = {k: v for k, v in schema["properties"].items() if k != carrier.name}
    schema["required"] = [name for name in schema.get("required", ()) if name != carrier.name]
    return schema


def _refuse_user_token(op: Operation, arguments: dict[str, Any]) -> dict[str, Any]:
    carrier = op.user_token
    if carrier is not None and carrier.name in arguments:
        raise InvalidArgumentError(f"{op.id}: {carrier.name} is not an argument of this tool (the server acts)")
    return arguments


def _needs_login(op: Operation, identity: Identity) -> None:
    carrier = op.user_token
    if identity.user_token is None and carrier is not None and carrier.name in op.input_schema.get("required", ()):
        raise InvalidArgumentError(f"{op.id} acts as a user: log one in (`lansenger login`) and serve with --as")


def all_tools(composites: Iterable[Tool]) -> dict[str, Tool]:
    """Every operation's tool, then the composites (which must not take an operation's name)."""
    tools = {op.id: operation_tool(op) for op in operations().values()}
    for tool in composites:
        if tool.name in tools:
            raise ValueError(f"the composite tool {tool.name} has an operation's name")
        tools[tool.name] = tool
    return tools
