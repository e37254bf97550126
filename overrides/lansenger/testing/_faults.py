"""Queued failures that stand in for an unhealthy gateway, so clients' retry paths can be tested."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    """One injected failure: a dropped connection, an error envelope, or an HTTP error status."""

    status: int = 503
    retry_after: float | None = None
    err_code: int | None = None
    reset: bool = False

    def __post_init__(self) -> None:
        if not 400 <= self.status <= 599:
            raise ValueError("status must be an HTTP error status (4xx or 5xx)")
        if self.reset and (self.err_code is not None or self.retry_after is not None):
            raise ValueError("reset sends no response, so it cannot carry err_code or retry_after")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError("retry_after must not be negative")


class FaultPlan:
    """Faults waiting for requests to an exact path, consumed first in, first out."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, deque[Fault]] = {}

    def add(self, path: str, fault: Fault, times: int) -> None:
        if not path.startswith("/"):
            raise ValueError("path must be a gateway path such as /v1/bot/messages/create")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._pending.setdefault(path, deque()).extend([fault] * times)

    def take(self, path: str) -> Fault | None:
        with self._lock:
            queue = self._pending.get(path)
            if not queue:
                return None
            fault = queue.popleft()
            if not queue:
                del self._pending[path]
            return fault
