"""WARNINGs that anyone on the network can trigger, at most one per reason per interval.

A rejected callback must be visible to the person setting up the webhook, but an endpoint open to the internet
must not let strangers fill the log: the first rejection of each kind is a WARNING at once, repeats within the
interval go to DEBUG, and the next WARNING says how many were folded into it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

DEFAULT_INTERVAL = 60.0


class WarnThrottle:
    """Per-reason rate limit for WARNING records on `logger`; thread-safe."""

    def __init__(
        self, logger: logging.Logger, interval: float = DEFAULT_INTERVAL, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._logger = logger
        self._interval = interval
        self._clock = clock
        self._lock = threading.Lock()
        self._last: dict[str, float] = {}
        self._folded: dict[str, int] = {}

    def warn(self, reason: str, message: str, *args: object) -> None:
        """Log `message % args` at WARNING unless `reason` was warned about within the interval (then DEBUG)."""
        now = self._clock()
        with self._lock:
            last = self._last.get(reason)
            if last is not None and now - last < self._interval:
                self._folded[reason] = self._folded.get(reason, 0) + 1
                folded = -1
            else:
                self._last[reason] = now
                folded = self._folded.pop(reason, 0)
        if folded < 0:
            self._logger.debug(message, *args)
        elif folded:
            self._logger.warning(message + " (and %d more like it since the previous warning)", *args, folded)
        else:
            self._logger.warning(message, *args)
