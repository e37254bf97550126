"""What mutation testing (`make mutation`) showed no test pinned in the retry, auth and store modules: the messages
users read, the logged retry reasons, JSON answers delivered in pieces or compressed, the edges of the rules."""

from __future__ import annotations

import errno
import gzip
import json
import logging
import os
import re
import secrets
import stat
import sys
import threading
import time
import traceback
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import anyio
import httpx
import pytest
import redis
from lansenger import ConfigurationError, StoreError
from lansenger import _private_files as private
from lansenger import _state_layout as layout
from lansenger._auth import TOKEN_EXTENSION, AppTokenAuth, wants_app_token
from lansenger._file_store import FileTokenStore
from lansenger._hooks import Hooks
from lansenger._redis_store import RedisTokenStore
from lansenger._retry import AsyncRetryTransport, RetryPolicy, RetryTransport, envelope_err_code
from lansenger._store import (
    LenientStore,
    MemoryTokenStore,
    StoredAppToken,
    StoredUserToken,
    app_key,
    detached,
    gateway_identity,
    store_for_client,
)
from lansenger._token_clients import AsyncTokenClient, TokenClient
from lansenger_api.request_meta import RequestMeta

from tests.test_auth import (
    INVALID,
    URL,
    FakeClock,
    Fetcher,
    marked,
    recording_transport,
    release_when_all_tasks_wait,
    used_tokens,
)

RETRY_URL = "https://gw/open/apigw/v1/staffs/fetch?app_token=SECRET-TOKEN&staff_id=1"
JSON = {"Content-Type": "application/json"}


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered in several pieces, as a network transport hands it over."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


