"""Token-store failures reach the caller as `StoreError` (cause kept, no secret anywhere in it), and a token the client
obtained is used even when keeping it fails: Redis down or refusing writes, a lock lost during the fetch, a corrupt
Redis record, a full disk, a failed fsync, rename or file lock. On the wire with respx, Redis for real."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import secrets
import traceback
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import redis
import respx
from lansenger import (
    AsyncLansenger,
    ConfigurationError,
    FileTokenStore,
    Lansenger,
    MemoryTokenStore,
    RedisTokenStore,
    StoredAppToken,
    StoredUserToken,
    StoreError,
    TokenStore,
)
from lansenger._auth import AppTokenAuth
from lansenger_api.models.user_token_grant import UserTokenGrant

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, TOKEN, ok, token

STAFF = "524288-1001"
SEND = "/v1/bot/messages/create"
_E = TypeVar("_E", bound=BaseException)


def _raised(kind: type[_E], call: Callable[[], object]) -> _E:
    """The error `call` raises (caught here, so the test's own variables stay out of its traceback)."""
    try:
        call()
    except kind as error:
        return error
    raise AssertionError(f"{kind.__name__} not raised")


def _chain(error: BaseException) -> Iterator[BaseException]:
    pending: list[BaseException | None] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is not None and id(current) not in seen:
            seen.add(id(current))
            yield current
            pending += [current.__cause__, current.__context__]


def _assert_no_secret(error: BaseException, *hidden: str) -> None:
    """Not in any message, repr or attribute of the chain, nor in a traceback rendered with local variables."""
    rendered = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    for each in _chain(error):
        rendered += f"{each}\n{each!r}\n{vars(each)!r}\n"
    for secret in hidden:
        assert secret not in rendered


def _client(store: TokenStore | None = None, **options: Any) -> Lansenger:
    return Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, token_store=store, max_retries=0, **options)


def _async_client(store: TokenStore | None = None) -> AsyncLansenger:
    return AsyncLansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, token_store=store, max_retries=0)


def _prefix() -> str:
    return f"errors-{secrets.token_hex(4)}:"


def _secret(kind: str) -> str:
    """A secret made at run time: a literal would show in the source lines a rendered traceback quotes."""
    return f"{kind}-{secrets.token_hex(8)}"


# -- Redis ---------------------------------------------------------------------------------------------------


def test_redis_unreachable_is_a_store_error_before_anything_is_fetched(
    router: respx.MockRouter, tmp_path: Path
) -> None:
    store = RedisTokenStore(f"unix://{tmp_path}/no-redis-here.sock")
    with _client(store) as client:
        error = _raised(StoreError, client.app_token)
    assert isinstance(error.__cause__, redis.ConnectionError)
    assert "could not read" in str(error)
    assert not router.calls, "nothing fetched: whether another process holds a token cannot be known"
    _assert_no_secret(error, APP_SECRET)


@pytest.mark.anyio
async def test_async_redis_unreachable_is_a_store_error(router: respx.MockRouter, tmp_path: Path) -> None:
    async with _async_client(RedisTokenStore(f"unix://{tmp_path}/no-redis-here.sock")) as client:
        with pytest.raises(StoreError) as raised:
            await client.app_token()
    assert isinstance(raised.value.__cause__, redis.ConnectionError)
    assert not router.calls


def _losing_the_lock(raw: redis.Redis, prefix: str) -> Callable[[httpx.Request], httpx.Response]:
    """The token endpoint, slow enough that the fetch outlives the Redis lock: the lock expires meanwhile."""

    def answer(request: httpx.Request) -> httpx.Response:
        (lock,) = raw.keys(f"{prefix}*lock:app_token")
        raw.delete(lock)
        return httpx.Response(200, json=token())

    return answer


def _assert_lock_loss_logged(caplog: pytest.LogCaptureFixture) -> None:
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "lock 'app_token' was lost" in record.getMessage() and "expired" in record.getMessage()
    assert TOKEN not in caplog.text


