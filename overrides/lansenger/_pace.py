"""How often a live reply may change what the user sees: at most one change per interval, and a cap in all.

A reply's chunks arrive far faster than anyone reads (and than the platform should be asked to redraw), so a
change is sent only when one is due; the clock is injectable so that tests drive it without waiting.
"""

from __future__ import annotations

from collections.abc import Callable

Clock = Callable[[], float]


class Pace:
    """At most one update per `min_interval` seconds of `clock`, at most `max_updates` in all (None: no cap)."""

    def __init__(self, min_interval: float, max_updates: int | None, clock: Clock) -> None:
        if min_interval < 0:
            raise ValueError("min_interval must not be negative")
        if max_updates is not None and max_updates < 0:
            raise ValueError("max_updates must not be negative")
        self._min_interval = min_interval
        self._max_updates = max_updates
        self._clock = clock
        self._last: float | None = None
        self.updates = 0

    def take(self) -> bool:
        """Whether an update may go now; a True counts it."""
        if self._max_updates is not None and self.updates >= self._max_updates:
            return False
        now = self._clock()
        if self._last is not None and now - self._last < self._min_interval:
            return False
        self._last = now
        self.updates += 1
        return True