class Answers(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands out unread responses (or raises) in order; the last one repeats."""

    def __init__(self, *answers: tuple[int, dict[str, str], tuple[bytes, ...]] | Exception, **extensions: object):
        self.answers = answers
        self.extensions = extensions
        self.calls = 0

    def _next(self, request: httpx.Request) -> httpx.Response:
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        if isinstance(answer, Exception):
            raise answer
        status, headers, chunks = answer
        return httpx.Response(status, headers=headers, stream=Chunks(*chunks), extensions=dict(self.extensions))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._next(request)


def sync_get(answers: Answers, policy: RetryPolicy | None = None) -> tuple[httpx.Response, list[float]]:
    sleeps: list[float] = []
    transport = RetryTransport(answers, policy, sleep=sleeps.append, random=lambda: 1.0)
    with httpx.Client(transport=transport) as client:
        return client.get(RETRY_URL), sleeps


async def async_get(answers: Answers, policy: RetryPolicy | None = None) -> tuple[httpx.Response, list[float]]:
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = AsyncRetryTransport(answers, policy, sleep=sleep, random=lambda: 1.0)
    async with httpx.AsyncClient(transport=transport) as client:
        return await client.get(RETRY_URL), sleeps


# -- _retry ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"max_retries": -1}, "max_retries must be a whole number >= 0"),
        ({"backoff_base": -0.1}, "backoff_base, backoff_cap and retry_after_cap must be >= 0"),
        ({"backoff_cap": -1.0}, "backoff_base, backoff_cap and retry_after_cap must be >= 0"),
        ({"retry_after_cap": -1.0}, "backoff_base, backoff_cap and retry_after_cap must be >= 0"),
    ],
)
def test_policy_errors_say_which_setting_is_wrong(bad: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError) as raised:
        RetryPolicy(**bad)  # type: ignore[arg-type]
    assert str(raised.value) == message


def test_policy_accepts_zero_waits_and_no_retries() -> None:
    policy = RetryPolicy(max_retries=0, backoff_base=0.0, backoff_cap=0.0, retry_after_cap=0.0)
    assert (policy.max_retries, policy.backoff_base, policy.backoff_cap, policy.retry_after_cap) == (0, 0, 0, 0)


def test_an_envelope_with_a_charset_is_still_read_and_replayed() -> None:
    answers = Answers(
        (200, {"Content-Type": "application/json; charset=utf-8"}, (b'{"errCode": 10003}',)),
        (200, JSON, (b'{"errCode": 0}',)),
    )
    response, sleeps = sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (answers.calls, sleeps, response.json()) == (2, [0.5], {"errCode": 0})


@pytest.mark.parametrize("body", [b"[10003]", b'"errCode"', b"10003", b"null"])
def test_json_that_is_no_envelope_has_no_err_code_and_is_not_replayed(body: bytes) -> None:
    assert envelope_err_code(httpx.Response(200, content=body)) is None
    answers = Answers((200, JSON, (body,)))
    response, sleeps = sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (answers.calls, sleeps, response.content) == (1, [], body)


def test_a_compressed_success_is_decoded_before_it_is_judged_and_not_replayed() -> None:
    body = gzip.compress(b'{"errCode": 0, "data": {"ok": true}}')
    answers = Answers((200, {**JSON, "Content-Encoding": "gzip"}, (body,)))
    response, sleeps = sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (answers.calls, sleeps, response.json()) == (1, [], {"errCode": 0, "data": {"ok": True}})


def test_an_envelope_in_several_pieces_is_joined_as_it_came() -> None:
    answers = Answers((200, JSON, (b'{"errCode"', b": 0, ", b'"data": 1}')))
    response, sleeps = sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (answers.calls, sleeps, response.json()) == (1, [], {"errCode": 0, "data": 1})


@pytest.mark.anyio
async def test_async_an_envelope_in_several_pieces_is_joined_as_it_came() -> None:
    answers = Answers((200, JSON, (b'{"errCode"', b": 0, ", b'"data": 1}')))
    response, sleeps = await async_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (answers.calls, sleeps, response.json()) == (1, [], {"errCode": 0, "data": 1})


def test_a_read_envelope_keeps_the_transport_s_response_details() -> None:
    answers = Answers((200, JSON, (b'{"errCode": 0}',)), http_version=b"HTTP/2", reason_phrase=b"Fine")
    response, _ = sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    assert (response.http_version, response.reason_phrase) == ("HTTP/2", "Fine")


@pytest.mark.parametrize(
    ("first", "reason"),
    [
        (httpx.ConnectError("refused"), "ConnectError"),
        ((200, JSON, (b'{"errCode": 10003',)), "malformed JSON"),
        ((200, JSON, (b'{"errCode": 10003}',)), "errCode 10003"),
    ],
)
def test_the_log_names_why_a_request_is_replayed(
    first: tuple[int, dict[str, str], tuple[bytes, ...]] | Exception, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="lansenger")
    answers = Answers(first, (200, JSON, (b'{"errCode": 0}',)))
    sync_get(answers, RetryPolicy(retryable_codes=frozenset({10003})))
    messages = [record.getMessage() for record in caplog.records if record.name == "lansenger"]
    assert messages == [f"Retrying GET /open/apigw/v1/staffs/fetch after {reason} (retry 1 of 2) in 0.50s"]


def test_transports_without_an_inner_one_make_their_own() -> None:
    transport = RetryTransport()
    assert isinstance(transport._inner, httpx.HTTPTransport)
    transport.close()


@pytest.mark.anyio
async def test_async_transports_without_an_inner_one_make_their_own() -> None:
    transport = AsyncRetryTransport()
    assert isinstance(transport._inner, httpx.AsyncHTTPTransport)
    await transport.aclose()


# -- _auth -----------------------------------------------------------------------------------------------------------


class CountingStore(MemoryTokenStore):
    """A memory store that counts its locks, can forget what it is given, and can have another process fetch (put a
    token in the store) while it waits for its lock."""

    def __init__(self, *, keeps: bool = True, fetched_meanwhile: StoredAppToken | None = None) -> None:
        super().__init__()
        self.keeps = keeps
        self.fetched_meanwhile = fetched_meanwhile
        self.locks = 0

    def save_app_token(self, token: StoredAppToken) -> None:
        if self.keeps:
            super().save_app_token(token)

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        self.locks += 1
        with super().lock(key):
            if self.fetched_meanwhile is not None:
                super().save_app_token(self.fetched_meanwhile)
            yield


def test_auth_needs_a_way_to_a_token_and_says_so() -> None:
    with pytest.raises(ValueError) as raised:
        AppTokenAuth()
    assert str(raised.value) == "AppTokenAuth needs fetch, afetch or static_token"


@pytest.mark.parametrize("extensions", [None, {}, {"lansenger": {"app_token": False}}, {"other": 1}])
def test_requests_without_the_marker_want_no_token(extensions: dict[str, object] | None) -> None:
    assert wants_app_token(extensions) is False


def test_auth_repr_tells_whether_it_has_a_token_and_can_refresh() -> None:
    fetch = Fetcher()
    by_fetch = AppTokenAuth(fetch=fetch)
    assert repr(by_fetch) == "AppTokenAuth(has_token=False, refreshable=True)"
    by_fetch.get_token()
    assert repr(by_fetch) == "AppTokenAuth(has_token=True, refreshable=True)"
    assert repr(AppTokenAuth(afetch=fetch.afetch)) == "AppTokenAuth(has_token=False, refreshable=True)"
    assert repr(AppTokenAuth(static_token="external")) == "AppTokenAuth(has_token=True, refreshable=False)"


def test_the_store_s_deadlines_are_read_on_the_wall_clock_given() -> None:
    store = MemoryTokenStore()
    store.save_app_token(StoredAppToken("stored", expires_at=1_000_100.0))
    fetch = Fetcher(expires_in=7200)
    auth = AppTokenAuth(fetch=fetch, clock=lambda: 5.0, wall=lambda: 2_000_000.0, store=store)
    assert auth.get_token() == "tok-1"  # the stored token ended long ago by the wall clock
    assert store.load_app_token() == StoredAppToken("tok-1", expires_at=2_000_000.0 + 7200 - 300)


def test_a_stored_token_is_adopted_to_its_last_second_and_not_beyond() -> None:
    clock, fetch, store = FakeClock(), Fetcher(), MemoryTokenStore()
    store.save_app_token(StoredAppToken("stored", expires_at=clock.now + 0.5))
    auth = AppTokenAuth(fetch=fetch, clock=clock, store=store)
    assert auth.get_token() == "stored"
    clock.now += 0.5
    assert auth.get_token() == "tok-1"
    assert fetch.calls == 1


def test_invalidating_with_nothing_cached_is_harmless() -> None:
    auth = AppTokenAuth(fetch=Fetcher())
    auth.invalidate()
    assert auth.get_token() == "tok-1"


def test_a_token_another_process_fetched_while_we_waited_for_the_lock_is_used() -> None:
    clock, fetch = FakeClock(), Fetcher()
    store = CountingStore(fetched_meanwhile=StoredAppToken("theirs", expires_at=clock.now + 600))
    assert AppTokenAuth(fetch=fetch, clock=clock, store=store).get_token() == "theirs"
    assert fetch.calls == 0


@pytest.mark.anyio
async def test_async_a_token_another_process_fetched_while_we_waited_for_the_lock_is_used() -> None:
    clock, fetch = FakeClock(), Fetcher()
    store = CountingStore(fetched_meanwhile=StoredAppToken("theirs", expires_at=clock.now + 600))
    assert await AppTokenAuth(afetch=fetch.afetch, clock=clock, store=store).aget_token() == "theirs"
    assert fetch.calls == 0


@pytest.mark.anyio
async def test_async_a_valid_stored_token_is_taken_without_the_store_s_lock() -> None:
    clock, fetch, store = FakeClock(), Fetcher(), CountingStore()
    store.save_app_token(StoredAppToken("stored", expires_at=clock.now + 600))
    assert await AppTokenAuth(afetch=fetch.afetch, clock=clock, store=store).aget_token() == "stored"
    assert (fetch.calls, store.locks) == (0, 0)


@pytest.mark.anyio
async def test_async_tasks_that_waited_for_a_fetch_use_its_token_even_when_the_store_forgets_it() -> None:
    fetch = Fetcher()
    fetch.async_release = anyio.Event()
    auth = AppTokenAuth(afetch=fetch.afetch, store=CountingStore(keeps=False))
    tokens: list[str] = []

    async def get() -> None:
        tokens.append(await auth.aget_token())

    async with anyio.create_task_group() as tasks:
        for _ in range(20):
            tasks.start_soon(get)
        tasks.start_soon(release_when_all_tasks_wait, fetch)
    assert (fetch.calls, tokens) == (1, ["tok-1"] * 20)


def pinned(token: str) -> dict[str, object]:
    return {**marked(), TOKEN_EXTENSION: token}


def test_a_request_built_with_a_token_is_sent_and_judged_with_that_token() -> None:
    requests: list[httpx.Request] = []
    fetch = Fetcher()
    auth = AppTokenAuth(fetch=fetch, static_token="current", token_invalid_codes=frozenset({INVALID}))
    with httpx.Client(
        transport=RetryTransport(recording_transport(requests, invalid=frozenset({"built"})), tokens=auth)
    ) as client:
        client.get(URL, params={"app_token": "built"}, extensions=pinned("built"))
    # the rejected token was not the cached one: the cache stays, and the replay carries it
    assert (used_tokens(requests), fetch.calls) == ([["built"], ["current"]], 0)


@pytest.mark.anyio
async def test_async_a_request_built_with_a_token_is_sent_and_judged_with_that_token() -> None:
    requests: list[httpx.Request] = []
    fetch = Fetcher()
    auth = AppTokenAuth(afetch=fetch.afetch, static_token="current", token_invalid_codes=frozenset({INVALID}))
    transport = recording_transport(requests, invalid=frozenset({"built"}))
    async with httpx.AsyncClient(transport=AsyncRetryTransport(transport, tokens=auth)) as client:
        await client.get(URL, params={"app_token": "built"}, extensions=pinned("built"))
    assert (used_tokens(requests), fetch.calls) == ([["built"], ["current"]], 0)


@pytest.mark.anyio
async def test_async_client_with_only_a_sync_fetch_replays_a_rejected_token() -> None:
    requests: list[httpx.Request] = []
    fetch = Fetcher()
    auth = AppTokenAuth(fetch=fetch, static_token="revoked", token_invalid_codes=frozenset({INVALID}))
    transport = recording_transport(requests, invalid=frozenset({"revoked"}))
    async with httpx.AsyncClient(transport=AsyncRetryTransport(transport, tokens=auth)) as client:
        response = await client.get(URL, extensions=marked())
    assert (response.json()["errCode"], used_tokens(requests)) == (0, [["revoked"], ["tok-1"]])


# -- _token_clients --------------------------------------------------------------------------------------------------


def token_client_transport(seen: list[tuple[list[str], str | None, object]]) -> httpx.MockTransport:
    """Records each request's app tokens, staff_id and the token it was built with; rejects ``revoked``."""

    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get_list("app_token")
        seen.append((token, request.url.params.get("staff_id"), request.extensions.get(TOKEN_EXTENSION)))
        code = INVALID if token == ["revoked"] else 0
        return httpx.Response(200, json={"errCode": code, "data": {}})

    return httpx.MockTransport(handler)


def test_token_client_builds_requests_with_the_token_and_replays_a_rejected_one() -> None:
    seen: list[tuple[list[str], str | None, object]] = []
    auth = AppTokenAuth(fetch=Fetcher(), static_token="revoked", token_invalid_codes=frozenset({INVALID}))
    with TokenClient(token_auth=auth, transport=RetryTransport(token_client_transport(seen), tokens=auth)) as client:
        first = client.get(URL, params={"staff_id": "7"}, extensions=marked())
        second = client.get(URL, params={"staff_id": "8"}, extensions=marked())
    assert (first.json()["errCode"], second.json()["errCode"]) == (0, 0)
    assert seen == [(["revoked"], "7", "revoked"), (["tok-1"], "7", "tok-1"), (["tok-1"], "8", "tok-1")]


@pytest.mark.anyio
async def test_async_token_client_builds_requests_with_the_token_and_replays_a_rejected_one() -> None:
    seen: list[tuple[list[str], str | None, object]] = []
    fetch = Fetcher()
    auth = AppTokenAuth(afetch=fetch.afetch, static_token="revoked", token_invalid_codes=frozenset({INVALID}))
    async with AsyncTokenClient(
        token_auth=auth, transport=AsyncRetryTransport(token_client_transport(seen), tokens=auth)
    ) as client:
        first = await client.get(URL, params={"staff_id": "7"}, extensions=marked())
        second = await client.get(URL, params={"staff_id": "8"}, extensions=marked())
    assert (first.json()["errCode"], second.json()["errCode"]) == (0, 0)
    assert seen == [(["revoked"], "7", "revoked"), (["tok-1"], "7", "tok-1"), (["tok-1"], "8", "tok-1")]


# -- _store ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gateway", "identity"),
    [
        ("https://gw.example/X/", "https://gw.example/X"),
        ("https://gw.example/X", "https://gw.example/X"),
        ("http://gw:bad/X/", "http://gw:bad/X"),  # no URL httpx can parse: kept as given, trailing slash off
    ],
)
def test_a_gateway_is_keyed_without_its_trailing_slash_only(gateway: str, identity: str) -> None:
    assert gateway_identity(gateway) == identity


