"""Which event ids have been handled already, so a redelivered event is not handled twice.

The platform redelivers after +5 min, +1 h and +6 h, so the default memory lasts a day.
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
    """Remembers event ids; plug in a shared store (Redis, a database) when several processes receive callbacks."""

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
