"""Where a client keeps its tokens: the `TokenStore` protocol and the in-memory default.

One protocol serves both clients. Its methods are synchronous; `AsyncLansenger` runs them (and the lock's
acquire and release) in a worker thread, so a store written once works for both and never blocks the event
loop. A store belongs to one client (or to the clients of one app that should share tokens); nothing is global.

A stored token belongs to one app on one gateway. A store that several apps may share (all of ours) has
`for_app(gateway_url, app_id)`, the view of that app's tokens; a client calls it once, with its own identity,
and never sees another app's entries. A store without `for_app` is used as it is, so it must hold one app's tokens.

Expiries are absolute wall-clock epoch seconds, because a store outlives the process (and monotonic clocks do
not survive it): `expires_at` of a token is when to stop using it (refresh margin already taken off, as in the
platform SDKs' state file), `refresh_expires_at` is the refresh token's real end.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractContextManager, asynccontextmanager, contextmanager
from dataclasses import field
from typing import Protocol, TypeVar, runtime_checkable
from urllib.parse import quote

import httpx
from lansenger_api.records import Record, record

from ._errors import ConfigurationError, StoreError
from ._logging import logger

__all__ = [
    "APP_TOKEN_LOCK",
    "AppScopedTokenStore",
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


@record
class StoredAppToken(Record):
    """An app token as a store keeps it; the token is left out of the repr."""

    token: str = field(repr=False)
    expires_at: float


@record
class StoredUserToken(Record):
    """A staff member's user token and refresh token as a store keeps them; the tokens are left out of the repr."""

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


@runtime_checkable
class AppScopedTokenStore(TokenStore, Protocol):
    """A `TokenStore` that several apps may share: `for_app` is the view that holds one app's tokens only."""

    def for_app(self, gateway_url: str, app_id: str) -> TokenStore: ...


def gateway_identity(gateway_url: str) -> str:
    """The gateway as tokens are keyed by it: the form `Lansenger` normalises it to (no trailing slash)."""
    try:
        return str(httpx.URL(gateway_url)).rstrip("/")
    except httpx.InvalidURL:
        return gateway_url.rstrip("/")


def app_key(gateway_url: str, app_id: str) -> str:
    """``<app id>@<gateway>``, the app id percent-encoded so that no two identities give one key."""
    return f"{quote(app_id, safe='')}@{gateway_identity(gateway_url)}"


def store_for_client(store: TokenStore | None, gateway_url: str, app_id: str | None) -> TokenStore:
    """The store a client uses: its own memory store, or the view of a shared store for its app on its gateway."""
    if store is None:
        return MemoryTokenStore()
    if not isinstance(store, AppScopedTokenStore):
        return store  # a store of the user's own, without for_app: it holds one app's tokens
    if not app_id:
        raise ConfigurationError(
            "a token store keeps tokens per app: give app_id too (the app the app_token belongs to)"
        )
    return store.for_app(gateway_url, app_id)


class MemoryTokenStore:
    """The default: tokens live as long as the client; locks exclude the threads of this process only.

    Shared by clients of several apps, each app gets its own tokens and locks (`for_app`)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._app_token: StoredAppToken | None = None
        self._user_tokens: dict[str, StoredUserToken] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._apps: dict[str, MemoryTokenStore] = {}
        self._root = self

    def __repr__(self) -> str:
        return f"MemoryTokenStore(users={len(self._user_tokens)})"

    def for_app(self, gateway_url: str, app_id: str) -> MemoryTokenStore:
        root = self._root
        with root._guard:
            view = root._apps.get(key := app_key(gateway_url, app_id))
            if view is None:
                view = root._apps[key] = MemoryTokenStore()
                view._root = root
        return view

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
    """Run a store call in a worker thread (stores are synchronous, and may do file or network I/O).

    anyio is imported here, by the first async call that needs it: a sync client never loads it."""
    from anyio.to_thread import run_sync

    return await run_sync(function)


class LenientStore:
    """A client's view of its store: a token it obtained is used even when keeping it fails.

    A failed save (read-only home, full disk, Redis down) and a lock lost before its release (it expired while the
    token was fetched: another process may have fetched too) are logged at WARNING, without the token; what the
    lock guarded has happened and the token is good. Reads, deletes and acquiring a lock still raise: without
    them nothing can proceed.
    """

    def __init__(self, store: TokenStore) -> None:
        self._store = store

    def __repr__(self) -> str:
        return f"LenientStore({self._store!r})"

    def load_app_token(self) -> StoredAppToken | None:
        return self._store.load_app_token()

    def save_app_token(self, token: StoredAppToken) -> None:
        try:
            self._store.save_app_token(token)
        except (StoreError, OSError) as error:
            logger.warning("the app token could not be saved to the token store; it is used anyway: %s", error)

    def load_user_token(self, staff_id: str) -> StoredUserToken | None:
        return self._store.load_user_token(staff_id)

    def save_user_token(self, token: StoredUserToken) -> None:
        try:
            self._store.save_user_token(token)
        except (StoreError, OSError) as error:
            logger.warning(
                "the user token of staff %r could not be saved to the token store; it is used anyway: %s",
                token.staff_id,
                error,
            )

    def delete_user_token(self, staff_id: str) -> None:
        self._store.delete_user_token(staff_id)

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        manager = self._store.lock(key)
        manager.__enter__()
        failure: BaseException | None = None
        try:
            yield
        except BaseException as error:
            failure = error
            raise
        finally:
            try:
                if failure is None:
                    manager.__exit__(None, None, None)
                else:
                    manager.__exit__(type(failure), failure, failure.__traceback__)
            except StoreError as error:
                logger.warning("the token store's lock %r was lost before its release: %s", key, error)


def detached(error: BaseException) -> BaseException:
    """`error` kept as a cause without its frames (or its chain's): their local variables may hold a token."""
    pending: list[BaseException | None] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending += [current.__cause__, current.__context__]
    return error


@asynccontextmanager
async def hold(store: TokenStore, key: str) -> AsyncIterator[None]:
    """Hold `store.lock(key)` from async code: acquired and released in worker threads."""
    manager = store.lock(key)
    await offload(manager.__enter__)
    try:
        yield
    finally:
        await offload(lambda: manager.__exit__(None, None, None))