def test_app_ids_are_percent_encoded_whole_in_store_keys() -> None:
    assert app_key("https://gw/", "a/b@c") == "a%2Fb%40c@https://gw"


def test_a_shared_store_without_an_app_id_is_refused_with_the_reason() -> None:
    with pytest.raises(ConfigurationError) as raised:
        store_for_client(MemoryTokenStore(), "https://gw", None)
    assert str(raised.value) == "a token store keeps tokens per app: give app_id too (the app the app_token belongs to)"


def test_a_memory_store_view_leads_to_the_same_views_as_its_root() -> None:
    root = MemoryTokenStore()
    view = root.for_app("https://gw", "app-1")
    assert view.for_app("https://gw", "app-2") is root.for_app("https://gw", "app-2")
    assert view.for_app("https://gw/", "app-1") is view


def user_token(staff_id: str) -> StoredUserToken:
    return StoredUserToken(staff_id, "user-secret", expires_at=1e10, refresh_token=None, refresh_expires_at=1e10)


def test_deleting_a_user_token_removes_that_user_only_and_tolerates_absent_ones() -> None:
    store = MemoryTokenStore()
    lenient = LenientStore(store)
    for staff in ("s1", "s2", "s3"):
        store.save_user_token(user_token(staff))
    store.delete_user_token("s1")
    lenient.delete_user_token("s2")
    store.delete_user_token("nobody")
    assert [store.load_user_token(staff) for staff in ("s1", "s2", "s3")] == [None, None, user_token("s3")]


class RefusingStore(MemoryTokenStore):
    def save_app_token(self, token: StoredAppToken) -> None:
        raise StoreError("disk full")

    def save_user_token(self, token: StoredUserToken) -> None:
        raise OSError(28, "No space left on device")


def test_a_token_that_cannot_be_saved_is_logged_without_it(caplog: pytest.LogCaptureFixture) -> None:
    lenient = LenientStore(RefusingStore())
    with caplog.at_level(logging.WARNING, "lansenger"):
        lenient.save_app_token(StoredAppToken("app-secret-token", expires_at=1e10))
        lenient.save_user_token(user_token("s1"))
    assert [record.getMessage() for record in caplog.records] == [
        "the app token could not be saved to the token store; it is used anyway: disk full",
        "the user token of staff 's1' could not be saved to the token store; it is used anyway: "
        "[Errno 28] No space left on device",
    ]


def raised(error: BaseException) -> BaseException:
    """`error` with a traceback, as an except clause gets it."""
    try:
        raise error
    except BaseException as caught:
        return caught


def test_detached_strips_every_frame_of_a_branching_chain() -> None:
    root_cause, context, context_cause = raised(KeyError("a")), raised(OSError("b")), raised(ValueError("c"))
    context.__cause__ = context_cause
    error = raised(RuntimeError("top"))
    error.__cause__, error.__context__ = root_cause, context
    assert detached(error) is error
    assert [e.__traceback__ for e in (error, root_cause, context, context_cause)] == [None] * 4


def test_detached_follows_a_cause_past_a_missing_context() -> None:
    cause = raised(KeyError("a"))
    error = raised(RuntimeError("top"))
    error.__cause__, error.__context__ = cause, None
    detached(error)
    assert (error.__traceback__, cause.__traceback__) == (None, None)


def test_detached_ends_on_a_chain_that_loops() -> None:
    first, second = raised(KeyError("a")), raised(OSError("b"))
    first.__context__, second.__context__ = second, first
    detached(first)
    assert (first.__traceback__, second.__traceback__) == (None, None)


# -- _file_store -----------------------------------------------------------------------------------------------------


def state_file(path: Path, state: object) -> Path:
    path.write_text(json.dumps(state), encoding="utf-8")
    return path


def profile_of(path: Path, profile: str = "default") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["profiles"][profile]
    return data


@pytest.mark.parametrize("active", [5, ["work"], {"work": 1}, ""])
def test_an_active_profile_that_is_no_name_falls_back_to_default(tmp_path: Path, active: object) -> None:
    path = state_file(tmp_path / "state.json", {"profiles": {"work": {}}, "active_profile": active})
    assert FileTokenStore(path).profile == "default"


def test_file_store_repr_names_path_profile_and_app(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "state.json", profile="work")
    assert repr(store) == f"FileTokenStore(path={str(tmp_path / 'state.json')!r}, profile='work')"
    assert repr(store.for_app("https://gw/", "a/1")) == (
        f"FileTokenStore(path={str(tmp_path / 'state.json')!r}, profile='work', app='a%2F1@https://gw')"
    )


def test_state_file_errors_name_the_file_and_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as raised:
        FileTokenStore(tmp_path)
    assert str(raised.value) == f"cannot read the token state file {tmp_path}: it is a directory, not a regular file"
    path = state_file(tmp_path / "state.json", [])
    with pytest.raises(StoreError) as raised:
        FileTokenStore(path)
    assert str(raised.value) == (
        f"the token state file {path} is corrupt: the top level is not an object; "
        "it was left untouched, fix or remove it"
    )


