"""The appToken lifecycle: cached, refreshed single-flight, dropped once when the server rejects it.

Every Lansenger API call carries ``app_token`` in its query string. Fetching it is rate-limited server side, so
concurrent callers must share one fetch, and a token the server rejects early must be replaced without looping.
Putting the token on a request and replaying a rejected one is the attempt loop's (`_retry`), so that retries,
hooks and the token replay are decided in one place.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

import httpx
from lansenger_api.redaction import conceal
from lansenger_api.request_meta import EXTENSION as META_EXTENSION
from lansenger_api.request_meta import RequestMeta

from ._errors import ConfigurationError
from ._store import APP_TOKEN_LOCK, MemoryTokenStore, StoredAppToken, TokenStore, hold, offload, wall_clock_for

if TYPE_CHECKING:  # anyio is imported by the async code that uses it: a sync client never needs it
    import anyio

__all__ = ["AppTokenAuth", "TokenGrant"]

_MAX_REFRESH_MARGIN = 300.0


class TokenGrant:
    """A token as the server granted it; ``expires_in`` is the server's ``expiresIn`` in seconds."""

    __slots__ = ("expires_in", "token")

    def __init__(self, token: str, expires_in: float) -> None:
        self.token = token
        self.expires_in = expires_in

    def __repr__(self) -> str:
        return f"TokenGrant(expires_in={self.expires_in!r})"  # never the token


class _CachedToken:
    __slots__ = ("token", "valid_until")

    def __init__(self, token: str, valid_until: float | None) -> None:
        self.token = token
        self.valid_until = valid_until  # None: expiry unknown, trusted until the server rejects it


TOKEN_EXTENSION = "lansenger.app_token"
"""Request extension naming the token a request was built with (see `TokenClient`)."""


def wants_app_token(extensions: Mapping[str, object] | None) -> bool:
    meta = extensions.get(META_EXTENSION) if extensions else None  # `request_meta`, inline: every request asks
    return isinstance(meta, RequestMeta) and meta.app_token


def _no_way_to_fetch(missing: str) -> ConfigurationError:
    return ConfigurationError(f"no valid app token and no way to get one: AppTokenAuth was created without {missing}")


def set_app_token(request: httpx.Request, token: str) -> str:
    """Put `token` in the request's query (parsing its URL again: `TokenClient` builds most requests with it)."""
    request.url = request.url.copy_set_param("app_token", token)
    request.extensions = {**request.extensions, TOKEN_EXTENSION: token}
    return token


