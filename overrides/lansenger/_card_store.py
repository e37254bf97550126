"""Pending cards: what the app sent and is waiting for a click on, kept beside its tokens so a restart keeps them.

A card's record outlives the process that sent it (a click may come days later, to another worker), so it lives in
the backend of the client's token store: the memory store's process, a ``<state file>.cards.json`` next to the state
file (0600, atomic writes, ``flock``, as the token file), or Redis keys ``<prefix><app>:card:<id>`` that expire
with the card. Every record carries an absolute expiry (epoch seconds); an expired card is gone.
"""

from __future__ import annotations

import json
import math
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ._errors import ConfigurationError, StoreError
from ._file_store import FileTokenStore
from ._private_files import Problem, read_json, rewriting, write_json
from ._redis_store import RedisTokenStore
from ._store import MemoryTokenStore, TokenStore, app_key, detached

__all__ = ["FileCardStore", "MemoryCardStore", "PendingCard", "PendingCardStore", "RedisCardStore"]


@dataclass(frozen=True)
class PendingCard:
    """A sent card waiting for clicks: `key` routes them, `sender` is the staff id it was sent as (None: the app's
    bot), `state` is the app's own JSON, `expires_at` is when the record goes (epoch seconds)."""

    card_id: str
    key: str
    msg_id: str
    msg_type: str
    sender: str | None
    expires_at: float
    state: dict[str, Any] = field(default_factory=dict)


def _card(record: object) -> PendingCard | None:
    """The card a stored record holds; None when it is not one this module wrote (it is never guessed)."""
    if not isinstance(record, dict):
        return None
    card_id, key, msg_id, msg_type = (record.get(name) for name in ("card_id", "key", "msg_id", "msg_type"))
    sender, expires_at, state = record.get("sender"), _seconds(record.get("expires_at")), record.get("state")
    if not (isinstance(card_id, str) and card_id and isinstance(key, str) and key and isinstance(msg_type, str)):
        return None
    if not isinstance(msg_id, str) or not isinstance(state, dict) or expires_at is None:
        return None
    if sender is not None and not isinstance(sender, str):
        return None
    return PendingCard(card_id, key, msg_id, msg_type, sender, expires_at, state)


