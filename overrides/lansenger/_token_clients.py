"""httpx clients that put the app token into the query while the URL is first built.

`AppTokenAuth` could add the token on its own, but only by rebuilding the request URL, and httpx parses a URL
in about 45 µs, half of the SDK's whole per-call overhead. Adding it to `params` before httpx builds the
URL costs nothing extra. The auth flow still does everything else (replay after a rejected token), and
requests built some other way still get their token from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx

from ._auth import TOKEN_EXTENSION, AppTokenAuth, wants_app_token


def _with_token(params: Any, extensions: Mapping[str, Any] | None, token: str) -> tuple[Any, dict[str, Any]]:
    merged = httpx.QueryParams(params).set("app_token", token)
    return merged, {**(extensions or {}), TOKEN_EXTENSION: token}


class TokenClient(httpx.Client):
    """An `httpx.Client` whose marked requests are built with the current app token already in the query."""

    def __init__(self, *, token_auth: AppTokenAuth, **kwargs: Any) -> None:
        super().__init__(auth=token_auth, **kwargs)
        self._token_auth = token_auth

    def request(
        self, method: str, url: httpx.URL | str, *, params: Any = None, extensions: Any = None, **kwargs: Any
    ) -> httpx.Response:
        if wants_app_token(extensions):
            params, extensions = _with_token(params, extensions, self._token_auth.get_token())
        return super().request(method, url, params=params, extensions=extensions, **kwargs)

    @contextmanager
    def stream(
        self, method: str, url: httpx.URL | str, *, params: Any = None, extensions: Any = None, **kwargs: Any
    ) -> Iterator[httpx.Response]:
        if wants_app_token(extensions):
            params, extensions = _with_token(params, extensions, self._token_auth.get_token())
        with super().stream(method, url, params=params, extensions=extensions, **kwargs) as response:
            yield response


class AsyncTokenClient(httpx.AsyncClient):
    """The async twin of `TokenClient`."""

    def __init__(self, *, token_auth: AppTokenAuth, **kwargs: Any) -> None:
        super().__init__(auth=token_auth, **kwargs)
        self._token_auth = token_auth

    async def request(
        self, method: str, url: httpx.URL | str, *, params: Any = None, extensions: Any = None, **kwargs: Any
    ) -> httpx.Response:
        if wants_app_token(extensions):
            params, extensions = _with_token(params, extensions, await self._token_auth.aget_token())
        return await super().request(method, url, params=params, extensions=extensions, **kwargs)

    @asynccontextmanager
    async def stream(
        self, method: str, url: httpx.URL | str, *, params: Any = None, extensions: Any = None, **kwargs: Any
    ) -> AsyncIterator[httpx.Response]:
        if wants_app_token(extensions):
            params, extensions = _with_token(params, extensions, await self._token_auth.aget_token())
        async with super().stream(method, url, params=params, extensions=extensions, **kwargs) as response:
            yield response
