"""httpx clients that build each request's final URL once, with the app token already in its query.

The retry transport (`_retry`) could add the token on its own, but only by rebuilding the request URL, and httpx
parses a URL in about 20 µs. Left to itself, httpx parses an operation's URL three times (the path, its join to
the base URL, the merge of the query), which was half of the SDK's per-call cost. These clients join the base
URL, the path and the encoded query (token included) into one string and parse that once; a URL sent again (the
same operation, query and token) is not parsed at all. The transport still does everything else (the replay
after a refused token), and requests built some other way still get their token from it.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Coroutine, Generator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
from lansenger_api.redaction import Secret

from ._auth import TOKEN_EXTENSION, AppTokenAuth, wants_app_token

_BUILT_URLS_KEPT = 256
"""How many final URLs a client keeps parsed: the operations a program calls over and over, not its history."""


class _FinalUrls:
    """Final request URLs: the base URL, an operation's path and its encoded query, parsed once."""

    __slots__ = ("_base", "_built", "_prefix")

    def __init__(self) -> None:
        self._base: httpx.URL | None = None
        self._prefix: str | None = None
        self._built: dict[tuple[object, ...], httpx.URL] = {}

    def build(self, base: httpx.URL, url: httpx.URL | str, params: Any, token: str | None) -> httpx.URL | None:
        """The URL httpx would build from `base`, `url` and `params`, with `token` (when given) last in its query;
        None for what httpx must resolve itself (an absolute URL, a path with its own query, a base URL with a
        query). Kept by the path, the token and the parameters when they are a dict of plain values (the generated
        operations' kind); other parameters are built every time."""
        if type(url) is not str:
            return None
        if base is not self._base:
            self._base = base
            self._prefix = str(base) if not base.query and base.fragment == "" else None
            if self._prefix is not None and not self._prefix.endswith("/"):  # a bare host: its "/" path is not shown
                self._prefix += "/"
            self._built.clear()
        key: tuple[object, ...] | None
        if not params:  # the usual call: no parameters but the token, so no dict to make or look through
            key = (url, token)
        elif type(params) is dict and _PLAIN.issuperset(map(type, params.values())):
            key = (url, token, *params.items())
        else:
            key = None
        built = self._built.get(key) if key is not None else None
        if built is None:  # a path is kept only once it passed these tests, so one found needs none of them
            if self._prefix is None or url[:1] != "/" or url[:2] == "//" or "?" in url or "#" in url:
                return None
            if token is not None:
                params = {**(params or {}), "app_token": token}
            query = str(httpx.QueryParams(params)) if params else ""
            built = httpx.URL(f"{self._prefix}{url[1:]}?{query}" if query else self._prefix + url[1:])
            if key is not None:
                if len(self._built) >= _BUILT_URLS_KEPT:
                    self._built.clear()
                self._built[key] = built
        return built

    def final(
        self, base: httpx.URL, url: httpx.URL | str, params: Any, extensions: Any, token: str | None
    ) -> tuple[httpx.URL | str, Any, Any]:
        """What both clients hand httpx: the token added (when the operation wants one) and the URL built once."""
        if token is not None:
            extensions = {**extensions, TOKEN_EXTENSION: token} if extensions else {TOKEN_EXTENSION: token}
            if params is not None and type(params) is not dict:  # the generated operations pass a dict: a cache key
                params = httpx.QueryParams(params).set("app_token", token)
                token = None
        # The usual call (a path, no parameters but the token, built before) is looked up without `build`'s tests.
        built = self._built.get((url, token)) if not params and type(url) is str and base is self._base else None
        if built is None:
            built = self.build(base, url, params, token)
        if built is not None:
            return built, None, extensions
        if token is not None:
            params = {**(params or {}), "app_token": token}
        return url, params, extensions


class _NoAuth(httpx.Auth):
    """The token travels in the query, put there here or by the retry transport; httpx's default flow (two
    generators and a look at the URL's user info per request) would do nothing, more slowly."""

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        yield request


_NO_AUTH = _NoAuth()

# Not bool or float: True == 1 == 1.0, yet each is sent differently. Tokens are Secrets (str, masked in reprs).
_PLAIN = frozenset({str, int, Secret})


class TokenClient(httpx.Client):
    """An `httpx.Client` whose marked requests are built with the current app token already in the query."""

    def __init__(self, *, token_auth: AppTokenAuth, **kwargs: Any) -> None:
        super().__init__(auth=_NO_AUTH, **kwargs)
        self._token_auth = token_auth
        self._final_urls = _FinalUrls()

    def request(
        self, method: str, url: httpx.URL | str, *, params: Any = None, extensions: Any = None, **kwargs: Any
    ) -> httpx.Response:
        token = self._token_auth.get_token() if wants_app_token(extensions) else None
        url, params, extensions = self._final_urls.final(self._base_url, url, params, extensions, token)
        return super().request(method, url, params=params, extensions=extensions, **kwargs)

    @contextmanager
    def stream(
        self, method: str, url: httpx.URL | str, *, params: Any = None, extensions: Any = None, **kwargs: Any
    ) -> Iterator[httpx.Response]:
        token = self._token_auth.get_token() if wants_app_token(extensions) else None
        url, params, extensions = self._final_urls.final(self._base_url, url, params, extensions, token)
        with super().stream(method, url, params=params, extensions=extensions, **kwargs) as response:
            yield response


class AsyncTokenClient(httpx.AsyncClient):
    """The async twin of `TokenClient`."""

    def __init__(self, *, token_auth: AppTokenAuth, **kwargs: Any) -> None:
        super().__init__(auth=_NO_AUTH, **kwargs)
        self._token_auth = token_auth
        self._final_urls = _FinalUrls()

    def request(  # not `async def`: with a valid cached token, httpx's own coroutine is the one awaited
        self, method: str, url: httpx.URL | str, *, params: Any = None, extensions: Any = None, **kwargs: Any
    ) -> Coroutine[Any, Any, httpx.Response]:
        token = None
        if wants_app_token(extensions):
            token = self._token_auth.valid_token()
            if token is None:
                return self._request_after_fetch(method, url, params=params, extensions=extensions, **kwargs)
        url, params, extensions = self._final_urls.final(self._base_url, url, params, extensions, token)
        return super().request(method, url, params=params, extensions=extensions, **kwargs)

    async def _request_after_fetch(
        self, method: str, url: httpx.URL | str, *, params: Any, extensions: Any, **kwargs: Any
    ) -> httpx.Response:
        """`request` when the token must be fetched (or waited for) first."""
        token = await self._token_auth.aget_token()
        url, params, extensions = self._final_urls.final(self._base_url, url, params, extensions, token)
        return await super().request(method, url, params=params, extensions=extensions, **kwargs)

    @asynccontextmanager
    async def stream(
        self, method: str, url: httpx.URL | str, *, params: Any = None, extensions: Any = None, **kwargs: Any
    ) -> AsyncIterator[httpx.Response]:
        auth = self._token_auth  # a valid cached token needs no coroutine
        token = (auth.valid_token() or await auth.aget_token()) if wants_app_token(extensions) else None
        url, params, extensions = self._final_urls.final(self._base_url, url, params, extensions, token)
        async with super().stream(method, url, params=params, extensions=extensions, **kwargs) as response:
            yield response