@pytest.mark.parametrize(("profile", "shown"), [(None, "default"), ("work", "work")])
def test_a_store_that_fails_its_first_read_shows_its_profile_in_the_traceback(
    tmp_path: Path, profile: str | None, shown: str
) -> None:
    """A traceback rendered with local variables (as error trackers do) shows the store being built."""
    path = state_file(tmp_path / "state.json", [])
    with pytest.raises(StoreError) as raised:
        FileTokenStore(path, profile=profile)
    rendered = "".join(traceback.TracebackException.from_exception(raised.value, capture_locals=True).format())
    assert f"self = FileTokenStore(path={str(path)!r}, profile={shown!r})" in rendered


def test_a_failed_write_names_the_file_and_the_os_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = FileTokenStore(tmp_path / "state.json")

    def fsync(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(StoreError) as raised:
        store.save_app_token(StoredAppToken("app-secret-token", expires_at=4102444500))
    assert str(raised.value) == (
        f"cannot write the token state file {tmp_path / 'state.json'}: {os.strerror(errno.EIO)} (errno {errno.EIO})"
    )


def test_profile_data_is_a_copy_the_caller_may_change(tmp_path: Path) -> None:
    path = state_file(tmp_path / "state.json", {"profiles": {"default": {"user_tokens": {"s1": {"user_token": "u"}}}}})
    store = FileTokenStore(path)
    store.profile_data()["user_tokens"]["s1"]["user_token"] = "changed"
    assert store.profile_data() == {"user_tokens": {"s1": {"user_token": "u"}}}


def test_unknown_settings_are_refused_by_name(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "state.json")
    with pytest.raises(ValueError) as raised:
        store.save_settings({"app_id": "1", "bogus": "x", "app_token": "y"})
    assert str(raised.value) == (
        "not profile settings: ['app_token', 'bogus'] (known: app_id, app_secret, api_gateway_url, passport_url, "
        "redirect_uri, encoding_key, callback_token, identity_type)"
    )
    assert not (tmp_path / "state.json").exists()


def test_removing_a_setting_the_profile_lacks_is_harmless(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "state.json")
    store.save_settings({"app_id": "1", "passport_url": None})
    assert profile_of(tmp_path / "state.json") == {"app_id": "1"}


def test_a_user_entry_without_a_user_token_is_no_login(tmp_path: Path) -> None:
    path = state_file(tmp_path / "state.json", {"profiles": {"default": {"user_tokens": {"s1": {"user_token": ""}}}}})
    store = FileTokenStore(path)
    assert (store.load_user_token("s1"), store.staff_ids()) == (None, [])


def test_saving_a_user_token_keeps_the_entry_s_unknown_keys_and_writes_no_refresh_token_as_empty(
    tmp_path: Path,
) -> None:
    entry = {"user_token": "old", "device": "phone"}
    path = state_file(tmp_path / "state.json", {"profiles": {"default": {"user_tokens": {"s1": entry}}}})
    FileTokenStore(path).save_user_token(user_token("s1"))
    assert profile_of(path)["user_tokens"]["s1"] == {
        "user_token": "user-secret",
        "device": "phone",
        "refresh_token": "",
        "user_token_expiry": 10_000_000_000,
        "refresh_token_expiry": 10_000_000_000,
    }


def test_an_app_s_view_lists_and_deletes_its_own_logins_only(tmp_path: Path) -> None:
    path = state_file(
        tmp_path / "state.json",
        {"profiles": {"default": {"app_id": "app-a", "user_tokens": {"s1": {"user_token": "a-s1"}}}}},
    )
    other = FileTokenStore(path).for_app("https://gw", "app-b")
    other.save_user_token(user_token("s1"))
    other.save_user_token(user_token("s2"))
    assert other.staff_ids() == ["s1", "s2"]
    other.delete_user_token("s1")
    other.delete_user_token("nobody")
    own = FileTokenStore(path).for_app("https://gw", "app-a")
    assert (own.staff_ids(), other.staff_ids()) == (["s1"], ["s2"])


def test_deleting_a_flat_single_user_login_removes_it(tmp_path: Path) -> None:
    flat = {"staff_id": "s1", "user_token": "flat", "refresh_token": "r", "user_token_expiry": 4102444500}
    path = state_file(tmp_path / "state.json", flat)
    store = FileTokenStore(path)
    store.delete_user_token("s1")
    assert (store.load_user_token("s1"), store.staff_ids()) == (None, [])


def test_the_state_file_is_written_as_the_peers_write_it(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    FileTokenStore(path).save_settings({"app_id": "1", "identity_type": "员工"})
    expected = {"profiles": {"default": {"app_id": "1", "identity_type": "员工"}}, "active_profile": "default"}
    assert path.read_bytes() == json.dumps(expected, ensure_ascii=False, indent=2).encode() + b"\n"


# -- _state_layout ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["1700000000", None, True, 10**400, float("inf"), float("-inf"), float("nan")])
def test_an_expiry_that_is_no_finite_number_reads_as_long_expired(value: object) -> None:
    assert layout.number(value) == 0.0


def test_an_expiry_that_is_a_number_reads_as_it_is() -> None:
    assert (layout.number(1700000000), layout.number(1.5)) == (1700000000.0, 1.5)


@pytest.mark.parametrize("value", ["", 5, None, ["t"]])
def test_only_non_empty_text_is_text(value: object) -> None:
    assert layout.text(value) is None


def test_what_is_wrong_with_a_state_file_is_said_in_words() -> None:
    problem = private.parsed(b"{", layout.state_of)
    assert isinstance(problem, str) and problem.startswith("not JSON (JSONDecodeError: Expecting property name")
    assert private.parsed(b"[]", layout.state_of) == "the top level is not an object"
    assert private.parsed(b'{"profiles": []}', layout.state_of) == "'profiles' is not an object of objects"
    assert private.parsed(b'{"profiles": {"a": 1}}', layout.state_of) == "'profiles' is not an object of objects"


def test_a_legacy_flat_file_reads_as_the_active_default_profile() -> None:
    state = private.parsed(b'{"app_id": "1"}', layout.state_of)
    assert state == {"profiles": {"default": {"app_id": "1"}}, "active_profile": "default"}


FLAT_S3 = {
    "user_token": "u3",
    "refresh_token": None,
    "user_token_expiry": None,
    "refresh_token_expiry": None,
    "staff_id": "s3",
}
B = ("https://gw", "app-b")
B_KEY = "app-b@https://gw"


def test_an_unnamed_profile_with_the_app_s_tokens_aside_is_not_claimed() -> None:
    data: dict[str, Any] = {"other_apps": {B_KEY: {"app_token": "b"}}}
    assert layout.tokens_to_change(data, B) is data["other_apps"][B_KEY]
    assert "app_id" not in data


def test_an_unnamed_profile_of_the_app_s_gateway_is_claimed() -> None:
    data: dict[str, Any] = {"api_gateway_url": "https://gw/"}
    assert layout.tokens_to_change(data, B) is data
    assert data == {"api_gateway_url": "https://gw/", "app_id": "app-b"}


def test_the_tokens_an_app_has_aside_are_changed_in_place() -> None:
    data: dict[str, Any] = {"app_id": "app-a", "other_apps": {B_KEY: {"app_token": "b", "x": 1}}}
    assert layout.tokens_to_change(data, B) == {"app_token": "b", "x": 1}


@pytest.mark.parametrize(
    ("data", "claimable"),
    [
        ({}, True),
        ({"api_gateway_url": "https://gw/"}, True),
        ({"api_gateway_url": "https://other"}, False),
        ({"app_id": "app-a"}, False),
        ({"app_token": "t"}, False),
        ({"user_tokens": {"s1": {"user_token": "u"}}}, False),
    ],
)
def test_a_profile_is_unclaimed_when_it_names_no_app_holds_no_tokens_and_records_no_other_gateway(
    data: dict[str, Any], claimable: bool
) -> None:
    assert layout.unclaimed(data, "https://gw") is claimable


def test_the_named_app_and_whether_a_profile_still_names_it() -> None:
    assert layout.named_app({"app_id": "a"}) == ("a", None)
    assert layout.named_app({"app_id": "a", "api_gateway_url": "https://gw/"}) == ("a", "https://gw")
    assert layout.still_names({"app_id": "a"}, ("a", None))
    assert layout.still_names({"app_id": "a", "api_gateway_url": "https://gw/"}, ("a", "https://gw"))
    assert not layout.still_names({"app_id": "a", "api_gateway_url": "https://other"}, ("a", "https://gw"))
    assert not layout.still_names({"app_id": "b"}, ("a", None))


def test_moving_tokens_aside_keeps_what_is_there_and_blanks_the_flat_login() -> None:
    data: dict[str, Any] = {
        "app_id": "new",
        "app_token": "t",
        "user_tokens": {"s1": {"user_token": "u1"}},
        "staff_id": "s3",
        "user_token": "u3",
        "other_apps": {"x@https://gw": {"app_token": "x"}, "a@": {"user_tokens": {"s2": {"user_token": "u2"}}}},
    }
    layout.move_tokens_aside(data, ("a", None))
    assert data == {
        "app_id": "new",
        "staff_id": "",
        "user_token": "",
        "other_apps": {
            "x@https://gw": {"app_token": "x"},
            "a@": {
                "app_token": "t",
                "app_token_expiry": 0,
                "user_tokens": {
                    "s1": {"user_token": "u1"},
                    "s3": FLAT_S3,
                    "s2": {"user_token": "u2"},
                },
            },
        },
    }


def test_moving_only_logins_aside_keeps_the_app_token_already_aside() -> None:
    data: dict[str, Any] = {"user_tokens": {"s1": {"user_token": "u1"}}, "app_token_expiry": 5}
    data["other_apps"] = {"a@https://gw": {"app_token": "kept", "app_token_expiry": 9}}
    layout.move_tokens_aside(data, ("a", "https://gw"))
    assert data == {
        "other_apps": {
            "a@https://gw": {"app_token": "kept", "app_token_expiry": 9, "user_tokens": {"s1": {"user_token": "u1"}}}
        }
    }


def test_taking_back_tokens_restores_them_whole_and_never_over_the_profile_s_own() -> None:
    data: dict[str, Any] = {"app_id": "a", "other_apps": {"a@": {"app_token": "t", "app_token_expiry": 7, "y": 1}}}
    layout.take_back_tokens(data)
    assert data == {"app_id": "a", "app_token": "t", "app_token_expiry": 7}
    own: dict[str, Any] = {"app_id": "a", "app_token": "mine", "other_apps": {"a@": {"app_token": "old"}}}
    layout.take_back_tokens(own)
    assert own == {"app_id": "a", "app_token": "mine", "other_apps": {"a@": {"app_token": "old"}}}


def test_a_flat_login_needs_both_a_staff_id_and_a_token() -> None:
    assert layout.user_entries({"user_token": "u"}) == {}
    assert layout.user_entries({"staff_id": "s1"}) == {}


def test_moving_only_logins_aside_moves_no_app_token() -> None:
    data: dict[str, Any] = {"app_id": "a", "user_tokens": {"s1": {"user_token": "u1"}}}
    layout.move_tokens_aside(data, ("a", None))
    assert data == {"app_id": "a", "other_apps": {"a@": {"user_tokens": {"s1": {"user_token": "u1"}}}}}


# -- _private_files --------------------------------------------------------------------------------------------------


def test_why_an_os_call_failed_is_said_in_words(tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "target")
    plain = tmp_path / "plain"
    symlink_refused = "it is a symlink (refused: give the path of the file itself)"
    assert private.reason(OSError(errno.ELOOP, "Too many levels of symbolic links"), link) == symlink_refused
    assert private.reason(OSError(errno.EACCES, "Permission denied"), link) == "Permission denied (errno 13)"
    assert private.reason(OSError(errno.ELOOP, "Loop"), plain) == "Loop (errno 40)"
    assert private.reason(OSError("odd"), plain) == "OSError (errno None)"


def test_a_symlinked_state_file_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(StoreError) as raised:
        FileTokenStore(path)
    assert str(raised.value) == (
        f"cannot read the token state file {path}: it is a symlink (refused: give the path of the file itself)"
    )
    assert isinstance(raised.value.__cause__, OSError) and raised.value.__cause__.errno == errno.ELOOP


def test_a_state_file_that_cannot_be_examined_is_named_with_the_os_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(b"{}")

    def fstat(fd: int) -> os.stat_result:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fstat", fstat)
    with pytest.raises(StoreError) as raised:
        private.read_regular(path, "the token state file")
    monkeypatch.undo()
    why = f"{os.strerror(errno.EIO)} (errno {errno.EIO})"
    assert str(raised.value) == f"cannot read the token state file {path}: {why}"
    assert isinstance(raised.value.__cause__, OSError) and raised.value.__cause__.errno == errno.EIO


def test_a_lock_file_that_cannot_be_opened_is_named_with_the_os_error(tmp_path: Path) -> None:
    (tmp_path / "state.json.lock").mkdir()
    with pytest.raises(StoreError) as raised:
        FileTokenStore(tmp_path / "state.json").save_app_token(StoredAppToken("t", expires_at=4102444500))
    why = f"{os.strerror(errno.EISDIR)} (errno {errno.EISDIR})"
    assert str(raised.value) == f"cannot open the lock file {tmp_path / 'state.json.lock'}: {why}"
    assert isinstance(raised.value.__cause__, IsADirectoryError)


def test_a_lock_file_that_cannot_be_examined_is_closed_and_named_with_the_os_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[int] = []
    real_close = os.close

    def fstat(fd: int) -> os.stat_result:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    def close(fd: int) -> None:
        closed.append(fd)
        real_close(fd)

    monkeypatch.setattr(os, "fstat", fstat)
    monkeypatch.setattr(os, "close", close)
    with pytest.raises(StoreError) as raised:
        private.open_lock(tmp_path / "state.json.lock")
    monkeypatch.undo()
    why = f"{os.strerror(errno.EIO)} (errno {errno.EIO})"
    assert str(raised.value) == f"cannot open the lock file {tmp_path / 'state.json.lock'}: {why}"
    assert isinstance(raised.value.__cause__, OSError) and len(closed) == 1


def test_a_fifo_as_lock_file_is_refused_in_words(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "state.json.lock")
    with pytest.raises(StoreError) as raised:
        private.open_lock(tmp_path / "state.json.lock")
    assert (
        str(raised.value)
        == f"cannot open the lock file {tmp_path / 'state.json.lock'}: it is a FIFO, not a regular file"
    )


TEMP_NAME = re.compile(r"\.state\.json\.[0-9a-f]{12}\.tmp")


def test_a_temp_file_is_created_0600_under_a_name_a_later_writer_recognises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, str]] = []
    real_fchmod = os.fchmod

    def inspecting_fchmod(fd: int, mode: int) -> None:
        (name,) = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        seen.append((os.fstat(fd).st_mode & 0o777, name))
        real_fchmod(fd, mode)

    monkeypatch.setattr(os, "fchmod", inspecting_fchmod)
    previous = os.umask(0)
    try:
        private.write_atomically(tmp_path / "state.json", b"{}")
    finally:
        os.umask(previous)
    ((mode, name),) = seen
    assert mode == 0o600 and TEMP_NAME.fullmatch(name)


