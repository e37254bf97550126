"""The sandbox's records for group webhooks, media shares and temporary media links.

Each store has its own lock and checks a change in full before recording it, so a refused request leaves no
trace. Tests reach them with ``sandbox.state.domain(<key>, <Store>)``; the keys are the ``KEY`` attributes.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from ._directory import ORG_ID


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