def _seconds(value: object) -> float | None:
    """Epoch seconds as stored, or None when the value is not a finite number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


@runtime_checkable
class PendingCardStore(Protocol):
    """Where pending cards are kept; `load` answers None for an unknown or expired card."""

    def save(self, card: PendingCard) -> None: ...

    def load(self, card_id: str) -> PendingCard | None: ...

    def delete(self, card_id: str) -> None: ...


class MemoryCardStore:
    """Cards of this process only (the memory token store's companion)."""

    def __init__(self, wall: Callable[[], float] = time.time) -> None:
        self._wall = wall
        self._lock = threading.Lock()
        self._cards: dict[str, PendingCard] = {}

    def save(self, card: PendingCard) -> None:
        with self._lock:
            self._cards[card.card_id] = card

    def load(self, card_id: str) -> PendingCard | None:
        with self._lock:
            card = self._cards.get(card_id)
            if card is not None and card.expires_at <= self._wall():
                del self._cards[card_id]
                return None
            return card

    def delete(self, card_id: str) -> None:
        with self._lock:
            self._cards.pop(card_id, None)


class FileCardStore:
    """Cards in a private JSON file, ``{"cards": {<app key>: {<card id>: record}}}``, shared by the processes of
    one machine; expired records are dropped on every write."""

    def __init__(self, path: str | Path, app: str = "", wall: Callable[[], float] = time.time) -> None:
        self._path = Path(path).expanduser()
        self._app = app
        self._wall = wall

    def __repr__(self) -> str:
        return f"FileCardStore(path={str(self._path)!r})"

    def _read(self) -> dict[str, Any]:
        return read_json(self._path, "the pending card file", _cards) or {"cards": {}}

    def _change(self, change: Callable[[dict[str, Any]], None]) -> None:
        with rewriting(self._path, "the pending card file"):
            content = self._read()
            cards = content["cards"].setdefault(self._app, {})
            now = self._wall()
            for card_id in [card_id for card_id, record in cards.items() if not _live(record, now)]:
                del cards[card_id]
            change(cards)
            write_json(self._path, content)

    def save(self, card: PendingCard) -> None:
        self._change(lambda cards: cards.__setitem__(card.card_id, asdict(card)))

    def load(self, card_id: str) -> PendingCard | None:
        record = self._read()["cards"].get(self._app, {}).get(card_id)
        return record_card(record, card_id, self._wall(), where=str(self._path))

    def delete(self, card_id: str) -> None:
        self._change(lambda cards: cards.pop(card_id, None))


def _cards(content: Any) -> dict[str, Any] | Problem:
    if isinstance(content, dict) and isinstance(content.setdefault("cards", {}), dict):
        return content
    return Problem("it holds no object of cards")


def _live(record: object, now: float) -> bool:
    expires_at = _seconds(record.get("expires_at")) if isinstance(record, dict) else None
    return expires_at is not None and expires_at > now


def record_card(record: object, card_id: str, now: float, *, where: str) -> PendingCard | None:
    """The stored card, None when absent or expired; a record this module did not write is a `StoreError`."""
    if record is None:
        return None
    card = _card(record)
    if card is None or card.card_id != card_id:
        raise StoreError(f"{where}: the record of pending card {card_id!r} is corrupt")
    return card if card.expires_at > now else None


class RedisCardStore:
    """Cards as Redis keys that expire with them, shared by every worker of the app."""

    def __init__(self, client: Any, prefix: str = "lansenger:", wall: Callable[[], float] = time.time) -> None:
        """`client` is a ``redis.Redis``; `prefix` the token store's key prefix (its app's, through `for_app`)."""
        self._redis = client
        self._prefix = prefix
        self._wall = wall

    def __repr__(self) -> str:
        return f"RedisCardStore(prefix={self._prefix!r})"

    def _key(self, card_id: str) -> str:
        return f"{self._prefix}card:{card_id}"

    def save(self, card: PendingCard) -> None:
        remaining_ms = math.floor((card.expires_at - self._wall()) * 1000)
        with _redis_failures("save a pending card"):
            if remaining_ms <= 0:
                self._redis.delete(self._key(card.card_id))
            else:
                self._redis.set(self._key(card.card_id), json.dumps(asdict(card)), px=remaining_ms)

    def load(self, card_id: str) -> PendingCard | None:
        with _redis_failures("read a pending card"):
            raw = self._redis.get(self._key(card_id))
        try:
            record = None if raw is None else json.loads(raw)
        except ValueError:
            record = "not JSON"
        return record_card(record, card_id, self._wall(), where=f"Redis key {self._key(card_id)!r}")

    def delete(self, card_id: str) -> None:
        with _redis_failures("delete a pending card"):
            self._redis.delete(self._key(card_id))


@contextmanager
def _redis_failures(action: str) -> Iterator[None]:
    """Redis errors become `StoreError`, the redis-py error its cause (without its frames)."""
    try:
        yield
    except Exception as error:
        if not type(error).__module__.startswith("redis"):
            raise
        why = f"{type(error).__name__}: {error}"
        raise StoreError(f"Redis card store: could not {action}: {why}") from detached(error)


_MEMORY: weakref.WeakKeyDictionary[MemoryTokenStore, MemoryCardStore] = weakref.WeakKeyDictionary()
_MEMORY_LOCK = threading.Lock()


def card_store_for(tokens: TokenStore) -> PendingCardStore:
    """The pending-card store in the same backend as a client's token store (the view for its app)."""
    if isinstance(tokens, MemoryTokenStore):
        with _MEMORY_LOCK:
            return _MEMORY.setdefault(tokens, MemoryCardStore())
    if isinstance(tokens, FileTokenStore):
        app = "" if tokens.app is None else app_key(*tokens.app)
        return FileCardStore(tokens.path.with_name(tokens.path.name + ".cards.json"), f"{tokens.profile}/{app}")
    if isinstance(tokens, RedisTokenStore):
        return RedisCardStore(tokens.redis, tokens.key_prefix)
    raise ConfigurationError("pending cards need a store: pass store=MemoryCardStore() (or a file or Redis one)")
