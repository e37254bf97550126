"""`RedisTokenStore`: tokens shared by the processes of one app across machines (``pip install lansenger[redis]``).

Keys (under ``prefix``, which should name the app when several apps share a Redis): ``app_token`` and
``user_token:<staffId>`` hold JSON and expire in Redis when the token stops being usable, so a dead token is
never handed out; ``lock:<key>`` are redis-py locks with a timeout, so a holder that dies cannot block the others
for longer than ``lock_timeout``.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from lansenger_api.errors import ConfigurationError, StoreError

from ._store import StoredAppToken, StoredUserToken

if TYPE_CHECKING:
    import redis

__all__ = ["RedisTokenStore"]


def _redis_module() -> Any:
    try:
        import redis
    except ImportError as error:
        raise ConfigurationError("RedisTokenStore needs redis-py: pip install 'lansenger[redis]'") from error
    return redis


class RedisTokenStore:
    """A `TokenStore` in Redis, given a URL (``redis://host:6379/0``) or a ready ``redis.Redis`` client."""

    def __init__(
        self,
        url: str | None = None,
        *,
        client: redis.Redis | None = None,
        prefix: str = "lansenger:",
        lock_timeout: float = 60.0,
        lock_wait: float | None = 120.0,
    ) -> None:
        """`lock_timeout`: seconds a lock lives if its holder dies; `lock_wait`: seconds to wait for one (None: no
        limit)."""
        if (url is None) == (client is None):
            raise ConfigurationError("give RedisTokenStore a url or a client (one of them)")
        self._redis: redis.Redis = client if client is not None else _redis_module().Redis.from_url(url)
        self._prefix = prefix
        self._lock_timeout = lock_timeout
        self._lock_wait = lock_wait

    def __repr__(self) -> str:
        return f"RedisTokenStore(prefix={self._prefix!r})"

    def _get(self, key: str) -> dict[str, Any] | None:
        raw = self._redis.get(self._prefix + key)
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except (TypeError, ValueError) as error:
            raise StoreError(f"Redis key {self._prefix + key!r} does not hold a token record") from error
        return value if isinstance(value, dict) else None

    def _put(self, key: str, value: dict[str, Any], expires_at: float) -> None:
        """Store until `expires_at` (epoch seconds); a record already past it is deleted instead."""
        remaining_ms = math.floor((expires_at - time.time()) * 1000)
        if remaining_ms <= 0:
            self._redis.delete(self._prefix + key)
        else:
            self._redis.set(self._prefix + key, json.dumps(value), px=remaining_ms)

    def load_app_token(self) -> StoredAppToken | None:
        value = self._get("app_token")
        if value is None or not isinstance(value.get("token"), str):
            return None
        return StoredAppToken(value["token"], expires_at=float(value.get("expires_at", 0)))

    def save_app_token(self, token: StoredAppToken) -> None:
        self._put("app_token", {"token": token.token, "expires_at": token.expires_at}, token.expires_at)

    def load_user_token(self, staff_id: str) -> StoredUserToken | None:
        value = self._get(f"user_token:{staff_id}")
        if value is None or not isinstance(value.get("user_token"), str):
            return None
        return StoredUserToken(
            staff_id=staff_id,
            user_token=value["user_token"],
            expires_at=float(value.get("expires_at", 0)),
            refresh_token=value.get("refresh_token") or None,
            refresh_expires_at=float(value.get("refresh_expires_at", 0)),
            scope=value.get("scope") or None,
        )

    def save_user_token(self, token: StoredUserToken) -> None:
        record = {
            "user_token": token.user_token,
            "expires_at": token.expires_at,
            "refresh_token": token.refresh_token,
            "refresh_expires_at": token.refresh_expires_at,
            "scope": token.scope,
        }
        # Kept while it can still be refreshed, not only while the user token is usable.
        self._put(f"user_token:{token.staff_id}", record, max(token.expires_at, token.refresh_expires_at))

    def delete_user_token(self, staff_id: str) -> None:
        self._redis.delete(f"{self._prefix}user_token:{staff_id}")

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """A redis-py lock; not thread-local, because the async client releases it from another worker thread."""
        held = self._redis.lock(
            f"{self._prefix}lock:{key}",
            timeout=self._lock_timeout,
            blocking_timeout=self._lock_wait,
            thread_local=False,
        )
        if not held.acquire():
            raise StoreError(f"could not acquire the Redis lock {key!r} within {self._lock_wait} s")
        try:
            yield
        finally:
            held.release()
