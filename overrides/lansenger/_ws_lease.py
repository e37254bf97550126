"""`RedisLease`: of several replicas running a personal bot's WebSocket listener, exactly one holds the connection.

The platform pushes each event to every open connection of the app (or to one at random: it does not say), so
replicas that all connect would answer every message several times. The lease is one Redis key,
``SET key holder NX PX ttl``: whoever sets it connects, renews it every `ttl / 3`, and deletes it on a clean stop.
A holder that dies stops renewing, the key expires, and a waiting replica (polling every `ttl / 3`) takes over:
within `ttl + ttl / 3` seconds of the last renewal. Renewing and releasing compare the holder first (one Lua
script each), so a replica never extends or deletes a lease that has passed to another.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._errors import ConfigurationError, StoreError
from ._redis_store import redis_connection

if TYPE_CHECKING:
    import redis

__all__ = ["RedisLease"]

DEFAULT_TTL = 6.0
DEFAULT_TIMEOUT = 1.0
_RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0"
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"


class RedisLease:
    """A lease on `key` in Redis (a URL, or a ready ``redis.Redis`` client), held by `holder`.

    Args:
        key: one per app; replicas of the same bot must share it.
        ttl: seconds the lease lasts without renewal: how long a dead holder keeps the others waiting.
        holder: this replica's name in the key (a random one by default; a hostname helps when debugging).
        timeout: socket timeouts of the client built from `url`.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: redis.Redis | None = None,
        key: str = "lansenger:ws-lease",
        ttl: float = DEFAULT_TTL,
        holder: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not (math.isfinite(ttl) and ttl >= 0.03) or not (math.isfinite(timeout) and timeout > 0):
            raise ConfigurationError("ttl (at least 30 ms) and timeout must be positive numbers of seconds")
        if not isinstance(key, str) or not key or (holder is not None and (not isinstance(holder, str) or not holder)):
            raise ConfigurationError("key and holder must be non-empty strings")
        self._redis, self._errors = redis_connection(url, client, timeout, "RedisLease")
        self.key = key
        self.ttl = ttl
        self.holder = holder or uuid.uuid4().hex
        self._ttl_ms = math.ceil(ttl * 1000)

    def __repr__(self) -> str:
        return f"RedisLease(key={self.key!r}, holder={self.holder!r}, ttl={self.ttl})"

    @property
    def interval(self) -> float:
        """Seconds between renewals, and between attempts while another replica holds the lease."""
        return self.ttl / 3

    def acquire(self) -> bool:
        """Take the lease if it is free (or already ours, which renews it); False while another holds it."""
        taken = self._call(lambda: self._redis.set(self.key, self.holder, nx=True, px=self._ttl_ms))
        return bool(taken) or self.renew()

    def renew(self) -> bool:
        """Extend the lease by `ttl`; False when it is no longer ours (it expired and another took it)."""
        return bool(self._call(lambda: self._redis.eval(_RENEW, 1, self.key, self.holder, self._ttl_ms)))

    def release(self) -> None:
        """Give the lease up at once (a clean stop), if it is still ours."""
        self._call(lambda: self._redis.eval(_RELEASE, 1, self.key, self.holder))

    def _call(self, work: Callable[[], object]) -> object:
        try:
            return work()
        except self._errors as error:
            raise StoreError(f"Redis did not answer the lease call ({type(error).__name__})") from error
