"""The bot's slash commands per scope: create adds (replacing a command of the same name), fetch lists, delete
empties the scope. The platform does not say whether create replaces or extends; extending is the reading that
catches a sync which forgets to delete."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from ._replies import Reply, success
from ._routing import Backend, Request, Route

ScopeKey = tuple[Any, ...]
_SCOPE = ("scopeType", "chatId", "chatType", "staffId")


class CommandScopes:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scopes: dict[ScopeKey, dict[str, dict[str, Any]]] = {}

    def add(self, key: ScopeKey, commands: list[dict[str, Any]]) -> None:
        with self._lock:
            scope = self._scopes.setdefault(key, {})
            scope.update({command["command"]: dict(command) for command in commands})

    def read(self, key: ScopeKey) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._scopes.get(key, {}).values())

    def clear(self, key: ScopeKey) -> None:
        with self._lock:
            self._scopes.pop(key, None)


def _scope(body: Mapping[str, Any]) -> ScopeKey:
    return tuple(body.get(name) for name in _SCOPE)


def _store(backend: Backend) -> CommandScopes:
    return backend.state.domain("bot-commands", CommandScopes)


def create_commands(backend: Backend, request: Request) -> Reply:
    _store(backend).add(_scope(request.json), request.json["commands"])
    return success({})


def fetch_commands(backend: Backend, request: Request) -> Reply:
    scope = {name: request.json[name] for name in _SCOPE if name in request.json}
    return success({**scope, "commands": _store(backend).read(_scope(request.json))})


def delete_commands(backend: Backend, request: Request) -> Reply:
    _store(backend).clear(_scope(request.json))
    return success({})


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/bot/commands/create", create_commands, takes_json=True),
    Route("POST", "/v1/bot/commands/fetch", fetch_commands, takes_json=True),
    Route("POST", "/v1/bot/commands/delete", delete_commands, takes_json=True),
)
