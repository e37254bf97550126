"""The sandbox's records for notifications, installations, webhooks, bot commands and media links.

Each store has its own lock and checks a change in full before recording it, so a refused request leaves no
trace. Tests reach them with ``sandbox.state.domain(<key>, <Store>)``; the keys are the ``KEY`` attributes.
"""

from __future__ import annotations

import copy
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from ._directory import ORG_ID, ORG_NAME


def _microseconds() -> int:
    return time.time_ns() // 1000


class NotificationStore:
    """Per person: the notification chat's do-not-disturb flag, unread badge and last baseVersion; pushed events."""

    KEY: ClassVar[str] = "notifications"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._states: dict[str, dict[str, Any]] = {}
        self._events: list[dict[str, Any]] = []

    def state(self, staff_id: str) -> dict[str, Any]:
        """``noDisturb`` ("false" until set), ``unreadCount`` and ``baseVersion`` when ever set."""
        with self._lock:
            return {"noDisturb": "false", **self._states.get(staff_id, {})}

    def update(self, statuses: list[Mapping[str, Any]], check: Callable[[Mapping[str, Any], int | None], None]) -> None:
        """``check`` sees each status with the person's current baseVersion and raises to refuse the batch."""
        with self._lock:
            for status in statuses:
                check(status, self._states.get(status["userId"], {}).get("baseVersion"))
            for status in statuses:
                known = self._states.setdefault(status["userId"], {})
                known.update({key: status[key] for key in ("noDisturb", "unreadCount") if key in status})
                if "baseVersion" in status:
                    known["baseVersion"] = int(status["baseVersion"])

    def push(self, events: list[Mapping[str, Any]]) -> None:
        with self._lock:
            self._events.extend(copy.deepcopy(dict(event)) for event in events)

    @property
    def events(self) -> list[dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(self._events)


@dataclass(frozen=True)
class RoamingOrg:
    org_id: str
    org_name: str
    state: int
    version: int


class RoamingOrgs:
    """The organisations the app is installed in, each change stamped with a growing microsecond version."""

    KEY: ClassVar[str] = "roaming-orgs"
    INSTALLED, REMOVED = 0, 1

    def __init__(self, clock: Callable[[], int] = _microseconds) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._last = 0
        self._orgs: dict[str, RoamingOrg] = {}
        self.install(ORG_ID, ORG_NAME)

    def install(self, org_id: str, org_name: str) -> None:
        self._change(org_id, org_name, self.INSTALLED)

    def remove(self, org_id: str) -> None:
        with self._lock:
            name = self._orgs[org_id].org_name
        self._change(org_id, name, self.REMOVED)

    def _change(self, org_id: str, org_name: str, state: int) -> None:
        with self._lock:
            self._last = max(self._clock(), self._last + 1)
            self._orgs.pop(org_id, None)
            self._orgs[org_id] = RoamingOrg(org_id, org_name, state, self._last)

    def changes_after(self, version: int) -> list[RoamingOrg]:
        """Each organisation's latest state, if it changed after ``version``, oldest change first."""
        with self._lock:
            return sorted((org for org in self._orgs.values() if org.version > version), key=lambda org: org.version)


@dataclass(frozen=True)
class Webhook:
    """A group's webhook bot; ``secret`` is None when it accepts unsigned messages."""

    token: str
    group_id: str
    secret: str | None
    name: str

    def __repr__(self) -> str:
        return f"Webhook(group_id={self.group_id!r}, name={self.name!r}, signed={self.secret is not None})"


class HookStore:
    """The group webhook bots people added in the sandbox. Create one with `create` before sending through it."""

    KEY: ClassVar[str] = "hooks"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hooks: dict[str, Webhook] = {}

    def create(self, group_id: str, *, secret: str | None = None, name: str = "Webhook Bot") -> Webhook:
        """A webhook posting to ``group_id``; with ``secret`` it only accepts signed messages."""
        hook = Webhook(f"{ORG_ID}-{secrets.token_urlsafe(24)}", group_id, secret, name)
        with self._lock:
            self._hooks[hook.token] = hook
        return hook

    def find(self, token: str) -> Webhook | None:
        with self._lock:
            return self._hooks.get(token)


ScopeKey = tuple[int, str | None, str | None, str | None]


class BotCommandStore:
    """The bot's slash commands per scope; a create replaces the scope's whole list."""

    KEY: ClassVar[str] = "bot-commands"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scopes: dict[ScopeKey, list[dict[str, Any]]] = {}

    def replace(self, scope: ScopeKey, commands: list[Mapping[str, Any]]) -> None:
        with self._lock:
            self._scopes[scope] = [copy.deepcopy(dict(command)) for command in commands]

    def commands(self, scope: ScopeKey) -> list[dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(self._scopes.get(scope, []))

    def delete(self, scope: ScopeKey) -> None:
        with self._lock:
            self._scopes.pop(scope, None)


class MediaShares:
    """Share ids of media, as attached to messages in chat history; each downloads its media."""

    KEY: ClassVar[str] = "media-shares"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._shares: dict[str, str] = {}

    def share(self, media_id: str) -> str:
        share_id = f"share-{secrets.token_hex(8)}"
        with self._lock:
            self._shares[share_id] = media_id
        return share_id

    def media_id(self, share_id: str) -> str | None:
        with self._lock:
            return self._shares.get(share_id)


class MediaLinks:
    """Temporary download links (mediaPath): a ticket naming the media, valid for `LIFETIME` seconds."""

    KEY: ClassVar[str] = "media-links"
    LIFETIME: ClassVar[float] = 3600.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._tickets: dict[str, tuple[str, float]] = {}

    def issue(self, media_id: str) -> str:
        ticket = secrets.token_urlsafe(16)
        with self._lock:
            self._tickets[ticket] = (media_id, self._clock() + self.LIFETIME)
        return ticket

    def media_id(self, ticket: str) -> str | None:
        """``None`` for an unknown or expired ticket."""
        with self._lock:
            found = self._tickets.get(ticket)
            if found is None or self._clock() >= found[1]:
                return None
            return found[0]