class AppTokenAuth:
    """The app token marked requests carry: the retry transport (`_retry`) asks it for one and reports refusals.

    ``fetch``/``afetch`` obtain a new grant (sync and async clients respectively; an async client without ``afetch``
    runs ``fetch`` in a worker thread). ``static_token`` is an externally managed token of unknown lifetime.

    ``store`` persists fetched tokens: a valid stored token is used instead of fetching, and a fetch happens under
    the store's lock with the store read again once it is held, so processes sharing a store fetch once.
    Deadlines are kept on the monotonic ``clock``; ``wall`` converts them to the store's epoch seconds (by default
    ``time.time``, or ``clock`` itself when a test gives its own clock, so that both move together).
    """

    def __init__(
        self,
        *,
        fetch: Callable[[], TokenGrant] | None = None,
        afetch: Callable[[], Awaitable[TokenGrant]] | None = None,
        static_token: str | None = None,
        token_invalid_codes: frozenset[int] = frozenset(),
        clock: Callable[[], float] = time.monotonic,
        store: TokenStore | None = None,
        wall: Callable[[], float] | None = None,
    ) -> None:
        if fetch is None and afetch is None and static_token is None:
            raise ValueError("AppTokenAuth needs fetch, afetch or static_token")
        self._fetch = fetch
        self._afetch = afetch
        self._token_invalid_codes = token_invalid_codes
        self._clock = clock
        self._wall = wall_clock_for(clock, wall)
        self._store: TokenStore = store if store is not None else MemoryTokenStore()
        self._rejected: str | None = None  # a token the server refused: never taken back from the store
        self._cached = None if static_token is None else _CachedToken(conceal(static_token), valid_until=None)
        self._state_lock = threading.Lock()  # guards only the swap of _cached, never held across I/O
        self._fetch_lock = threading.Lock()
        self._afetch_lock: anyio.Lock | None = None  # needs a running event loop, so created on first use

    def __repr__(self) -> str:
        refreshable = self._fetch is not None or self._afetch is not None
        return f"{type(self).__name__}(has_token={self._cached is not None}, refreshable={refreshable})"

    def valid_token(self) -> str | None:
        """The cached token while it is valid, without waiting for anything (an async caller skips a coroutine)."""
        cached = self._cached
        if cached is None:
            return None
        if cached.valid_until is not None and self._clock() >= cached.valid_until:
            return None
        return cached.token

    def _keep(self, grant: TokenGrant, obtained_at: float) -> StoredAppToken:
        """``obtained_at`` is read before the fetch, so a slow fetch shortens the validity instead of extending it."""
        margin = min(_MAX_REFRESH_MARGIN, grant.expires_in / 2)
        valid_until = obtained_at + grant.expires_in - margin
        token = conceal(grant.token)
        with self._state_lock:
            self._cached = _CachedToken(token, valid_until=valid_until)
        return StoredAppToken(token, expires_at=self._wall() + valid_until - self._clock())

    def _adopt(self, stored: StoredAppToken | None) -> str | None:
        """Take a stored token that is still valid (not empty, and not one the server refused); its deadline moves to
        our clock."""
        if stored is None or not stored.token or stored.token == self._rejected:
            return None
        remaining = stored.expires_at - self._wall()
        if remaining <= 0:
            return None
        token = conceal(stored.token)
        with self._state_lock:
            self._cached = _CachedToken(token, valid_until=self._clock() + remaining)
        return token

    def invalidate(self, token: str | None = None) -> None:
        """Drop the cached token; with ``token``, only if it is still the cached one.

        The compare-and-clear lets many requests rejected with the same token cause a single refresh.
        """
        with self._state_lock:
            if token is None or (self._cached is not None and self._cached.token == token):
                self._rejected = token if token is not None else (self._cached.token if self._cached else None)
                self._cached = None

    def get_token(self) -> str:
        """The current token, fetched first if missing or about to expire; one fetch at a time across threads."""
        cached = self._cached  # `valid_token`, inline: every send asks
        if cached is not None and (cached.valid_until is None or self._clock() < cached.valid_until):
            return cached.token
        with self._fetch_lock:
            token = self.valid_token() or self._adopt(self._store.load_app_token())
            if token is not None:
                return token
            if self._fetch is None:
                raise _no_way_to_fetch("a synchronous fetch function")
            with self._store.lock(APP_TOKEN_LOCK):
                token = self._adopt(self._store.load_app_token())
                if token is not None:
                    return token
                obtained_at = self._clock()
                stored = self._keep(self._fetch(), obtained_at)
                self._store.save_app_token(stored)
                return stored.token

    async def aget_token(self) -> str:
        """Async :meth:`get_token`; one fetch at a time across tasks."""
        token = self.valid_token()
        if token is not None:
            return token
        if self._afetch_lock is None:
            import anyio

            self._afetch_lock = anyio.Lock()
        async with self._afetch_lock:
            token = self.valid_token() or self._adopt(await offload(self._store.load_app_token))
            if token is not None:
                return token
            if self._afetch is None and self._fetch is None:
                raise _no_way_to_fetch("a fetch function")
            async with hold(self._store, APP_TOKEN_LOCK):
                token = self._adopt(await offload(self._store.load_app_token))
                if token is not None:
                    return token
                obtained_at = self._clock()
                if self._afetch is not None:
                    grant = await self._afetch()
                else:
                    assert self._fetch is not None
                    grant = await offload(self._fetch)
                stored = self._keep(grant, obtained_at)
                await offload(lambda: self._store.save_app_token(stored))
                return stored.token

    def can_refresh(self, *, in_async: bool) -> bool:
        """Whether a refused token can be replaced: a fetch function this kind of client can call, and errCodes
        that say the token was refused."""
        fetches = self._fetch is not None or (in_async and self._afetch is not None)
        return fetches and bool(self._token_invalid_codes)

    def refuses(self, code: int | None) -> bool:
        """Whether an answer's errCode says the server refused the token."""
        return code is not None and code in self._token_invalid_codes
