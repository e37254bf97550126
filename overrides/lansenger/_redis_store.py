"""`RedisTokenStore`: tokens shared by the processes of one app across machines (``pip install lansenger[redis]``).

Keys (under ``prefix``, then ``<app id>@<gateway>:`` for the app a client names with `for_app`): ``app_token`` and
``user_token:<staffId>`` hold JSON and expire in Redis when the token stops being usable, so a dead token is
never handed out; ``lock:<key>`` are redis-py locks with a timeout, so a holder that dies cannot block the others
for longer than ``lock_timeout``. A store built from a URL gives its sockets a timeout (``timeout``, 5 s), so a
Redis that stops answering is a `StoreError`, not a token fetch that hangs.

Every Redis failure (unreachable, timed out, refused) is a `StoreError` with the redis-py error as its cause, and
so is a record that is not what this store writes (a field of the wrong type): a token is never guessed from it.
"""

from __future__ import annotations

import copy
import json
import math
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import ConfigurationError, StoreError
from ._store import StoredAppToken, StoredUserToken, app_key, detached

if TYPE_CHECKING:
    import redis

__all__ = ["RedisTokenStore"]

_Record = TypeVar("_Record", StoredAppToken, StoredUserToken)
SOCKET_TIMEOUT = 5.0
"""Seconds a store built from a URL waits on a Redis socket: token reads are rare and small, so this is generous."""


def redis_module(needed_by: str) -> Any:
    """redis-py, imported only when a Redis store is built (it is the `redis` extra's, not a dependency)."""
    try:
        import redis
    except ImportError as error:
        raise ConfigurationError(f"{needed_by} needs redis-py: pip install 'lansenger[redis]'") from error
    return redis


def redis_connection(
    url: str | None, client: redis.Redis | None, timeout: float, needed_by: str
) -> tuple[redis.Redis, type[Exception]]:
    """`client`, or one built from `url` with `timeout` on its sockets (exactly one of them must be given), and
    redis-py's base error, which the caller turns into a `StoreError`."""
    if (url is None) == (client is None):
        raise ConfigurationError(f"give {needed_by} a url or a client (one of them)")
    module = redis_module(needed_by)
    if client is None:
        client = module.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
    return client, module.RedisError


class _Corrupt(ValueError):
    """What is wrong with a record, in words that never quote its values."""


def _text(record: Mapping[str, Any], name: str, *, optional: bool = False) -> str | None:
    value = record.get(name)
    if isinstance(value, str) and value:
        return value
    if optional and value in (None, ""):
        return None
    raise _Corrupt(f"{name!r} is not a non-empty string")


def _epoch(record: Mapping[str, Any], name: str) -> float:
    value = record.get(name)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    raise _Corrupt(f"{name!r} is not a number")


def _app_token(record: Mapping[str, Any], staff_id: str) -> StoredAppToken:
    return StoredAppToken(str(_text(record, "token")), expires_at=_epoch(record, "expires_at"))


def _user_token(record: Mapping[str, Any], staff_id: str) -> StoredUserToken:
    return StoredUserToken(
        staff_id=staff_id,
        user_token=str(_text(record, "user_token")),
        expires_at=_epoch(record, "expires_at"),
        refresh_token=_text(record, "refresh_token", optional=True),
        refresh_expires_at=_epoch(record, "refresh_expires_at"),
        scope=_text(record, "scope", optional=True),
    )


