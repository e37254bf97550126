"""Queued failures that stand in for an unhealthy gateway, so clients' retry paths can be tested."""

from __future__ import annotations

import threading
from collections import deque
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
