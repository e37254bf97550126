"""AppTokenAuth and the attempt loop: token placement, expiry margin, single-flight refresh, the one-shot replay."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator

import anyio
import httpx
import pytest
from lansenger import ConfigurationError
from lansenger._auth import AppTokenAuth, TokenGrant
from lansenger._retry import AsyncRetryTransport, RetryTransport
from lansenger._store import MemoryTokenStore, StoredAppToken
from lansenger_api.request_meta import RequestMeta

URL = "https://gw/open/apigw/v1/messages/create"
INVALID = 10_401  # stands in for the spec's token-invalid errCodes (protocols.md §5.1 lists none yet)


def marked(*, app_token: bool = True) -> dict[str, object]:
    return RequestMeta(operation="send_message", app_token=app_token, idempotent=False).extensions()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class ThreadTrackingClock(FakeClock):
    """Also records which threads have read the clock, i.e. have checked the cached token."""

    def __init__(self) -> None:
        super().__init__()
        self.callers: set[int] = set()
        self._changed = threading.Condition()

    def __call__(self) -> float:
        with self._changed:
            self.callers.add(threading.get_ident())
            self._changed.notify_all()
        return self.now

    def wait_for_callers(self, count: int) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: len(self.callers) >= count, timeout=5)


class Fetcher:
    """Hands out tok-1, tok-2, ... and counts the calls; a test may hold a fetch back until it releases it."""

    def __init__(self, expires_in: float = 7200.0) -> None:
        self.expires_in = expires_in
        self.calls = 0
        self.release = threading.Event()
        self.release.set()
        self.async_release: anyio.Event | None = None

    def __call__(self) -> TokenGrant:
        self.calls += 1
        assert self.release.wait(timeout=5)
        return TokenGrant(f"tok-{self.calls}", self.expires_in)

    async def afetch(self) -> TokenGrant:
        self.calls += 1
        if self.async_release is not None:
            await self.async_release.wait()
        return TokenGrant(f"tok-{self.calls}", self.expires_in)


async def release_when_all_tasks_wait(fetch: Fetcher) -> None:
    await anyio.wait_all_tasks_blocked()
    assert fetch.async_release is not None
    fetch.async_release.set()


def used_tokens(requests: list[httpx.Request]) -> list[list[str]]:
    return [request.url.params.get_list("app_token") for request in requests]


def recording_transport(
    requests: list[httpx.Request], answer: httpx.Response | None = None, *, invalid: frozenset[str] = frozenset()
) -> httpx.MockTransport:
    """Answers ``INVALID`` to requests carrying a token in ``invalid``, otherwise ``answer`` or errCode 0.

    Records snapshots: a replay re-sends the same, mutated, request object.
    """

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(httpx.Request(request.method, request.url, content=request.content))
        if request.url.params.get("app_token") in invalid:
            return httpx.Response(200, json={"errCode": INVALID, "errMsg": "token invalid"})
        return answer if answer is not None else httpx.Response(200, json={"errCode": 0, "data": {}})

    return httpx.MockTransport(handler)


def test_marked_requests_get_the_token_in_the_query_and_others_pass_untouched() -> None:
    requests: list[httpx.Request] = []
    auth = AppTokenAuth(static_token="a+b/c=&d")
    with httpx.Client(transport=RetryTransport(recording_transport(requests), tokens=auth)) as client:
        client.get(URL, params={"appid": "1-2", "app_token": "stale"}, extensions=marked())
        client.get(URL, params={"x": "1"}, extensions=marked(app_token=False))
        client.get(URL, params={"x": "1"})
    assert "app_token=a%2Bb%2Fc%3D%26d" in str(requests[0].url)
    assert used_tokens(requests) == [["a+b/c=&d"], [], []]
    assert requests[0].url.params["appid"] == "1-2"


def test_token_is_cached_and_refreshed_before_expiry_with_the_margin() -> None:
    clock, fetch = FakeClock(), Fetcher(expires_in=7200)
    auth = AppTokenAuth(fetch=fetch, clock=clock)
    assert auth.get_token() == "tok-1"
    clock.now += 7200 - 300 - 0.001
    assert auth.get_token() == "tok-1"
    clock.now += 0.001
    assert auth.get_token() == "tok-2"
    assert fetch.calls == 2


def test_short_lived_tokens_use_half_their_lifetime_as_margin() -> None:
    clock, fetch = FakeClock(), Fetcher(expires_in=100)
    auth = AppTokenAuth(fetch=fetch, clock=clock)
    auth.get_token()
    clock.now += 49.9
    assert auth.get_token() == "tok-1"
    clock.now += 0.1
    assert auth.get_token() == "tok-2"


def test_fifty_threads_on_an_expired_token_cause_one_fetch() -> None:
    clock, fetch = ThreadTrackingClock(), Fetcher(expires_in=7200)
    auth = AppTokenAuth(fetch=fetch, clock=clock)
    auth.get_token()
    clock.now += 7200  # expired
    clock.callers.clear()
    fetch.release.clear()
    requests: list[httpx.Request] = []
    errors: list[BaseException] = []

    with httpx.Client(transport=RetryTransport(recording_transport(requests), tokens=auth)) as client:

        def call() -> None:
            try:
                client.get(URL, extensions=marked())
            except BaseException as error:  # surfaced by the assertion below
                errors.append(error)

        threads = [threading.Thread(target=call) for _ in range(50)]
        for thread in threads:
            thread.start()
        # The refresh completes only after every thread has found the token expired.
        assert clock.wait_for_callers(50)
        fetch.release.set()
        for thread in threads:
            thread.join(timeout=5)

    assert errors == []
    assert fetch.calls == 2  # the initial fetch plus exactly one refresh
    assert used_tokens(requests) == [["tok-2"]] * 50


@pytest.mark.anyio
async def test_two_hundred_tasks_on_an_expired_token_cause_one_fetch() -> None:
    clock, fetch = FakeClock(), Fetcher(expires_in=7200)
    fetch.async_release = anyio.Event()
    auth = AppTokenAuth(afetch=fetch.afetch, static_token="expired", clock=clock)
    auth.invalidate()
    requests: list[httpx.Request] = []
    async with (
        httpx.AsyncClient(transport=AsyncRetryTransport(recording_transport(requests), tokens=auth)) as client,
        anyio.create_task_group() as tasks,
    ):
        for _ in range(200):
            tasks.start_soon(lambda: client.get(URL, extensions=marked()))
        tasks.start_soon(release_when_all_tasks_wait, fetch)

    assert fetch.calls == 1
    assert used_tokens(requests) == [["tok-1"]] * 200


def test_invalid_token_answer_causes_one_fetch_and_one_replay_with_the_new_token() -> None:
    requests: list[httpx.Request] = []
    fetch = Fetcher()
    auth = AppTokenAuth(fetch=fetch, static_token="revoked", token_invalid_codes=frozenset({INVALID}))
    transport = recording_transport(requests, invalid=frozenset({"revoked"}))
    with httpx.Client(transport=RetryTransport(transport, tokens=auth)) as client:
        response = client.post(URL, params={"appid": "1-2"}, json={"msg": "hi"}, extensions=marked())
    assert response.json()["errCode"] == 0
    assert fetch.calls == 1
    assert used_tokens(requests) == [["revoked"], ["tok-1"]]
    assert requests[1].content == b'{"msg":"hi"}'
    assert requests[1].url.params["appid"] == "1-2"


def test_a_second_invalid_token_answer_is_returned_without_looping() -> None:
    requests: list[httpx.Request] = []
    fetch = Fetcher()
    auth = AppTokenAuth(fetch=fetch, static_token="revoked", token_invalid_codes=frozenset({INVALID}))
    transport = recording_transport(requests, invalid=frozenset({"revoked", "tok-1"}))
    with httpx.Client(transport=RetryTransport(transport, tokens=auth)) as client:
        response = client.get(URL, extensions=marked())
    assert response.json()["errCode"] == INVALID
    assert fetch.calls == 1
    assert used_tokens(requests) == [["revoked"], ["tok-1"]]


@pytest.mark.anyio
async def test_async_invalid_token_answer_is_replayed_once() -> None:
    requests: list[httpx.Request] = []
    fetch = Fetcher()
    auth = AppTokenAuth(afetch=fetch.afetch, static_token="revoked", token_invalid_codes=frozenset({INVALID}))
    transport = recording_transport(requests, invalid=frozenset({"revoked", "tok-1"}))
    async with httpx.AsyncClient(transport=AsyncRetryTransport(transport, tokens=auth)) as client:
        response = await client.get(URL, extensions=marked())
    assert response.json()["errCode"] == INVALID
    assert used_tokens(requests) == [["revoked"], ["tok-1"]]


@pytest.mark.anyio
async def test_two_hundred_rejections_of_the_same_token_cause_one_refresh() -> None:
    seen: list[str | None] = []
    all_rejected = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("app_token")
        seen.append(token)
        if token != "revoked":
            return httpx.Response(200, json={"errCode": 0})
        if seen.count("revoked") == 200:
            all_rejected.set()
        await all_rejected.wait()  # every task holds a rejection before any of them reacts to it
        return httpx.Response(200, json={"errCode": INVALID})

    fetch = Fetcher()
    auth = AppTokenAuth(afetch=fetch.afetch, static_token="revoked", token_invalid_codes=frozenset({INVALID}))
    async with (
        httpx.AsyncClient(transport=AsyncRetryTransport(httpx.MockTransport(handler), tokens=auth)) as client,
        anyio.create_task_group() as tasks,
    ):
        for _ in range(200):
            tasks.start_soon(lambda: client.get(URL, extensions=marked()))
    assert fetch.calls == 1
    assert (seen.count("revoked"), seen.count("tok-1"), len(seen)) == (200, 200, 400)


@pytest.mark.anyio
async def test_async_client_falls_back_to_the_sync_fetch_in_a_worker_thread() -> None:
    fetch = Fetcher()
    auth = AppTokenAuth(fetch=fetch)
    assert await auth.aget_token() == "tok-1"
    assert fetch.calls == 1


def test_static_token_without_fetch_is_never_refreshed() -> None:
    requests: list[httpx.Request] = []
    clock = FakeClock()
    auth = AppTokenAuth(static_token="external", token_invalid_codes=frozenset({INVALID}), clock=clock)
    transport = recording_transport(requests, invalid=frozenset({"external"}))
    with httpx.Client(transport=RetryTransport(transport, tokens=auth)) as client:
        clock.now += 10 * 365 * 86400
        response = client.get(URL, extensions=marked())
    assert response.json()["errCode"] == INVALID
    assert used_tokens(requests) == [["external"]]


@pytest.mark.anyio
async def test_an_empty_stored_token_is_no_token_and_a_fresh_one_is_fetched() -> None:
    store = MemoryTokenStore()
    store.save_app_token(StoredAppToken("", expires_at=4_000_000_000.0))
    fetch = Fetcher()
    assert AppTokenAuth(fetch=fetch, store=store).get_token() == "tok-1"
    assert await AppTokenAuth(afetch=fetch.afetch, store=store).aget_token() == "tok-1"  # the token saved above
    assert fetch.calls == 1


@pytest.mark.anyio
async def test_async_static_token_without_fetch_is_never_refreshed() -> None:
    """The refusal is the answer: no attempt to fetch a token there is no way to fetch."""
    requests: list[httpx.Request] = []
    auth = AppTokenAuth(static_token="external", token_invalid_codes=frozenset({INVALID}))
    transport = recording_transport(requests, invalid=frozenset({"external"}))
    async with httpx.AsyncClient(transport=AsyncRetryTransport(transport, tokens=auth)) as client:
        response = await client.get(URL, extensions=marked())
    assert response.json()["errCode"] == INVALID
    assert used_tokens(requests) == [["external"]]


def test_static_token_with_fetch_is_used_until_the_server_rejects_it() -> None:
    clock, fetch = FakeClock(), Fetcher()
    auth = AppTokenAuth(fetch=fetch, static_token="external", clock=clock)
    clock.now += 10 * 365 * 86400
    assert auth.get_token() == "external"
    auth.invalidate("external")
    assert auth.get_token() == "tok-1"


def test_invalidate_compares_before_clearing() -> None:
    fetch = Fetcher()
    auth = AppTokenAuth(fetch=fetch)
    auth.get_token()
    auth.invalidate("some-older-token")
    assert auth.get_token() == "tok-1"
    auth.invalidate()
    assert auth.get_token() == "tok-2"


def test_without_any_way_to_get_a_token_the_error_names_the_cause() -> None:
    with pytest.raises(ValueError):
        AppTokenAuth()
    auth = AppTokenAuth(static_token="external")
    auth.invalidate()
    with pytest.raises(ConfigurationError, match="without a synchronous fetch"):
        auth.get_token()


def test_fetch_errors_propagate_unchanged() -> None:
    failure = ConnectionRefusedError("gateway down")

    def fetch() -> TokenGrant:
        raise failure

    with (
        httpx.Client(transport=RetryTransport(recording_transport([]), tokens=AppTokenAuth(fetch=fetch))) as client,
        pytest.raises(ConnectionRefusedError) as raised,
    ):
        client.get(URL, extensions=marked())
    assert raised.value is failure


class WatchedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that records whether anyone started reading it."""

    def __init__(self) -> None:
        self.read = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield b"chunk"

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.read = True
        yield b"chunk"


