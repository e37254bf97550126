"""Which event ids have been handled already, so a redelivered event is not handled twice.

The platform redelivers after +5 min, +1 h and +6 h, so the default memory lasts a day. `InMemorySeenStore` is
one process's memory: behind several workers (gunicorn/uvicorn `--workers`, several containers) or across a
restart, give every receiver the same shared store instead (`lansenger.callbacks.RedisSeenStore`).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol, runtime_checkable

DEFAULT_TTL = 24 * 3600.0
DEFAULT_MAX_ENTRIES = 100_000


@runtime_checkable
class SeenStore(Protocol):
    """The dedupe memory a `CallbackReceiver` or WebSocket listener asks once per event that carries an id.

    `add` must be atomic across every process sharing the store: of concurrent calls with one id, exactly one
    returns True. When the store cannot answer (its backend is down) it raises `StoreError`; the SDK then handles
    the event anyway and logs a WARNING, because a duplicate is better than a lost event. Any other exception is a
    bug in the store: the webhook answers -4. Events without an id are never looked up and are always handled.
    """

    def add(self, event_id: str) -> bool:
        """Record `event_id`; True when it was not seen within the store's memory (handle the event)."""
        ...


class InMemorySeenStore:
    """A bounded, time-limited set of ids for one process; the oldest ids go first when it is full."""

    def __init__(
        self,
        ttl: float = DEFAULT_TTL,
        max_entries: int = DEFAULT_MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0 or max_entries <= 0:
            raise ValueError("ttl and max_entries must be positive")
        self._ttl = ttl
        self._max = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, float] = OrderedDict()

    def add(self, event_id: str) -> bool:
        now = self._clock()
        with self._lock:
            while self._seen:
                oldest, when = next(iter(self._seen.items()))
                if now - when < self._ttl and len(self._seen) < self._max:
                    break
                del self._seen[oldest]
            if event_id in self._seen:
                return False
            self._seen[event_id] = now
            return True

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen)