def _decoded(raw: bytes | str, build: Callable[[Mapping[str, Any], str], _Record], staff_id: str) -> _Record | _Corrupt:
    """The record, or what is wrong with it (returned, not raised, so no frame holding the token is kept)."""
    try:
        value = json.loads(raw)
        if not isinstance(value, dict):
            return _Corrupt("not a JSON object")
        return build(value, staff_id)
    except _Corrupt as problem:
        return _Corrupt(str(problem))
    except ValueError as problem:  # not JSON, or not UTF-8
        return _Corrupt(f"not JSON ({type(problem).__name__})")


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
        timeout: float = SOCKET_TIMEOUT,
    ) -> None:
        """`lock_timeout`: seconds a lock lives if its holder dies; `lock_wait`: seconds to wait for one (None: no
        limit); `timeout`: seconds to wait on a socket of the client built from `url` (a given `client` keeps its
        own)."""
        if not (math.isfinite(timeout) and timeout > 0):
            raise ConfigurationError("timeout must be a positive number of seconds")
        self._redis, self._errors = redis_connection(url, client, timeout, "RedisTokenStore")
        from redis.exceptions import LockNotOwnedError  # redis_connection has imported redis

        self._lock_lost: type[Exception] = LockNotOwnedError
        self._root_prefix = prefix
        self._prefix = prefix
        self._lock_timeout = lock_timeout
        self._lock_wait = lock_wait

    def __repr__(self) -> str:
        return f"RedisTokenStore(prefix={self._prefix!r})"

    def for_app(self, gateway_url: str, app_id: str) -> RedisTokenStore:
        """The tokens of one app on one gateway: keys under ``<prefix><app id>@<gateway>:``."""
        view = copy.copy(self)
        view._prefix = f"{self._root_prefix}{app_key(gateway_url, app_id)}:"
        return view

    @property
    def redis(self) -> redis.Redis:
        """The redis-py client, for other records of the app kept beside its tokens (pending cards)."""
        return self._redis

    @property
    def key_prefix(self) -> str:
        """The prefix of this view's keys (``<prefix><app id>@<gateway>:`` through `for_app`)."""
        return self._prefix

    def failures(self, action: str) -> AbstractContextManager[None]:
        """Redis errors raised inside become `StoreError`, as this store's own are (for records kept beside)."""
        return self._failures(action)

    @contextmanager
    def _failures(self, action: str) -> Iterator[None]:
        """Redis errors become `StoreError`; the redis-py error is the cause, without its frames."""
        try:
            yield
        except self._errors as error:
            if isinstance(error, self._lock_lost):
                why = f"the lock expired (lock_timeout {self._lock_timeout} s) before it was released"
            else:
                why = f"{type(error).__name__}: {error}"
            raise StoreError(f"Redis token store: could not {action}: {why}") from detached(error)

    def _load(self, key: str, build: Callable[[Mapping[str, Any], str], _Record], staff_id: str = "") -> _Record | None:
        with self._failures(f"read {key!r}"):
            raw = self._redis.get(self._prefix + key)
        found = None if raw is None else _decoded(raw, build, staff_id)
        del raw
        if isinstance(found, _Corrupt):
            raise StoreError(f"Redis key {self._prefix + key!r} holds a corrupt token record: {found}") from found
        return found

    def _put(self, key: str, value: dict[str, Any], expires_at: float) -> None:
        """Store until `expires_at` (epoch seconds); a record already past it is deleted instead."""
        remaining_ms = math.floor((expires_at - time.time()) * 1000)
        if remaining_ms <= 0:
            self._redis.delete(self._prefix + key)
        else:
            self._redis.set(self._prefix + key, json.dumps(value), px=remaining_ms)

    def load_app_token(self) -> StoredAppToken | None:
        return self._load("app_token", _app_token)

    def save_app_token(self, token: StoredAppToken) -> None:
        with self._failures("save the app token"):
            self._put("app_token", {"token": token.token, "expires_at": token.expires_at}, token.expires_at)

    def load_user_token(self, staff_id: str) -> StoredUserToken | None:
        return self._load(f"user_token:{staff_id}", _user_token, staff_id)

    def save_user_token(self, token: StoredUserToken) -> None:
        # Kept while it can still be refreshed, not only while the user token is usable.
        with self._failures(f"save the user token of {token.staff_id!r}"):
            self._put(
                f"user_token:{token.staff_id}",
                {
                    "user_token": token.user_token,
                    "expires_at": token.expires_at,
                    "refresh_token": token.refresh_token,
                    "refresh_expires_at": token.refresh_expires_at,
                    "scope": token.scope,
                },
                max(token.expires_at, token.refresh_expires_at),
            )

    def delete_user_token(self, staff_id: str) -> None:
        with self._failures(f"delete the user token of {staff_id!r}"):
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
        with self._failures(f"acquire the lock {key!r}"):
            acquired = held.acquire()
        if not acquired:
            raise StoreError(f"could not acquire the Redis lock {key!r} within {self._lock_wait} s")
        try:
            yield
        finally:
            with self._failures(f"release the lock {key!r}"):
                held.release()
