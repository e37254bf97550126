"""The token clients build each request's final URL themselves: it must be the URL plain httpx builds from the same
base URL, path and parameters, with the app token set last (replacing any `app_token` a caller passed), on marked
requests only; and a URL sent again must not be built again."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest
from lansenger import _token_clients
from lansenger._auth import TOKEN_EXTENSION, AppTokenAuth
from lansenger._token_clients import AsyncTokenClient, TokenClient
from lansenger_api.request_meta import RequestMeta

TOKEN = "tok/+=&1"
MARKED = RequestMeta(operation="test_op", app_token=True, idempotent=True).extensions()
UNMARKED = RequestMeta(operation="test_op", app_token=False, idempotent=True).extensions()
BASES = [
    "https://gw.example.test/open/apigw/",
    "https://gw.example.test/open/apigw",
    "https://gw.example.test",
    "https://gw.example.test/open/apigw/?tenant=7",
]
PATHS: list[str | httpx.URL] = [
    "/v1/staffs/a%2Fb/fetch",
    "v1/relative/fetch",
    "//other.example.test/v1/x",
    "/v1/x?own=1",
    "/v1/x#part",
    "https://absolute.example.test/v1/x?sig=1",
    httpx.URL("/v1/url-object"),
]
PARAMS: list[Any] = [
    None,
    {},
    {"page": 2, "q": "a b&c"},
    {"flag": True},
    {"app_token": "not-this-one", "page": 1},
    [("id", "1"), ("id", "2")],
    httpx.QueryParams({"k": "v"}),
]
CASES = list(itertools.product(BASES, PATHS, PARAMS))


def _expected(base: str, path: str | httpx.URL, params: Any, token: str | None) -> httpx.URL:
    """httpx's URL for these parameters, the token set in them (parameters given, even none, replace a query the
    path carries: httpx's rule, kept)."""
    if token is not None:
        params = httpx.QueryParams(params).set("app_token", token)
    with httpx.Client(base_url=base, transport=httpx.MockTransport(lambda _: httpx.Response(200))) as plain:
        return plain.build_request("GET", path, params=params).url


def _recorder(sent: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"errCode": 0, "data": {}})

    return httpx.MockTransport(answer)


@pytest.mark.parametrize("marked", [True, False], ids=["marked", "unmarked"])
def test_every_url_is_the_one_httpx_builds_sent_once_and_again(marked: bool) -> None:
    token = TOKEN if marked else None
    for base in BASES:
        sent: list[httpx.Request] = []
        with TokenClient(token_auth=AppTokenAuth(static_token=TOKEN), base_url=base, transport=_recorder(sent)) as tc:
            for _, path, params in [case for case in CASES if case[0] == base] * 2:  # the second time from the cache
                tc.get(path, params=params, extensions=MARKED if marked else UNMARKED)
        expected = [_expected(base, path, params, token) for _, path, params in CASES if _ == base] * 2
        assert [request.url for request in sent] == expected, base
        assert all(request.extensions.get(TOKEN_EXTENSION) == token for request in sent)


@pytest.mark.anyio
@pytest.mark.parametrize("marked", [True, False], ids=["marked", "unmarked"])
@pytest.mark.parametrize("fetched", [True, False], ids=["token-fetched-first", "token-cached"])
async def test_async_urls_are_the_ones_httpx_builds(marked: bool, fetched: bool) -> None:
    token = TOKEN if marked else None
    base = BASES[0]
    sent: list[httpx.Request] = []
    for path, params in itertools.product(PATHS, PARAMS):

        async def fetch() -> Any:
            from lansenger._auth import TokenGrant

            return TokenGrant(TOKEN, 7200.0)

        auth = AppTokenAuth(afetch=fetch) if fetched else AppTokenAuth(static_token=TOKEN)
        async with AsyncTokenClient(token_auth=auth, base_url=base, transport=_recorder(sent)) as client:
            await client.get(path, params=params, extensions=MARKED if marked else UNMARKED)
    expected = [_expected(base, path, params, token) for path, params in itertools.product(PATHS, PARAMS)]
    assert [request.url for request in sent] == expected
    assert all(request.extensions.get(TOKEN_EXTENSION) == token for request in sent)


class _CountingHttpx:
    """httpx as `_token_clients` sees it, counting the URLs it parses."""

    def __init__(self) -> None:
        self.urls = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(httpx, name)

    def URL(self, *args: Any, **kwargs: Any) -> httpx.URL:  # httpx's name
        self.urls += 1
        return httpx.URL(*args, **kwargs)


def test_a_url_sent_again_is_not_built_again(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingHttpx()
    monkeypatch.setattr(_token_clients, "httpx", counting)
    sent: list[httpx.Request] = []
    auth = AppTokenAuth(static_token=TOKEN)
    with TokenClient(token_auth=auth, base_url=BASES[0], transport=_recorder(sent)) as client:

        def built(path: str, params: Any = None, extensions: Any = MARKED) -> int:
            before = counting.urls
            client.get(path, params=params, extensions=extensions)
            return counting.urls - before

        assert [built("/v1/a"), built("/v1/a")] == [1, 0]
        assert [built("/v1/a", {"page": 2}), built("/v1/a", {"page": 2})] == [1, 0]
        assert [built("/v1/b", extensions=UNMARKED), built("/v1/b", extensions=UNMARKED)] == [1, 0]
        assert [built("/v1/a", {"flag": True}), built("/v1/a", {"flag": True})] == [1, 1]  # not a plain value: built
        client._token_auth = AppTokenAuth(static_token="tok-2")  # another token: another URL
        assert [built("/v1/a"), built("/v1/a")] == [1, 0]
        client.base_url = httpx.URL("https://moved.example.test/gw/")
        assert [built("/v1/a"), built("/v1/a")] == [1, 0]
        assert sent[-1].url == httpx.URL("https://moved.example.test/gw/v1/a?app_token=tok-2")
        for number in range(300):
            built(f"/v1/many/{number}")
            assert len(client._final_urls._built) <= _token_clients._BUILT_URLS_KEPT
