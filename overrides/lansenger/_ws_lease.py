"""`RedisLease`: one holder at a time across processes; of several replicas running a personal bot's WebSocket
listener, the one that holds the connection, and of a bot's webhook workers, the one that drains a chat
(`RedisChatQueues` takes one lease per chat).

The platform pushes each event to every open connection of the app (or to one at random: it does not say), so
replicas that all connect would answer every message several times. The lease is one Redis key holding its holder's
name with a TTL: whoever sets it connects, renews it every `ttl / 3`, and deletes it on a clean stop. A holder that
dies stops renewing, the key expires, and a waiting replica (polling every `ttl / 3`) takes over: within
`ttl + ttl / 3` seconds of the last renewal. Every call compares the holder first, in one Lua script, so a replica
never extends or deletes a lease that has passed to another; a lease that lapsed while nobody took it is taken back.
"""

from __future__ import annotations

import math
import uuid
from typing import TYPE_CHECKING

from ._errors import ConfigurationError, StoreError
from ._redis_store import redis_connection

if TYPE_CHECKING:
    import redis

__all__ = ["RedisLease"]

DEFAULT_TTL = 6.0
DEFAULT_TIMEOUT = 1.0
_HOLD = """
local holder = redis.call('get', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
"""
"""The compare-and-set every lease script starts with: 0 when another holds the lease (KEYS[1]); otherwise it is
the holder's (ARGV[1]) for ARGV[2] ms more, and the script goes on."""
_RELEASE = "redis.call('del', KEYS[1]) return 1"


def checked_connection(
    url: str | None, client: redis.Redis | None, ttl: float, timeout: float, needed_by: str
) -> tuple[redis.Redis, type[Exception]]:
    """`redis_connection` for a user of leases, once `ttl` and `timeout` are checked."""
    if not (math.isfinite(ttl) and ttl >= 0.03) or not (math.isfinite(timeout) and timeout > 0):
        raise ConfigurationError("ttl (at least 30 ms) and timeout must be positive numbers of seconds")
    return redis_connection(url, client, timeout, needed_by)


class RedisLease:
    """A lease on `key` in Redis (a URL, or a ready ``redis.Redis`` client), held by `holder`.

    Args:
        key: what the lease is for (one per app for the WebSocket listener); all its would-be holders share it.
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
        if not isinstance(key, str) or not key or (holder is not None and (not isinstance(holder, str) or not holder)):
            raise ConfigurationError("key and holder must be non-empty strings")
        self._redis, self._errors = checked_connection(url, client, ttl, timeout, "RedisLease")
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
        return bool(self.held("return 1"))

    def renew(self) -> bool:
        """Extend the lease by `ttl`; False when it is no longer ours (it expired and another took it)."""
        return self.acquire()

    def release(self) -> None:
        """Give the lease up at once (a clean stop), if it is still ours."""
        self.held(_RELEASE)

    def held(self, script: str, keys: tuple[str, ...] = (), args: tuple[str | int, ...] = ()) -> object:
        """Run the Lua `script` only while holding the lease, in the same step as renewing it: 0 when another
        holds it. The script sees the lease as KEYS[1], the holder as ARGV[1] and the ttl (ms) as ARGV[2], then
        `keys` and `args`."""
        lease = (self.key, *keys)
        try:
            return self._redis.eval(_HOLD + script, len(lease), *lease, self.holder, self._ttl_ms, *args)
        except self._errors as error:
            raise StoreError(f"Redis did not answer the lease call ({type(error).__name__})") from error