def test_a_file_planted_under_the_temp_name_is_never_written_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "target"
    target.write_bytes(b"theirs")
    (tmp_path / ".state.json.000000000000.tmp").symlink_to(target)
    monkeypatch.setattr(secrets, "token_hex", lambda n: "0" * 2 * n)
    with pytest.raises(FileExistsError):
        private.write_atomically(tmp_path / "state.json", b"tokens")
    assert target.read_bytes() == b"theirs" and not (tmp_path / "state.json").exists()


def test_a_failed_rename_is_the_error_reported_even_when_the_cleanup_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def replace(source: object, target: object) -> None:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))

    def unlink(path: object) -> None:
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "unlink", unlink)
    with pytest.raises(OSError) as raised:
        private.write_atomically(tmp_path / "state.json", b"{}")
    assert raised.value.errno == errno.EXDEV


def orphan(path: Path, age: float, now: float) -> Path:
    path.write_bytes(b"left by a killed writer")
    os.utime(path, (now - age, now - age))
    return path


def test_orphans_are_removed_from_their_age_on_and_only_regular_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = 1_800_000_000.0
    due = orphan(tmp_path / ".state.json.00000000000a.tmp", private.ORPHAN_AGE, now)
    young = orphan(tmp_path / ".state.json.00000000000b.tmp", private.ORPHAN_AGE - 1, now)
    old_target = orphan(tmp_path / "old", 3600, now)
    link = tmp_path / ".state.json.00000000000c.tmp"
    link.symlink_to(old_target)
    monkeypatch.setattr(time, "time", lambda: now)
    private.remove_orphans(tmp_path / "state.json")
    monkeypatch.undo()
    assert (due.exists(), young.exists(), link.is_symlink(), old_target.exists()) == (False, True, True, True)