def test_a_lock_lost_during_the_fetch_still_gives_the_fetched_token(
    router: respx.MockRouter, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    prefix, raw = _prefix(), redis.Redis.from_url(redis_url)
    router.get("/v1/apptoken/create").mock(side_effect=_losing_the_lock(raw, prefix))
    with caplog.at_level(logging.WARNING, "lansenger"), _client(RedisTokenStore(redis_url, prefix=prefix)) as client:
        assert client.app_token() == TOKEN
        stored = client.token_store.load_app_token()
    assert stored is not None and stored.token == TOKEN, "saved before the release failed"
    _assert_lock_loss_logged(caplog)


@pytest.mark.anyio
async def test_async_lock_lost_during_the_fetch_still_gives_the_fetched_token(
    router: respx.MockRouter, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    prefix, raw = _prefix(), redis.Redis.from_url(redis_url)
    router.get("/v1/apptoken/create").mock(side_effect=_losing_the_lock(raw, prefix))
    with caplog.at_level(logging.WARNING, "lansenger"):
        async with _async_client(RedisTokenStore(redis_url, prefix=prefix)) as client:
            assert await client.app_token() == TOKEN
    _assert_lock_loss_logged(caplog)


CORRUPT_APP_TOKENS = [
    '{"token": "%s", "expires_at": "soon"}',
    '{"token": "%s", "expires_at": null}',
    '{"token": "%s", "expires_at": true}',
    '{"token": "%s", "expires_at": NaN}',
    '{"token": "%s", "expires_at": -Infinity}',
    '{"token": "%s"}',
    '{"token": 5, "expires_at": 4102444500, "was": "%s"}',
    '{"expires_at": 4102444500, "was": "%s"}',
    '["%s", 4102444500]',
    '{"token": "%s", "expires_at": 41024',
    "\udcff%s",
]
"""Records a client must not take a token from; %s is the stored token (secret)."""


def _overwrite(raw: redis.Redis, pattern: str, record: bytes) -> None:
    """Replace the one record the client wrote (whatever its key) with `record`."""
    (key,) = raw.keys(pattern)
    raw.set(key, record)


@pytest.mark.parametrize("record", CORRUPT_APP_TOKENS)
def test_a_corrupt_redis_app_token_record_is_a_store_error(
    router: respx.MockRouter, redis_url: str, record: str
) -> None:
    prefix, raw, stored = _prefix(), redis.Redis.from_url(redis_url), _secret("stored-token")
    with _client(RedisTokenStore(redis_url, prefix=prefix)) as client:
        client.token_store.save_app_token(StoredAppToken("valid", 4102444500))
        _overwrite(raw, f"{prefix}*app_token", (record % stored).encode(errors="surrogateescape"))
        error = _raised(StoreError, client.app_token)
    assert "corrupt token record" in str(error) and error.__cause__ is not None
    assert not router.calls, "never guessed from, nor silently replaced"
    _assert_no_secret(error, stored, APP_SECRET)


@pytest.mark.parametrize(
    "record",
    [
        {"user_token": "<ut>", "expires_at": 4102444500, "refresh_token": "<rt>", "refresh_expires_at": "x"},
        {"user_token": "<ut>", "expires_at": 4102444500, "refresh_token": 7, "refresh_expires_at": 4102444500},
        {"user_token": "", "expires_at": 4102444500, "refresh_token": "<rt>", "refresh_expires_at": 4102444500},
    ],
)
def test_a_corrupt_redis_user_token_record_is_a_store_error(redis_url: str, record: dict[str, Any]) -> None:
    prefix, raw = _prefix(), redis.Redis.from_url(redis_url)
    user_token, refresh_token = _secret("ut"), _secret("rt")
    written = json.dumps(record).replace("<ut>", user_token).replace("<rt>", refresh_token)
    with _client(RedisTokenStore(redis_url, prefix=prefix)) as client:
        client.oauth.remember(UserTokenGrant(user_token="ut", refresh_token="rt", staff_id=STAFF))
        _overwrite(raw, f"{prefix}*user_token:{STAFF}", written.encode())
        fresh = _client(RedisTokenStore(redis_url, prefix=prefix))
        error = _raised(StoreError, lambda: fresh.oauth.user_token(STAFF))
    assert "corrupt token record" in str(error)
    _assert_no_secret(error, user_token, refresh_token)


@pytest.fixture
def write_refusing_redis(redis_url: str) -> Iterator[redis.Redis]:
    """A Redis connection whose user may read every key but write only locks (an ACL of the real server)."""
    admin = redis.Redis.from_url(redis_url)
    user = f"reader-{secrets.token_hex(4)}"
    admin.execute_command("ACL", "SETUSER", user, "on", ">pw", "+@all", "%R~*", "%RW~*lock:*")
    connection = redis.Redis.from_url(redis_url, username=user, password="pw")
    yield connection
    connection.close()
    admin.execute_command("ACL", "DELUSER", user)


def test_a_token_redis_refuses_to_save_is_used_and_the_failure_logged(
    router: respx.MockRouter, write_refusing_redis: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    router.post(SEND).respond(json=ok({"msgId": "m1"}))
    store = RedisTokenStore(client=write_refusing_redis, prefix=_prefix())
    with caplog.at_level(logging.WARNING, "lansenger"), _client(store) as client:
        assert client.messages.send_text(STAFF, "hello").msg_id == "m1"
        assert client.token_store.load_app_token() is None
    (record,) = caplog.records
    assert record.levelno == logging.WARNING and "could not be saved" in record.getMessage()
    assert "NoPermissionError" in record.getMessage() and TOKEN not in caplog.text


# -- the state file ----------------------------------------------------------------------------------------------


def _fds(directory: Path) -> set[tuple[str, str]]:
    """The process's descriptors open on something in `directory` (the store's files, deleted ones included).

    Only these can be the store's: a socket an earlier test left unreferenced (this xdist worker runs many) may
    close whenever garbage is collected, and counting every descriptor would let it hide or fake a leak.
    """
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # the descriptor listdir itself used is gone by now
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith(f"{directory}/") or target == str(directory):
                found.add((fd, target))
    return found


def _temp_files(directory: Path) -> list[str]:
    return [p.name for p in directory.iterdir() if p.name.endswith(".tmp")]


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writes to the store's temp files fail with ENOSPC (everything else writes as usual)."""
    real_write = os.write

    def write(fd: int, data: Any) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".tmp"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)


def _assert_save_failure_logged(caplog: pytest.LogCaptureFixture, path: Path) -> None:
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "could not be saved" in record.getMessage() and "No space left on device" in record.getMessage()
    assert TOKEN not in caplog.text
    assert "app_token" not in json.loads(path.read_text())["profiles"]["default"]
    assert _temp_files(path.parent) == []


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_still_uses_the_fetched_token(
    router: respx.MockRouter, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "sdk_state.json"
    path.write_text('{"profiles": {"default": {}}}')
    router.post(SEND).respond(json=ok({"msgId": "m1"}))
    with caplog.at_level(logging.WARNING, "lansenger"), _client(FileTokenStore(path)) as client:
        assert client.messages.send_text(STAFF, "hello").msg_id == "m1"
        client.messages.send_text(STAFF, "again")  # the token is kept in memory: no second fetch, no second warning
    assert router.routes[0].call_count == 1
    _assert_save_failure_logged(caplog, path)


@pytest.mark.anyio
@pytest.mark.usefixtures("full_disk")
async def test_async_full_disk_still_uses_the_fetched_token(
    router: respx.MockRouter, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "sdk_state.json"
    path.write_text('{"profiles": {"default": {}}}')
    router.post(SEND).respond(json=ok({"msgId": "m1"}))
    with caplog.at_level(logging.WARNING, "lansenger"):
        async with _async_client(FileTokenStore(path)) as client:
            assert (await client.messages.send_text(STAFF, "hello")).msg_id == "m1"
    _assert_save_failure_logged(caplog, path)


@pytest.mark.usefixtures("full_disk")
def test_a_user_token_that_cannot_be_saved_is_still_used(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "sdk_state.json"
    user_token, refresh_token = _secret("ut"), _secret("rt")
    with caplog.at_level(logging.WARNING, "lansenger"), _client(FileTokenStore(path)) as client:
        client.oauth.remember(UserTokenGrant(user_token=user_token, refresh_token=refresh_token, staff_id=STAFF))
        assert client.oauth.user_token(STAFF) == user_token
    (record,) = caplog.records
    assert record.levelno == logging.WARNING and STAFF in record.getMessage()
    assert user_token not in caplog.text and refresh_token not in caplog.text


def _failing(error_number: int) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(error_number, os.strerror(error_number))

    return fail


@pytest.mark.parametrize(
    ("target", "name", "error_number"),
    [
        (os, "fsync", errno.EIO),
        (os, "replace", errno.EXDEV),
        (os, "fchmod", errno.EPERM),
        (fcntl, "flock", errno.ENOLCK),
    ],
)
def test_a_failed_write_is_a_store_error_that_leaves_no_temp_file_and_no_descriptor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: Any, name: str, error_number: int
) -> None:
    path = tmp_path / "sdk_state.json"
    store = FileTokenStore(path)
    store.save_app_token(StoredAppToken("old", 4102444500))
    before, content = _fds(tmp_path), path.read_bytes()
    new = StoredAppToken(_secret("new"), 4102444500)
    monkeypatch.setattr(target, name, _failing(error_number))
    error = _raised(StoreError, lambda: store.save_app_token(new))
    monkeypatch.undo()
    assert os.strerror(error_number) in str(error) and isinstance(error.__cause__, OSError)
    assert path.read_bytes() == content, "the old file stays whole"
    assert _temp_files(tmp_path) == []
    assert _fds(tmp_path) <= before, "no descriptor left open"
    _assert_no_secret(error, new.token)


def test_a_lock_file_that_cannot_be_opened_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    (tmp_path / "sdk_state.json.lock").mkdir()
    before = _fds(tmp_path)
    error = _raised(StoreError, lambda: FileTokenStore(path).save_app_token(StoredAppToken("t", 4102444500)))
    assert "lock file" in str(error) and error.path == str(tmp_path / "sdk_state.json.lock")
    assert _fds(tmp_path) <= before and not path.exists()


def test_a_corrupt_state_file_error_does_not_carry_its_content(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    app_secret, app_token = _secret("secret"), _secret("token")
    path.write_text(json.dumps({"profiles": {"default": {"app_secret": app_secret, "app_token": app_token}}})[:-2])
    error = _raised(StoreError, lambda: FileTokenStore(path))
    assert "corrupt" in str(error)
    _assert_no_secret(error, app_secret, app_token)


def test_a_redis_failure_while_saving_does_not_carry_the_token(tmp_path: Path) -> None:
    store = RedisTokenStore(f"unix://{tmp_path}/no-redis-here.sock")
    stored = StoredAppToken(_secret("token"), 4102444500)
    error = _raised(StoreError, lambda: store.save_app_token(stored))
    assert isinstance(error.__cause__, redis.ConnectionError)
    _assert_no_secret(error, stored.token)


# -- what the client reads from its store, and when it cannot get a token at all --------------------------------


class CountingStore:
    """Counts the reads that reach the store beneath (a store of the user's own: no for_app)."""

    def __init__(self) -> None:
        self.inner = MemoryTokenStore()
        self.app_reads = 0
        self.user_reads = 0

    def load_app_token(self) -> StoredAppToken | None:
        self.app_reads += 1
        return self.inner.load_app_token()

    def save_app_token(self, token: StoredAppToken) -> None:
        self.inner.save_app_token(token)

    def load_user_token(self, staff_id: str) -> StoredUserToken | None:
        self.user_reads += 1
        return self.inner.load_user_token(staff_id)

    def save_user_token(self, token: StoredUserToken) -> None:
        self.inner.save_user_token(token)

    def delete_user_token(self, staff_id: str) -> None:
        self.inner.delete_user_token(staff_id)

    def lock(self, key: str) -> AbstractContextManager[None]:
        return self.inner.lock(key)


def _counting_store() -> CountingStore:
    store = CountingStore()
    store.inner.save_app_token(StoredAppToken("stored-token", 4102444500))
    store.inner.save_user_token(StoredUserToken(STAFF, "stored-ut", 4102444500, "stored-rt", 4102444500))
    return store


def test_a_token_read_from_the_store_is_read_once(router: respx.MockRouter) -> None:
    send = router.post(SEND).respond(json=ok({"msgId": "m"}))
    store = _counting_store()
    with _client(store) as client:
        for n in range(20):
            client.messages.send_text(STAFF, f"message {n}")
            assert client.oauth.user_token(STAFF) == "stored-ut"
    assert (store.app_reads, store.user_reads) == (1, 1)
    assert {call.request.url.params["app_token"] for call in send.calls} == {"stored-token"}


@pytest.mark.anyio
async def test_async_a_token_read_from_the_store_is_read_once(router: respx.MockRouter) -> None:
    send = router.post(SEND).respond(json=ok({"msgId": "m"}))
    store = _counting_store()
    async with _async_client(store) as client:
        for n in range(20):
            await client.messages.send_text(STAFF, f"message {n}")
            assert await client.oauth.user_token(STAFF) == "stored-ut"
    assert (store.app_reads, store.user_reads) == (1, 1)
    assert send.call_count == 20


@pytest.mark.anyio
async def test_async_without_any_way_to_get_a_token_the_error_names_the_cause() -> None:
    auth = AppTokenAuth(static_token="external")
    auth.invalidate()
    with pytest.raises(
        ConfigurationError, match=r"no way to get one: AppTokenAuth was created without a fetch function"
    ):
        await auth.aget_token()
    with pytest.raises(ConfigurationError, match="without a synchronous fetch function"):
        auth.get_token()
