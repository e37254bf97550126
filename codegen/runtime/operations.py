"""Every operation of the spec by name, callable with JSON arguments: what `lansenger api` and `lansenger mcp` use.

The records come from `operations.json` (written by codegen/registry.py), read on the first call of `operations()`,
so importing the package or this module reads nothing. Arguments are one JSON object: the operation's parameters
and its body's fields under their names in the spec (binary content as base64). They are checked against the
operation's input schema before anything is built or sent, then go to the generated function, so the call takes
the SDK's whole request path (app token, retries, the generated checks, typed errors).
"""

from __future__ import annotations

import base64
import binascii
import difflib
import functools
import importlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .exceptions import InvalidArgumentError
from .validation import RuleViolation, check

REGISTRY_FILE = Path(__file__).with_name("operations.json")
REDACTED = "[redacted]"


@dataclass(frozen=True)
class Parameter:
    """One parameter: its name in the spec, the generated function's argument, where it goes (path, query,
    header, server) and whether it carries the acting user's token (`x-lansenger-user-token`)."""

    name: str
    python: str
    location: str
    user_token: bool


@dataclass(frozen=True)
class Body:
    """The request body: its media type, the model built from its fields (None: the `body` argument goes as it is),
    the fields that arrive as base64, whether the spec requires it, and which arguments are its fields."""

    media: str
    model: str | None
    binary: tuple[str, ...]
    required: bool
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the registry records it."""

    id: str
    tag: str
    method: str
    path: str
    summary: str
    description: str
    read: bool
    """True for `x-lansenger-read` operations: they change nothing and hand out no credential."""
    app_token: bool
    module: str
    functions: Mapping[str, str]
    """The generated function's name in `module`: `sync` and `async`."""
    parameters: tuple[Parameter, ...]
    body: Body | None
    binary_answer: bool
    input_schema: Mapping[str, Any]
    """A standalone JSON Schema (no `$ref`) of the arguments."""
    rules: Mapping[str, Any]
    secrets: frozenset[str]
    """Fields of the answer marked `x-lansenger-secret`: `answer` blanks them."""

    @property
    def user_token(self) -> Parameter | None:
        """The parameter that carries the acting user's token, if the operation has one."""
        return next((parameter for parameter in self.parameters if parameter.user_token), None)

    def acting_as(self, arguments: Mapping[str, Any], token: str | None) -> dict[str, Any]:
        """`arguments` with the user token filled in (when the operation takes one and the caller gave none)."""
        filled = dict(arguments)
        carrier = self.user_token
        if token is not None and carrier is not None:
            filled.setdefault(carrier.name, token)
        return filled

    def check(self, arguments: object) -> None:
        """Raise `InvalidArgumentError` unless `arguments` fit the input schema."""
        if not isinstance(arguments, dict):
            raise InvalidArgumentError(f"{self.id} takes a JSON object of arguments, not {_json_kind(arguments)}")
        try:
            check(arguments, self.rules, python_names=False, root="the arguments")
        except RuleViolation as violation:
            raise InvalidArgumentError(f"{self.id}: {violation}") from None

    def keyword_arguments(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The generated function's keyword arguments (without `client`), from checked `arguments`."""
        self.check(arguments)
        kwargs = {p.python: arguments[p.name] for p in self.parameters if p.name in arguments}
        body = self._body(arguments)
        if body is not None:
            kwargs["body"] = body
        return kwargs

    def call(self, http: httpx.Client, arguments: Mapping[str, Any]) -> Any:
        """Check `arguments`, then call the generated sync function on the client's HTTP client."""
        kwargs = self.keyword_arguments(arguments)
        function = getattr(importlib.import_module(self.module), self.functions["sync"])
        return function(client=http, **kwargs)

    async def acall(self, http: httpx.AsyncClient, arguments: Mapping[str, Any]) -> Any:
        """Check `arguments`, then await the generated async function on the client's HTTP client."""
        kwargs = self.keyword_arguments(arguments)
        function = getattr(importlib.import_module(self.module), self.functions["async"])
        return await function(client=http, **kwargs)

    def answer(self, result: object) -> Any:
        """The answer's data as JSON-ready values in the spec's spelling; secret fields blanked, bytes as base64."""
        return _plain(result, self.secrets)

    def _body(self, arguments: Mapping[str, Any]) -> Any:
        body = self.body
        if body is None:
            return None
        given = {name: arguments[name] for name in body.fields if name in arguments}
        if not given and not body.required:
            return None
        for name in body.binary:
            if name in given:
                given[name] = _decoded(name, given[name])
        if body.model is None:
            return given.get("body")
        module, _, name = body.model.partition(":")
        return getattr(importlib.import_module(module), name).from_dict(given)


def _decoded(name: str, value: object) -> bytes:
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be base64 text, not {_json_kind(value)}")
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error:
        raise InvalidArgumentError(f"{name} must be base64 text") from None


def _json_kind(value: object) -> str:
    return {dict: "an object", list: "an array", str: "text", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def _plain(value: object, secrets: frozenset[str]) -> Any:
    if hasattr(value, "to_dict"):
        return _plain(value.to_dict(), secrets)
    if isinstance(value, Mapping):
        return {str(k): REDACTED if k in secrets else _plain(item, secrets) for k, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item, secrets) for item in value]
    if isinstance(value, bytes):
        return {"size": len(value), "base64": base64.b64encode(value).decode("ascii")}
    return value


@functools.lru_cache(maxsize=1)
def operations() -> Mapping[str, Operation]:
    """Every operation of the spec by id (read from operations.json once)."""
    records = json.loads(REGISTRY_FILE.read_text(encoding="utf-8"))
    return {name: _operation(record) for name, record in records.items()}


def operation(name: str) -> Operation:
    """The operation called `name`; `InvalidArgumentError` (naming close matches) when the spec has none."""
    known = operations()
    found = known.get(name)
    if found is None:
        close = difflib.get_close_matches(name, list(known), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise InvalidArgumentError(f"no operation is called {name[:80]!r}{hint}")
    return found


def _operation(record: Mapping[str, Any]) -> Operation:
    body = record["body"]
    return Operation(
        id=record["id"],
        tag=record["tag"],
        method=record["method"],
        path=record["path"],
        summary=record["summary"],
        description=record["description"],
        read=record["read"],
        app_token=record["appToken"],
        module=record["module"],
        functions=record["functions"],
        parameters=tuple(Parameter(p["name"], p["python"], p["in"], p["userToken"]) for p in record["parameters"]),
        body=None
        if body is None
        else Body(body["media"], body["model"], tuple(body["binary"]), body["required"], tuple(body["fields"])),
        binary_answer=record["binaryAnswer"],
        input_schema=record["inputSchema"],
        rules=record["rules"],
        secrets=frozenset(record["secrets"]),
    )


__all__ = ["REDACTED", "Body", "Operation", "Parameter", "operation", "operations"]