def test_an_orphan_that_cannot_be_removed_or_a_directory_that_cannot_be_listed_stops_no_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    orphan(tmp_path / ".state.json.00000000000a.tmp", 3600, time.time())

    def unlink(path: object) -> None:
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "unlink", unlink)
    private.write_atomically(tmp_path / "state.json", b"1")
    monkeypatch.undo()

    def scandir(path: object) -> object:
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "scandir", scandir)
    private.write_atomically(tmp_path / "state.json", b"2")
    assert (tmp_path / "state.json").read_bytes() == b"2"


def test_directories_are_created_0700_and_one_another_process_made_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_mkdir, real_chmod = os.mkdir, os.chmod
    modes: dict[str, int] = {}

    def racing_mkdir(path: Any, mode: int = 0o777) -> None:
        real_mkdir(path, mode)
        if Path(path).name == "a":
            raise FileExistsError(errno.EEXIST, "made by another process")

    def inspecting_chmod(path: Any, mode: int) -> None:
        modes[Path(path).name] = os.stat(path).st_mode & 0o777
        real_chmod(path, mode)

    monkeypatch.setattr(os, "mkdir", racing_mkdir)
    monkeypatch.setattr(os, "chmod", inspecting_chmod)
    previous = os.umask(0)
    try:
        private.private_directories(tmp_path / "a" / "b" / "c")
    finally:
        os.umask(previous)
    assert (tmp_path / "a" / "b" / "c").is_dir()
    assert modes == {"b": 0o700, "c": 0o700}


@pytest.mark.parametrize(
    ("mode", "kind"),
    [
        (stat.S_IFREG | 0o600, None),
        (stat.S_IFIFO | 0o600, "a FIFO"),
        (stat.S_IFDIR | 0o700, "a directory"),
        (stat.S_IFLNK | 0o777, "not a regular file"),  # a kind without a name of its own is still refused
    ],
)
def test_what_a_file_is_when_it_is_not_a_regular_one(mode: int, kind: str | None) -> None:
    assert private.file_kind(mode) == kind


# -- _redis_store ----------------------------------------------------------------------------------------------------


def redis_store(redis_url: str, **options: Any) -> tuple[RedisTokenStore, redis.Redis, str]:
    prefix = f"mut-{secrets.token_hex(4)}:"
    return RedisTokenStore(redis_url, prefix=prefix, **options), redis.Redis.from_url(redis_url), prefix


def test_redis_store_needs_exactly_one_of_url_and_client(redis_url: str) -> None:
    message = "give RedisTokenStore a url or a client (one of them)"
    with pytest.raises(ConfigurationError) as neither:
        RedisTokenStore()
    with pytest.raises(ConfigurationError) as both:
        RedisTokenStore(redis_url, client=redis.Redis.from_url(redis_url))
    assert (str(neither.value), str(both.value)) == (message, message)


@pytest.mark.parametrize(("options", "seconds"), [({}, 5.0), ({"timeout": 0.25}, 0.25)])
def test_a_redis_store_built_from_a_url_times_out_its_sockets(
    redis_url: str, options: dict[str, Any], seconds: float
) -> None:
    store = RedisTokenStore(redis_url, **options)
    settings = store.redis.connection_pool.connection_kwargs
    assert (settings["socket_timeout"], settings["socket_connect_timeout"]) == (seconds, seconds)
    given = redis.Redis.from_url(redis_url)
    assert RedisTokenStore(client=given, **options).redis is given


@pytest.mark.parametrize("timeout", [0, -1.0, float("nan"), float("inf")])
def test_a_redis_store_refuses_a_timeout_that_is_no_number_of_seconds(redis_url: str, timeout: float) -> None:
    with pytest.raises(ConfigurationError, match=r"^timeout must be a positive number of seconds$"):
        RedisTokenStore(redis_url, timeout=timeout)


def test_redis_store_repr_shows_its_prefix_only(redis_url: str) -> None:
    store = RedisTokenStore(redis_url)
    assert repr(store) == "RedisTokenStore(prefix='lansenger:')"
    view = store.for_app("https://gw/", "a/1")
    assert repr(view) == "RedisTokenStore(prefix='lansenger:a%2F1@https://gw:')"
    assert repr(view.for_app("https://gw", "b")) == "RedisTokenStore(prefix='lansenger:b@https://gw:')"


@pytest.mark.parametrize(
    ("record", "why"),
    [
        (b"[]", "not a JSON object"),
        (b"{", "not JSON (JSONDecodeError)"),
        (b"\xff", "not JSON (UnicodeDecodeError)"),
        (b'{"token": "", "expires_at": 1e10}', "'token' is not a non-empty string"),
        (b'{"token": "t", "expires_at": true}', "'expires_at' is not a number"),
        (b'{"token": "t", "expires_at": NaN}', "'expires_at' is not a number"),
        (b'{"token": "t", "expires_at": "1e10"}', "'expires_at' is not a number"),
    ],
)
def test_a_corrupt_redis_record_is_named_with_what_is_wrong(redis_url: str, record: bytes, why: str) -> None:
    store, raw, prefix = redis_store(redis_url)
    raw.set(f"{prefix}app_token", record)
    with pytest.raises(StoreError) as raised:
        store.load_app_token()
    assert str(raised.value) == f"Redis key '{prefix}app_token' holds a corrupt token record: {why}"


