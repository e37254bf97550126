"""Where a client keeps its tokens: the `TokenStore` protocol and the in-memory default.

One protocol serves both clients. Its methods are synchronous; `AsyncLansenger` runs them (and the lock's
acquire and release) in a worker thread, so a store written once works for both and never blocks the event
loop. A store belongs to one client (or to the clients of one app that should share tokens); nothing is global.

Expiries are absolute wall-clock epoch seconds, because a store outlives the process (and monotonic clocks do
not survive it): `expires_at` of a token is when to stop using it (refresh margin already taken off, as in the
platform SDKs' state file), `refresh_expires_at` is the refresh token's real end.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractContextManager, asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Protocol, TypeVar, runtime_checkable

import anyio.to_thread

__all__ = [
    "APP_TOKEN_LOCK",
    "MemoryTokenStore",
    "StoredAppToken",
    "StoredUserToken",
    "TokenStore",
    "user_token_lock",
]

APP_TOKEN_LOCK = "app_token"
"""The lock key held while the app token is fetched, so processes sharing a store fetch it once."""


def user_token_lock(staff_id: str) -> str:
    """The lock key held while one user's tokens are refreshed (their refresh token is single-use)."""
    return f"user_token:{staff_id}"


@dataclass(frozen=True)
class StoredAppToken:
    token: str = field(repr=False)
    expires_at: float


@dataclass(frozen=True)
class StoredUserToken:
    staff_id: str
    user_token: str = field(repr=False)
    expires_at: float
    refresh_token: str | None = field(repr=False)
    refresh_expires_at: float
    scope: str | None = None


@runtime_checkable
class TokenStore(Protocol):
    """Persistence for a client's app token and per-staff user tokens, with cross-process locks.

    `lock(key)` is held around a token fetch or refresh: a store shared by several processes must make it
    mutually exclusive across them (file lock, Redis lock); the client re-reads the store after acquiring it,
    so only the first holder fetches. It may be released from another thread than the one that acquired it.
    """

    def load_app_token(self) -> StoredAppToken | None: ...

    def save_app_token(self, token: StoredAppToken) -> None: ...

    def load_user_token(self, staff_id: str) -> StoredUserToken | None: ...

    def save_user_token(self, token: StoredUserToken) -> None: ...

    def delete_user_token(self, staff_id: str) -> None: ...

    def lock(self, key: str) -> AbstractContextManager[None]: ...


class MemoryTokenStore:
    """The default: tokens live as long as the client; locks exclude the threads of this process only."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._app_token: StoredAppToken | None = None
        self._user_tokens: dict[str, StoredUserToken] = {}
        self._locks: dict[str, threading.Lock] = {}

    def __repr__(self) -> str:
        return f"MemoryTokenStore(users={len(self._user_tokens)})"

    def load_app_token(self) -> StoredAppToken | None:
        return self._app_token

    def save_app_token(self, token: StoredAppToken) -> None:
        self._app_token = token

    def load_user_token(self, staff_id: str) -> StoredUserToken | None:
        with self._guard:
            return self._user_tokens.get(staff_id)

    def save_user_token(self, token: StoredUserToken) -> None:
        with self._guard:
            self._user_tokens[token.staff_id] = token

    def delete_user_token(self, staff_id: str) -> None:
        with self._guard:
            self._user_tokens.pop(staff_id, None)

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        with self._guard:
            held = self._locks.setdefault(key, threading.Lock())
        with held:  # a plain Lock: the async client may release it from another worker thread
            yield


_T = TypeVar("_T")


def wall_clock_for(clock: Callable[[], float], wall: Callable[[], float] | None) -> Callable[[], float]:
    """The epoch clock paired with a deadline clock: a substituted clock (tests) stands for both."""
    if wall is not None:
        return wall
    return time.time if clock is time.monotonic else clock


async def offload(function: Callable[[], _T]) -> _T:
    """Run a store call in a worker thread (stores are synchronous, and may do file or network I/O)."""
    return await anyio.to_thread.run_sync(function)


@asynccontextmanager
async def hold(store: TokenStore, key: str) -> AsyncIterator[None]:
    """Hold `store.lock(key)` from async code: acquired and released in worker threads."""
    manager = store.lock(key)
    await offload(manager.__enter__)
    try:
        yield
    finally:
        await anyio.to_thread.run_sync(manager.__exit__, None, None, None)
