"""`RedisSeenStore`: one dedupe memory for every worker and container of a webhook (``pip install lansenger[redis]``).

Each id is one key, ``<prefix><event id>``, written with ``SET NX PX``: the write and the "was it there" answer
are one atomic step in Redis, so of two workers receiving the same redelivery exactly one handles it, and Redis
forgets the id after `ttl` on its own. A Redis that does not answer within `timeout` raises `StoreError`; the
receiver then handles the event anyway (see `SeenStore`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ._errors import ConfigurationError, StoreError
from ._redis_store import redis_connection
from ._seen import DEFAULT_TTL

if TYPE_CHECKING:
    import redis

__all__ = ["RedisSeenStore"]

DEFAULT_TIMEOUT = 1.0
"""Seconds for a dedupe check: the platform gives up on a callback after about 3 s."""


class RedisSeenStore:
    """A `SeenStore` in Redis, given a URL (``redis://host:6379/0``) or a ready ``redis.Redis`` client.

    Args:
        prefix: put before every id; name the app in it when several apps share one Redis.
        ttl: seconds an id is remembered (a day by default: the platform's last redelivery comes after 6 h).
        timeout: socket timeouts of the client built from `url` (a given `client` keeps its own).
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: redis.Redis | None = None,
        prefix: str = "lansenger:seen:",
        ttl: float = DEFAULT_TTL,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not (math.isfinite(ttl) and ttl >= 0.001) or not (math.isfinite(timeout) and timeout > 0):
            raise ConfigurationError("ttl (at least 1 ms) and timeout must be positive numbers of seconds")
        self._redis, self._errors = redis_connection(url, client, timeout, "RedisSeenStore")
        self._prefix = prefix
        self._ttl_ms = math.ceil(ttl * 1000)

    def __repr__(self) -> str:
        return f"RedisSeenStore(prefix={self._prefix!r})"

    def add(self, event_id: str) -> bool:
        try:
            return bool(self._redis.set(self._prefix + event_id, b"1", nx=True, px=self._ttl_ms))
        except self._errors as error:
            raise StoreError(f"Redis did not answer the dedupe check ({type(error).__name__})") from error