def test_non_json_streamed_responses_are_not_read_by_auth() -> None:
    body = WatchedStream()
    answer = httpx.Response(200, headers={"Content-Type": "application/octet-stream"}, stream=body)
    auth = AppTokenAuth(fetch=Fetcher(), token_invalid_codes=frozenset({INVALID}))
    with (
        httpx.Client(transport=RetryTransport(recording_transport([], answer), tokens=auth)) as client,
        client.stream("GET", URL, extensions=marked()) as response,
    ):
        assert not body.read
        assert response.read() == b"chunk"


@pytest.mark.anyio
async def test_async_non_json_streamed_responses_are_not_read_by_auth() -> None:
    body = WatchedStream()
    answer = httpx.Response(200, headers={"Content-Type": "text/event-stream"}, stream=body)
    fetch = Fetcher()
    auth = AppTokenAuth(afetch=fetch.afetch, token_invalid_codes=frozenset({INVALID}))
    async with (
        httpx.AsyncClient(transport=AsyncRetryTransport(recording_transport([], answer), tokens=auth)) as client,
        client.stream("GET", URL, extensions=marked()) as response,
    ):
        assert not body.read
        assert await response.aread() == b"chunk"


def test_secrets_stay_out_of_reprs() -> None:
    auth = AppTokenAuth(fetch=Fetcher(), static_token="s3cr3t-token")
    assert "s3cr3t-token" not in repr(auth)
    assert "s3cr3t-token" not in repr(TokenGrant("s3cr3t-token", 7200))
    assert "s3cr3t-token" not in repr(vars(auth))