def test_a_user_record_may_lack_its_optional_fields(redis_url: str) -> None:
    store, raw, prefix = redis_store(redis_url)
    record = {"user_token": "u", "expires_at": 1, "refresh_token": "", "refresh_expires_at": 2.5}
    raw.set(f"{prefix}user_token:s1", json.dumps(record))
    assert store.load_user_token("s1") == StoredUserToken("s1", "u", 1.0, None, 2.5, None)


def test_redis_keeps_a_token_exactly_as_long_as_it_is_usable(redis_url: str) -> None:
    store, raw, prefix = redis_store(redis_url)
    store.save_app_token(StoredAppToken("t", expires_at=time.time() + 100))
    assert 98_000 < raw.pttl(f"{prefix}app_token") <= 100_000
    # a user token that has ended is kept while its refresh token lives
    user = StoredUserToken(
        "s1", "u", expires_at=time.time() - 10, refresh_token="r", refresh_expires_at=time.time() + 50
    )
    store.save_user_token(user)
    assert 48_000 < raw.pttl(f"{prefix}user_token:s1") <= 50_000
    assert store.load_user_token("s1") == user


def test_redis_drops_a_token_saved_already_ended(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store, raw, prefix = redis_store(redis_url)
    store.save_app_token(StoredAppToken("old", expires_at=time.time() + 100))
    monkeypatch.setattr(time, "time", lambda: 1_800_000_000.0)
    store.save_app_token(StoredAppToken("ended", expires_at=1_800_000_000.0))
    monkeypatch.undo()
    assert raw.exists(f"{prefix}app_token") == 0


def test_a_redis_lock_lives_lock_timeout_and_is_waited_for_lock_wait(redis_url: str) -> None:
    store, raw, prefix = redis_store(redis_url, lock_timeout=30.0, lock_wait=0.05)
    with store.lock("app_token"):
        assert 29_000 < raw.pttl(f"{prefix}lock:app_token") <= 30_000
        started = time.monotonic()
        with pytest.raises(StoreError) as raised, store.lock("app_token"):
            pass
        assert time.monotonic() - started < 5
    assert str(raised.value) == "could not acquire the Redis lock 'app_token' within 0.05 s"
    assert raw.exists(f"{prefix}lock:app_token") == 0


def test_a_redis_lock_may_be_released_by_another_thread(redis_url: str) -> None:
    store, raw, prefix = redis_store(redis_url)
    manager = store.lock("app_token")
    manager.__enter__()
    released: list[BaseException | None] = []

    def release() -> None:
        try:
            manager.__exit__(None, None, None)
            released.append(None)
        except BaseException as error:
            released.append(error)

    worker = threading.Thread(target=release)
    worker.start()
    worker.join()
    assert released == [None] and raw.exists(f"{prefix}lock:app_token") == 0


def test_a_redis_lock_that_expired_while_held_says_so(redis_url: str) -> None:
    store, raw, prefix = redis_store(redis_url, lock_timeout=60.0)
    with pytest.raises(StoreError) as raised, store.lock("app_token"):
        raw.delete(f"{prefix}lock:app_token")  # as its expiry would
    assert str(raised.value) == (
        "Redis token store: could not release the lock 'app_token': "
        "the lock expired (lock_timeout 60.0 s) before it was released"
    )


def test_an_unreachable_redis_is_named_with_the_action_and_the_error(tmp_path: Path) -> None:
    store = RedisTokenStore(f"unix://{tmp_path / 'nothing.sock'}")
    with pytest.raises(StoreError) as raised:
        store.load_user_token("s1")
    assert str(raised.value).startswith("Redis token store: could not read 'user_token:s1': ConnectionError: ")
    assert isinstance(raised.value.__cause__, redis.ConnectionError)
    with pytest.raises(StoreError) as raised:
        store.delete_user_token("s1")
    assert str(raised.value).startswith("Redis token store: could not delete the user token of 's1': ConnectionError")
    with pytest.raises(StoreError) as raised:
        store.save_app_token(StoredAppToken("t", expires_at=time.time() + 100))
    assert str(raised.value).startswith("Redis token store: could not save the app token: ConnectionError")
    with pytest.raises(StoreError) as raised:
        store.save_user_token(user_token("s1"))
    assert str(raised.value).startswith("Redis token store: could not save the user token of 's1': ConnectionError")


def test_failures_beside_the_tokens_are_store_errors_naming_the_action(redis_url: str) -> None:
    """`failures` is for records an app keeps beside its tokens (bulk-send progress): the same errors as the store's."""
    store, _, _ = redis_store(redis_url)
    with pytest.raises(StoreError) as raised, store.failures("record chunk 3"):
        raise redis.ConnectionError("down")
    assert str(raised.value).startswith("Redis token store: could not record chunk 3: ConnectionError")


def test_without_redis_py_the_store_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # as if not installed: importing it raises ImportError
    with pytest.raises(ConfigurationError) as raised:
        RedisTokenStore("redis://localhost")
    assert str(raised.value) == "RedisTokenStore needs redis-py: pip install 'lansenger[redis]'"


class RecordingRedis(redis.Redis):
    """A real client that also records how the store asks for locks and keys."""

    calls: list[tuple[str, object]]

    def lock(self, name: Any, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(("lock", {k: kwargs[k] for k in ("timeout", "blocking_timeout", "thread_local")}))
        return super().lock(name, *args, **kwargs)

    def set(self, name: Any, value: Any, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(("set", kwargs.get("px")))
        return super().set(name, value, *args, **kwargs)

    def delete(self, *names: Any) -> Any:
        self.calls.append(("delete", None))
        return super().delete(*names)


def recording_client(redis_url: str) -> RecordingRedis:
    client = cast(RecordingRedis, RecordingRedis.from_url(redis_url))
    client.calls = []
    return client


def test_redis_locks_live_a_minute_and_are_waited_for_two_by_default(redis_url: str) -> None:
    client = recording_client(redis_url)
    with RedisTokenStore(client=client, prefix=f"mut-{secrets.token_hex(4)}:").lock("app_token"):
        pass
    assert client.calls[0] == ("lock", {"timeout": 60.0, "blocking_timeout": 120.0, "thread_local": False})


def test_a_token_with_a_millisecond_left_is_kept_for_that_millisecond(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = recording_client(redis_url)
    store = RedisTokenStore(client=client, prefix=f"mut-{secrets.token_hex(4)}:")
    monkeypatch.setattr(time, "time", lambda: 1_800_000_000.0)
    store.save_app_token(StoredAppToken("t", expires_at=1_800_000_000.0015))
    store.save_app_token(StoredAppToken("t", expires_at=1_800_000_000.0))
    monkeypatch.undo()
    assert client.calls == [("set", 1), ("delete", None)]


# -- _retry: hooks, replays, the metadata it reads ------------------------------------------------------------------

SEND_URL = "https://gw/open/apigw/v1/bot/messages/create"


def _meta(*, idempotent: bool = False, app_token: bool = True) -> dict[str, object]:
    return RequestMeta(operation="op", app_token=app_token, idempotent=idempotent, buffered=True).extensions()


def _answering(*answers: httpx.Response) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(httpx.Request(request.method, request.url))
        return answers[min(len(seen), len(answers)) - 1]

    return httpx.MockTransport(answer), seen


async def _hooked_send(in_async: bool, hooks: Hooks, transport: httpx.MockTransport) -> httpx.Response:
    if in_async:
        async with httpx.AsyncClient(transport=AsyncRetryTransport(transport, hooks=hooks)) as client:
            return await client.post(SEND_URL, params={"app_token": "SECRET"}, json={"a": 1}, extensions=_meta())
    with httpx.Client(transport=RetryTransport(transport, hooks=hooks)) as client:
        return client.post(SEND_URL, params={"app_token": "SECRET"}, json={"a": 1}, extensions=_meta())


@pytest.mark.anyio
@pytest.mark.parametrize("in_async", [False, True], ids=["sync", "async"])
async def test_response_hooks_see_the_answer_with_its_request_and_json_body(in_async: bool) -> None:
    answers: list[httpx.Response] = []
    transport, _ = _answering(httpx.Response(200, json={"errCode": 0, "data": {"msgId": "m"}}))
    await _hooked_send(in_async, Hooks({"response": [answers.append]}), transport)
    (answer,) = answers
    assert answer.json() == {"errCode": 0, "data": {"msgId": "m"}}
    assert (answer.request.method, answer.request.url.path) == ("POST", "/open/apigw/v1/bot/messages/create")
    assert "SECRET" not in str(answer.request.url)


@pytest.mark.anyio
@pytest.mark.parametrize("in_async", [False, True], ids=["sync", "async"])
async def test_response_hooks_see_no_body_of_an_answer_that_is_not_json(in_async: bool) -> None:
    answers: list[httpx.Response] = []
    transport, _ = _answering(httpx.Response(200, headers={"content-type": "text/html"}, content=b"<html>"))
    response = await _hooked_send(in_async, Hooks({"response": [answers.append]}), transport)
    assert (response.content, [answer.content for answer in answers]) == (b"<html>", [b""])


@pytest.mark.parametrize("code", [INVALID, str(INVALID)], ids=["int", "text"])
def test_a_refused_token_is_sent_again_at_once_and_logged_without_it(
    code: object, caplog: pytest.LogCaptureFixture
) -> None:
    """The errCode may come as text; the replay waits for nothing; the log names method and path, never the token."""
    sleeps: list[float] = []
    auth = AppTokenAuth(fetch=Fetcher(), static_token="refused", token_invalid_codes=frozenset({INVALID}))
    refusal = httpx.Response(200, json={"errCode": code, "errMsg": "token invalid"})
    transport, seen = _answering(refusal, httpx.Response(200, json={"errCode": 0, "data": {}}))
    retrying = RetryTransport(transport, tokens=auth, sleep=sleeps.append)
    with caplog.at_level(logging.INFO, logger="lansenger"), httpx.Client(transport=retrying) as client:
        assert client.post(SEND_URL, json={}, extensions=_meta()).json()["errCode"] == 0
    assert ([request.url.params["app_token"] for request in seen], sleeps) == (["refused", "tok-1"], [])
    replays = [record.getMessage() for record in caplog.records if "again with a new app token" in record.message]
    assert replays == ["Sending POST /open/apigw/v1/bot/messages/create again with a new app token"]
    assert "refused" not in caplog.text and "tok-1" not in caplog.text


def test_a_sync_transport_does_not_count_on_an_async_fetch() -> None:
    """A sync client cannot await `afetch`: the refusal is the answer, and nothing is fetched."""
    fetch = Fetcher()
    auth = AppTokenAuth(afetch=fetch.afetch, static_token="refused", token_invalid_codes=frozenset({INVALID}))
    transport, seen = _answering(httpx.Response(200, json={"errCode": INVALID}))
    with httpx.Client(transport=RetryTransport(transport, tokens=auth)) as client:
        assert client.post(SEND_URL, json={}, extensions=_meta()).json()["errCode"] == INVALID
    assert (len(seen), fetch.calls) == (1, 0)


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_the_operations_metadata_not_the_method_says_whether_to_retry(method: str) -> None:
    """A read sent as POST is retried; a GET marked as not idempotent is not."""
    idempotent = method == "POST"
    sleeps: list[float] = []
    transport, seen = _answering(httpx.Response(503), httpx.Response(200, json={"errCode": 0, "data": {}}))
    policy = RetryPolicy(max_retries=1, backoff_base=0.0)
    retrying = RetryTransport(transport, policy, sleep=sleeps.append)
    with httpx.Client(transport=retrying) as client:
        status = client.request(method, SEND_URL, extensions=_meta(idempotent=idempotent, app_token=False)).status_code
    assert (status, len(seen)) == ((200, 2) if idempotent else (503, 1))


def test_a_stream_the_sdk_did_not_build_is_not_read_before_the_caller_reads_it() -> None:
    """Without operation metadata nothing says the answer is read whole: a download keeps streaming."""
    pieces: list[bytes] = []

    class Lazy(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            for piece in (b"one", b"two"):
                pieces.append(piece)
                yield piece

    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=Lazy()))
    with httpx.Client(transport=RetryTransport(transport)) as client, client.stream("GET", SEND_URL) as response:
        assert pieces == []
        assert response.read() == b"onetwo"


@pytest.mark.parametrize("answer", [[1, 2], "text", None], ids=["array", "string", "null"])
def test_an_answer_that_is_json_but_no_object_is_handed_on_not_a_crash(answer: object) -> None:
    """The token check reads an object's errCode; any other JSON is no refusal, and the caller judges it."""
    fetch = Fetcher()
    auth = AppTokenAuth(fetch=fetch, static_token="current", token_invalid_codes=frozenset({INVALID}))
    content = json.dumps(answer).encode()
    transport, seen = _answering(httpx.Response(200, headers=JSON, content=content))
    with httpx.Client(transport=RetryTransport(transport, tokens=auth)) as client:
        assert client.post(SEND_URL, json={}, extensions=_meta()).json() == answer
    assert (len(seen), fetch.calls) == (1, 0)


@pytest.mark.anyio
@pytest.mark.parametrize("in_async", [False, True], ids=["sync", "async"])
async def test_a_view_with_another_retry_limit_backs_off_with_the_transports_jitter(in_async: bool) -> None:
    """`with_options(max_retries=…)` keeps the transport's source of jitter for its backoff."""
    answers = Answers((503, {}, (b"",)), (200, JSON, (b'{"errCode": 0}',)))
    policy = RetryPolicy(max_retries=0, backoff_base=0.5, backoff_cap=8.0)
    sleeps: list[float] = []

    async def asleep(seconds: float) -> None:
        sleeps.append(seconds)

    if in_async:
        view = AsyncRetryTransport(answers, policy, sleep=asleep, random=lambda: 0.0).with_max_retries(1)
        async with httpx.AsyncClient(transport=view) as async_client:
            status = (await async_client.get(RETRY_URL)).status_code
    else:
        sync_view = RetryTransport(answers, policy, sleep=sleeps.append, random=lambda: 0.0).with_max_retries(1)
        with httpx.Client(transport=sync_view) as client:
            status = client.get(RETRY_URL).status_code
    assert (status, sleeps) == (200, [0.25])  # 0.5 × 2⁰, times 0.5 + 0.5 × the jitter's 0.0
