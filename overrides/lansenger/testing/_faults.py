"""Queued failures and rate limits that stand in for an unhealthy or busy gateway, so clients' retry and
throttling paths can be tested."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.client import responses

from lansenger_api.errors import ErrorCode

from ._replies import DropConnection, RawReply, Reply, failure
from ._state import SandboxState


@dataclass(frozen=True)
class Fault:
    """One injected failure, optionally after ``latency`` seconds; at most one answer: ``reset`` (dropped
    connection), ``expire_token`` (every token invalidated, then errCode 10004), ``malformed_json``, an ``err_code``
    envelope or an HTTP ``status``. With none of them, the request is handled as usual after the delay."""

    status: int | None = 503
    retry_after: float | None = None
    err_code: int | None = None
    reset: bool = False
    latency: float = 0.0
    malformed_json: bool = False
    expire_token: bool = False

    def __post_init__(self) -> None:
        if self.status is not None and not 400 <= self.status <= 599:
            raise ValueError("status must be an HTTP error status (4xx or 5xx)")
        answers = [self.reset, self.expire_token, self.malformed_json, self.err_code is not None]
        if sum(answers) > 1:
            raise ValueError("choose one of reset, expire_token, malformed_json and err_code")
        if self.retry_after is not None and (self.reset or self.expire_token or self.malformed_json):
            raise ValueError("retry_after needs an error answer: status or err_code, not reset/expiry/malformed")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError("retry_after must not be negative")
        if self.latency < 0:
            raise ValueError("latency must not be negative")
        if self.status is None and not any(answers) and not self.latency:
            raise ValueError("a fault needs a failure or a latency")

    @property
    def passes_through(self) -> bool:
        """Only a delay: after it, the request is handled normally."""
        return self.status is None and not (
            self.reset or self.expire_token or self.malformed_json or self.err_code is not None
        )

    def answer(self, state: SandboxState) -> Reply:
        if self.reset:
            return DropConnection()
        if self.expire_token:
            state.expire_tokens()
            return failure(ErrorCode.TOKEN_INVALID, "invalid or expired app_token")
        if self.malformed_json:  # what a proxy that cut the answer short leaves: JSON that does not parse
            return RawReply(b'{"errCode":0,"errMsg":"ok","data":{"msgId":')
        retry = self.retry_after
        headers = {} if retry is None else {"Retry-After": str(int(retry)) if float(retry).is_integer() else str(retry)}
        if self.err_code is not None:
            return failure(self.err_code, "injected failure", headers=headers)
        status = 503 if self.status is None else self.status
        return failure(status, responses.get(status, "error").lower(), status=status, headers=headers)


class FaultPlan:
    """Faults waiting for requests to an exact path, consumed first in, first out; and per-path rate limits.

    A rate limit is a token bucket: ``burst`` requests at once, refilled at ``per_second``; a request finding it
    empty is answered HTTP 429 with Retry-After (whole seconds until a token is back). The platform documents no
    rate-limit answer, so the sandbox gives the one the spec maps (``http-statuses`` 429: RateLimitError)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, deque[Fault]] = {}
        self._clock = clock
        self._buckets: dict[str, list[float]] = {}  # path -> [per_second, burst, tokens, last refill]

    def add(self, path: str, fault: Fault, times: int) -> None:
        if not path.startswith("/"):
            raise ValueError("path must be a gateway path such as /v1/bot/messages/create")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._pending.setdefault(path, deque()).extend([fault] * times)

    def limit(self, path: str, per_second: float, burst: int) -> None:
        if not path.startswith("/"):
            raise ValueError("path must be a gateway path such as /v1/bot/messages/create")
        if per_second <= 0 or burst < 1:
            raise ValueError("per_second must be positive and burst at least 1")
        with self._lock:
            self._buckets[path] = [per_second, float(burst), float(burst), self._clock()]

    def take(self, path: str) -> Fault | None:
        with self._lock:
            queue = self._pending.get(path)
            if not queue:
                return self._over_limit(path)
            fault = queue.popleft()
            if not queue:
                del self._pending[path]
            return fault

    def _over_limit(self, path: str) -> Fault | None:
        bucket = self._buckets.get(path)
        if bucket is None:
            return None
        per_second, burst, tokens, last = bucket
        now = self._clock()
        tokens = min(burst, tokens + (now - last) * per_second)
        if tokens >= 1:
            bucket[2:] = [tokens - 1, now]
            return None
        bucket[2:] = [tokens, now]
        return Fault(status=429, retry_after=float(math.ceil((1 - tokens) / per_second)))
