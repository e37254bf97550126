"""Token stores: the state file's safety (0600, atomic, locked, corrupt-safe), its compatibility with the peer
SDKs' layout, and clients and processes sharing one app token through a file or Redis store."""

from __future__ import annotations

import json
import os
import secrets
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from lansenger import (
    AsyncLansenger,
    FileTokenStore,
    Lansenger,
    MemoryTokenStore,
    RedisTokenStore,
    StoredAppToken,
    StoredUserToken,
    StoreError,
    TokenStore,
)
from lansenger.testing import Sandbox

WORKER = str(Path(__file__).with_name("_store_worker.py"))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _user(staff_id: str, n: int = 1) -> StoredUserToken:
    return StoredUserToken(staff_id, f"ut-{n}", 2e9, f"rt-{n}", 2.1e9, scope="basic_userinfor")


def _worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, WORKER, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _run_together(workers: list[subprocess.Popen[str]]) -> list[str]:
    """Wait until every worker is set up, release them at once, collect their output."""
    for worker in workers:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    outputs = [worker.communicate(timeout=60)[0] for worker in workers]
    assert [worker.returncode for worker in workers] == [0] * len(workers)
    return outputs


# -- the state file's safety --------------------------------------------------------------------------------


def test_file_is_0600_from_creation_whatever_the_umask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fresh" / "sdk_state.json"
    temp_modes: list[int] = []
    real_replace = os.replace

    def inspecting_replace(source: Any, target: Any) -> None:
        temp_modes.append(_mode(Path(source)))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", inspecting_replace)
    previous = os.umask(0)  # the most permissive umask: the modes below come from the store alone
    try:
        store = FileTokenStore(path)
        store.save_app_token(StoredAppToken("at", expires_at=2e9))
        store.save_user_token(_user("s1"))
    finally:
        os.umask(previous)
    assert temp_modes == [0o600, 0o600]
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert _mode(path.with_name("sdk_state.json.lock")) == 0o600
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_wide_existing_file_becomes_0600_on_write(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    path.write_text('{"profiles": {"default": {}}, "active_profile": "default"}')
    path.chmod(0o644)
    FileTokenStore(path).save_app_token(StoredAppToken("at", expires_at=2e9))
    assert _mode(path) == 0o600


@pytest.mark.slow
def test_writes_are_atomic_under_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    for _ in range(2):
        writer = _worker("write-loop", str(path))
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        assert writer.returncode == -signal.SIGKILL
        state = json.loads(path.read_text())  # always a whole file: the old one or the new one
        profile = state["profiles"]["default"]
        entry = profile["user_tokens"]["staff"]
        n = entry["user_token_expiry"]
        assert entry == {
            "user_token": f"ut-{n}",
            "refresh_token": f"rt-{n}",
            "user_token_expiry": n,
            "refresh_token_expiry": n,
            "scope": f"s-{n}",
        }
        assert profile["app_token"] in (f"at-{n}", f"at-{n - 1}")
        assert profile["app_token_expiry"] == int(profile["app_token"].removeprefix("at-"))


@pytest.mark.slow
def test_two_processes_writing_200_entries_each_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    _run_together([_worker("write-many", str(path), prefix, "200") for prefix in ("cli", "daemon")])
    entries = json.loads(path.read_text())["profiles"]["default"]["user_tokens"]
    assert len(entries) == 400
    assert {f"{p}-{n}" for p in ("cli", "daemon") for n in range(200)} == set(entries)


def test_corrupt_file_is_an_error_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    path.write_text('{"profiles": {"default": {}}}')
    store = FileTokenStore(path)
    for corrupt in (b'{"profiles": {"default": {"app_tok', b"[1, 2]", b'{"profiles": ["x"]}', b"\xff\xfe"):
        path.write_bytes(corrupt)
        with pytest.raises(StoreError, match="corrupt") as raised:
            store.save_app_token(StoredAppToken("at", expires_at=2e9))
        assert raised.value.path == str(path)
        with pytest.raises(StoreError, match="left untouched"):
            store.load_app_token()
        with pytest.raises(StoreError):
            FileTokenStore(path)
        assert path.read_bytes() == corrupt


def test_every_directory_it_creates_is_0700_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "home" / "user" / ".lansenger" / "sdk_state.json"
    (tmp_path / "home").mkdir(mode=0o755)
    previous = os.umask(0)
    try:
        FileTokenStore(path).save_app_token(StoredAppToken("at", expires_at=2e9))
    finally:
        os.umask(previous)
    assert [_mode(p) for p in (tmp_path / "home", path.parents[1], path.parent)] == [0o755, 0o700, 0o700]


def _orphan(directory: Path, name: str, age: float) -> Path:
    orphan = directory / name
    orphan.write_text('{"half": "writ')
    os.utime(orphan, (time.time() - age, time.time() - age))
    return orphan


def test_temp_files_a_killed_writer_left_are_removed_by_the_next_write(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    store = FileTokenStore(path)
    store.save_app_token(StoredAppToken("at", expires_at=2e9))
    hour = 3600.0
    orphans = [_orphan(tmp_path, f".sdk_state.json.{secrets.token_hex(6)}.tmp", hour) for _ in range(3)]
    in_flight = _orphan(tmp_path, f".sdk_state.json.{secrets.token_hex(6)}.tmp", 0)  # too young to be judged dead
    not_ours = [
        _orphan(tmp_path, ".sdk_state.json.not-hex-at-all.tmp", hour),
        _orphan(tmp_path, f".other.json.{secrets.token_hex(6)}.tmp", hour),
        _orphan(tmp_path, f"sdk_state.json.{secrets.token_hex(6)}.tmp", hour),
    ]
    (tmp_path / f".sdk_state.json.{secrets.token_hex(6)}.tmp").mkdir()  # not a regular file: not ours
    if os.geteuid() == 0:  # only root can give a file to another user
        someone_elses = _orphan(tmp_path, f".sdk_state.json.{secrets.token_hex(6)}.tmp", hour)
        os.chown(someone_elses, 4242, -1)
        not_ours.append(someone_elses)
    store.save_user_token(_user("s1"))
    assert not any(orphan.exists() for orphan in orphans)
    assert in_flight.exists() and all(other.exists() for other in not_ours)
    assert store.load_user_token("s1") == _user("s1")


def test_a_symlinked_lock_file_is_refused_and_not_followed(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    target = tmp_path / "elsewhere"
    path.with_name("sdk_state.json.lock").symlink_to(target)
    with pytest.raises(StoreError) as raised:
        FileTokenStore(path).save_app_token(StoredAppToken("at", expires_at=2e9))
    assert str(raised.value).endswith(": it is a symlink (refused: give the path of the file itself)")  # not tmp_path's
    assert raised.value.path == str(path.with_name("sdk_state.json.lock"))
    assert not target.exists() and not path.exists()


def test_a_fifo_as_lock_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    os.mkfifo(path.with_name("sdk_state.json.lock"))
    with pytest.raises(StoreError, match="FIFO"):
        FileTokenStore(path).save_app_token(StoredAppToken("at", expires_at=2e9))


def test_a_symlinked_state_file_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text('{"profiles": {"default": {"app_token": "at", "app_token_expiry": 4102444500}}}')
    path = tmp_path / "sdk_state.json"
    path.symlink_to(real)
    with pytest.raises(StoreError, match="symlink") as raised:
        FileTokenStore(path)
    assert raised.value.path == str(path)
    assert path.is_symlink() and json.loads(real.read_text())["profiles"]["default"]["app_token"] == "at"


def test_a_symlinked_directory_on_the_way_is_fine(tmp_path: Path) -> None:
    (tmp_path / "real-dir").mkdir()
    (tmp_path / "linked-dir").symlink_to(tmp_path / "real-dir")
    store = FileTokenStore(tmp_path / "linked-dir" / "sdk_state.json")
    store.save_app_token(StoredAppToken("at", expires_at=2e9))
    assert FileTokenStore(tmp_path / "real-dir" / "sdk_state.json").load_app_token() == StoredAppToken("at", 2e9)


def test_a_device_or_a_directory_as_state_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="character device"):
        FileTokenStore("/dev/null")
    with pytest.raises(StoreError, match="a directory, not a regular file"):
        FileTokenStore(tmp_path)


def test_a_fifo_as_state_file_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    os.mkfifo(path)
    outcome: list[BaseException] = []

    def open_store() -> None:
        try:
            FileTokenStore(path)
        except BaseException as error:
            outcome.append(error)

    opener = threading.Thread(target=open_store, daemon=True)
    opener.start()
    opener.join(timeout=30)
    if opener.is_alive():  # blocked in open() waiting for a writer: give it one, so the thread ends
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        opener.join()
        pytest.fail("reading a FIFO state file blocked")
    (error,) = outcome
    assert isinstance(error, StoreError) and "FIFO" in str(error)


# -- layout compatibility ----------------------------------------------------------------------------------

PEER_FILE = {
    "profiles": {
        "default": {"app_id": "1-1", "app_secret": "other", "api_gateway_url": "https://other.example/open/apigw"},
        "work": {
            "app_id": "3064064-123456",
            "app_secret": "s3cret",
            "api_gateway_url": "https://open.e.lanxin.cn/open/apigw",
            "passport_url": "https://passport.e.lanxin.cn",
            "redirect_uri": "https://bot.example/cb",
            "encoding_key": "k" * 43,
            "callback_token": "cb-token",
            "identity_type": "org-app",
            "app_token": "peer-app-token",
            "app_token_expiry": 4102444500.25,
            "user_tokens": {
                "524288-1001": {
                    "user_token": "peer-ut",
                    "refresh_token": "peer-rt",
                    "user_token_expiry": 4102444500.5,
                    "refresh_token_expiry": 4105036500.0,
                }
            },
        },
    },
    "active_profile": "work",
    "written_by": "peer 1.13.1",
}


def test_reads_the_peer_sdks_layout(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    path.write_text(json.dumps(PEER_FILE, indent=4))
    store = FileTokenStore(path)
    assert store.profile == "work"
    assert store.load_app_token() == StoredAppToken("peer-app-token", expires_at=4102444500.25)
    assert store.load_user_token("524288-1001") == StoredUserToken(
        "524288-1001", "peer-ut", 4102444500.5, "peer-rt", 4105036500.0, scope=None
    )
    assert store.load_user_token("nobody") is None
    assert store.settings() == {
        "app_id": "3064064-123456",
        "app_secret": "s3cret",
        "gateway_url": "https://open.e.lanxin.cn/open/apigw",
        "passport_url": "https://passport.e.lanxin.cn",
        "redirect_uri": "https://bot.example/cb",
    }
    assert FileTokenStore(path, profile="default").load_app_token() is None


def test_writes_keep_other_profiles_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    path.write_text(json.dumps(PEER_FILE))
    store = FileTokenStore(path)
    store.save_user_token(_user("524288-1002"))
    store.save_app_token(StoredAppToken("ours", expires_at=4102444999.9))
    store.delete_user_token("524288-1001")
    state = json.loads(path.read_text())
    assert state["profiles"]["default"] == PEER_FILE["profiles"]["default"]  # type: ignore[index]
    assert state["written_by"] == "peer 1.13.1" and state["active_profile"] == "work"
    work = state["profiles"]["work"]
    assert work["identity_type"] == "org-app" and work["encoding_key"] == "k" * 43
    assert (work["app_token"], work["app_token_expiry"]) == ("ours", 4102444999)  # ints: every peer reads them
    assert work["user_tokens"] == {
        "524288-1002": {
            "user_token": "ut-1",
            "refresh_token": "rt-1",
            "user_token_expiry": 2000000000,
            "refresh_token_expiry": 2100000000,
            "scope": "basic_userinfor",
        }
    }


def test_legacy_flat_file_is_read_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    flat = {
        "app_id": "1-2",
        "app_secret": "x",
        "api_gateway_url": "https://gw.example/open/apigw",
        "app_token": "flat-at",
        "app_token_expiry": 4102444500,
        "user_token": "flat-ut",
        "refresh_token": "flat-rt",
        "user_token_expiry": 4102444500,
        "refresh_token_expiry": 4105036500,
        "staff_id": "524288-1003",
    }
    path.write_text(json.dumps(flat))
    store = FileTokenStore(path)
    assert store.profile == "default"
    assert store.load_app_token() == StoredAppToken("flat-at", 4102444500)
    assert store.load_user_token("524288-1003") == StoredUserToken(
        "524288-1003", "flat-ut", 4102444500, "flat-rt", 4105036500
    )
    store.save_user_token(_user("524288-1003", 2))
    state = json.loads(path.read_text())
    assert state["active_profile"] == "default"
    migrated = state["profiles"]["default"]
    assert migrated["app_token"] == "flat-at" and migrated["staff_id"] == "" and migrated["user_token"] == ""
    assert store.load_user_token("524288-1003") == _user("524288-1003", 2)


# -- clients sharing a store ---------------------------------------------------------------------------------


def _sandbox_state_file(path: Path, sandbox: Sandbox) -> None:
    profile = {"app_id": sandbox.app_id, "app_secret": sandbox.app_secret, "api_gateway_url": sandbox.url}
    path.write_text(json.dumps({"profiles": {"bot": profile}, "active_profile": "bot"}))


def test_a_second_client_from_the_same_file_reuses_the_app_token(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    with Sandbox() as sandbox:
        _sandbox_state_file(path, sandbox)
        with Lansenger.from_store(path) as first:
            token = first.app_token()
            assert first.settings.gateway_url == sandbox.url
        with Lansenger.from_store(path) as second:
            assert second.app_token() == token
        assert sandbox.state.token_requests == 1


def test_user_tokens_persist_and_refresh_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    with Sandbox() as sandbox:
        _sandbox_state_file(path, sandbox)
        with Lansenger.from_store(path, passport_url=sandbox.url) as first:
            request = first.oauth.authorization_url("http://127.0.0.1:9/cb")
            code = first.oauth.parse_redirect(httpx.get(request.url).headers["location"], request.state)
            staff_id = first.oauth.exchange(code).staff_id
            assert isinstance(staff_id, str)
            token = first.oauth.user_token(staff_id)
        with Lansenger.from_store(FileTokenStore(path)) as second:
            assert second.oauth.user_token(staff_id) == token
            refreshed = second.oauth.refresh(staff_id)
            assert second.users.fetch_current_user(user_token=refreshed).staff_id == staff_id
        stored = FileTokenStore(path).load_user_token(staff_id)
        assert stored is not None and stored.user_token == refreshed
        assert sandbox.oauth.refreshes == 1


@pytest.mark.anyio
async def test_async_client_from_the_file_reuses_the_app_token(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    with Sandbox() as sandbox:
        _sandbox_state_file(path, sandbox)
        async with AsyncLansenger.from_store(path) as first:
            token = await first.app_token()
        async with AsyncLansenger.from_store(str(path), profile="bot") as second:
            assert await second.app_token() == token
        assert sandbox.state.token_requests == 1


def test_an_expired_stored_token_is_replaced_and_saved(tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    with Sandbox() as sandbox:
        _sandbox_state_file(path, sandbox)
        FileTokenStore(path).save_app_token(StoredAppToken("stale", expires_at=1.0))
        with Lansenger.from_store(path) as client:
            fresh = client.app_token()
        assert fresh != "stale"
        stored = FileTokenStore(path).load_app_token()
        assert stored is not None and stored.token == fresh
        assert sandbox.state.token_requests == 1


def test_the_default_store_is_per_client() -> None:
    with Sandbox() as sandbox:
        clients = [Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) for _ in range(2)]
        assert all(isinstance(c.token_store, MemoryTokenStore) for c in clients)
        assert clients[0].token_store is not clients[1].token_store
        assert clients[0].app_token() != clients[1].app_token()
        for client in clients:
            client.close()


# -- Redis ---------------------------------------------------------------------------------------------------


def test_redis_store_round_trip(redis_url: str) -> None:
    store = RedisTokenStore(redis_url, prefix="t-round:")
    assert isinstance(store, TokenStore)
    assert store.load_app_token() is None
    store.save_app_token(StoredAppToken("at", expires_at=2e9))
    assert store.load_app_token() == StoredAppToken("at", 2e9)
    store.save_user_token(_user("s1"))
    assert store.load_user_token("s1") == _user("s1")
    store.delete_user_token("s1")
    assert store.load_user_token("s1") is None
    store.save_app_token(StoredAppToken("dead", expires_at=1.0))
    assert store.load_app_token() is None  # already past: not kept


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["file", "redis"])
def test_four_processes_share_one_app_token(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    target = str(tmp_path / "sdk_state.json") if kind == "file" else request.getfixturevalue("redis_url")
    with Sandbox() as sandbox:
        args = (kind, target, sandbox.url, sandbox.app_id, sandbox.app_secret)
        tokens = {out.strip() for out in _run_together([_worker("app-token", *args) for _ in range(4)])}
        assert len(tokens) == 1 and "" not in tokens
        assert sandbox.state.token_requests == 1
