"""A stored token belongs to one app on one gateway: clients of other apps sharing a memory, file or Redis store (or
the command line run with another LANSENGER_APP_ID) never use it, over real loopback against sandboxes."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import redis
from lansenger import (
    AsyncLansenger,
    AuthenticationError,
    AuthorizationError,
    ConfigurationError,
    FileTokenStore,
    Lansenger,
    MemoryTokenStore,
    RedisTokenStore,
    StoredAppToken,
    StoredUserToken,
    TokenStore,
)
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID
from lansenger_api.models.user_token_grant import UserTokenGrant

from tests._cli import shell_for

ADA = f"{ORG_ID}-1001"
KINDS = ["memory", "file", "redis"]


@pytest.fixture
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> TokenStore:
    """One store of the kind the test is parametrised with, shared by every client of the test."""
    kind = request.param
    if kind == "memory":
        return MemoryTokenStore()
    if kind == "file":
        return FileTokenStore(tmp_path / "sdk_state.json")
    return RedisTokenStore(request.getfixturevalue("redis_url"), prefix=f"ident-{secrets.token_hex(4)}:")


def _client(sandbox: Sandbox, store: TokenStore, **options: Any) -> Lansenger:
    return Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, token_store=store, **options)


def _intruder(sandbox: Sandbox, store: TokenStore, **options: Any) -> Lansenger:
    """A client of another app on the same gateway: credentials the sandbox does not know."""
    return Lansenger("intruder-app", "its-own-secret", gateway_url=sandbox.url, token_store=store, **options)


def _texts(sandbox: Sandbox) -> list[str]:
    return [message["body"]["msgData"]["text"]["content"] for message in sandbox.state.messages]


@pytest.mark.parametrize("shared", KINDS, indirect=True)
def test_a_client_of_another_app_never_sends_with_the_stored_app_token(
    lansenger_sandbox: Sandbox, shared: TokenStore
) -> None:
    before = len(lansenger_sandbox.state.messages)
    with _client(lansenger_sandbox, shared, max_retries=0) as first:
        first.messages.send_text(ADA, "from the sandbox app")
    with _intruder(lansenger_sandbox, shared, max_retries=0) as other, pytest.raises(AuthenticationError):
        other.messages.send_text(ADA, "as another app")  # it fetches its own token, and its credentials are refused
    assert _texts(lansenger_sandbox)[before:] == ["from the sandbox app"], "nothing went out as the wrong app"


@pytest.mark.anyio
@pytest.mark.parametrize("shared", KINDS, indirect=True)
async def test_async_clients_of_another_app_never_use_the_stored_app_token(
    lansenger_sandbox: Sandbox, shared: TokenStore
) -> None:
    async with AsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url, token_store=shared
    ) as c:
        await c.app_token()
    other = AsyncLansenger(
        "intruder-app", "its-own-secret", gateway_url=lansenger_sandbox.url, token_store=shared, max_retries=0
    )
    async with other:
        with pytest.raises(AuthenticationError):
            await other.app_token()


@pytest.mark.parametrize("shared", KINDS, indirect=True)
def test_two_apps_on_two_gateways_share_a_store_and_keep_their_own_tokens(shared: TokenStore) -> None:
    with Sandbox() as one, Sandbox(app_id="second-app", app_secret="second-secret") as two:
        with _client(one, shared) as a, _client(two, shared) as b:
            tokens = a.app_token(), b.app_token()
            a.messages.send_text(ADA, "from one")
            b.messages.send_text(ADA, "from two")
        with _client(one, shared) as a_again, _client(two, shared) as b_again:
            assert (a_again.app_token(), b_again.app_token()) == tokens, "each reuses its own stored token"
            a_again.messages.send_text(ADA, "again from one")
        assert (one.state.token_requests, two.state.token_requests) == (1, 1)
        assert (_texts(one), _texts(two)) == (["from one", "again from one"], ["from two"])


@pytest.mark.parametrize("shared", KINDS, indirect=True)
def test_user_tokens_of_another_app_are_never_used(lansenger_sandbox: Sandbox, shared: TokenStore) -> None:
    grant = UserTokenGrant(user_token="ut-of-the-sandbox-app", refresh_token="rt", staff_id=ADA)
    with _client(lansenger_sandbox, shared) as first:
        first.oauth.remember(grant)
    with _client(lansenger_sandbox, shared) as again:
        assert again.oauth.user_token(ADA) == "ut-of-the-sandbox-app"
    with _intruder(lansenger_sandbox, shared) as other, pytest.raises(AuthorizationError, match="no user token"):
        other.oauth.user_token(ADA)


@pytest.mark.parametrize("shared", KINDS, indirect=True)
def test_an_external_app_token_is_not_stored_nor_replaced_by_another_apps(
    lansenger_sandbox: Sandbox, shared: TokenStore
) -> None:
    with _client(lansenger_sandbox, shared) as first:
        stored = first.app_token()
    before = len(lansenger_sandbox.state.messages)
    external = Lansenger(
        "intruder-app", "its-own-secret", gateway_url=lansenger_sandbox.url, app_token="external", token_store=shared
    )
    with external, pytest.raises(AuthenticationError):
        external.messages.send_text(ADA, "as another app")  # "external" refused, then its own fetch refused too
    assert _texts(lansenger_sandbox)[before:] == []
    assert external.token_store.load_app_token() is None, "the external token is never written"
    with _client(lansenger_sandbox, shared) as first_again:
        assert _token_of(first_again.token_store) == stored


def _token_of(store: TokenStore) -> str | None:
    found = store.load_app_token()
    return found.token if found is not None else None


def test_the_command_line_with_another_app_id_does_not_send_as_the_first_app(
    lansenger_sandbox: Sandbox, tmp_path: Path
) -> None:
    shell = shell_for(lansenger_sandbox, tmp_path / "sdk_state.json")
    before = len(lansenger_sandbox.state.messages)
    assert shell.json("send", "text", ADA, "from the first app")["msgId"]
    other_app = {"LANSENGER_APP_ID": "intruder-app", "LANSENGER_APP_SECRET": "its-own-secret"}
    assert shell.run("send", "text", ADA, "as another app", env=other_app).exit_code == 3, "its own token is refused"
    assert _texts(lansenger_sandbox)[before:] == ["from the first app"]
    assert shell.json("send", "text", ADA, "first app again")["msgId"]
    assert lansenger_sandbox.state.token_requests >= 1
    profile = json.loads(shell.state_file.read_text())["profiles"]["default"]
    assert (profile["app_id"], profile["api_gateway_url"]) == (lansenger_sandbox.app_id, lansenger_sandbox.url), (
        "the profile was taken"
    )


# -- the state file: the peers' layout, and files that name no app or another one ---------------------------------


@contextmanager
def _counted(sandbox: Sandbox) -> Iterator[list[int]]:
    before = sandbox.state.token_requests
    fetched: list[int] = []
    yield fetched
    fetched.append(sandbox.state.token_requests - before)


def _sandbox_token(sandbox: Sandbox) -> str:
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        return client.app_token()


def test_a_profile_naming_the_app_gives_its_own_tokens(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    token = _sandbox_token(lansenger_sandbox)
    profile = {"app_id": lansenger_sandbox.app_id, "api_gateway_url": lansenger_sandbox.url + "/", "app_token": token}
    path.write_text(json.dumps({"profiles": {"peer": profile | {"app_token_expiry": 4102444500}}}))
    with (
        _counted(lansenger_sandbox) as fetched,
        _client(lansenger_sandbox, FileTokenStore(path, profile="peer")) as client,
    ):
        assert client.app_token() == token
    assert fetched == [0]


def test_a_profile_naming_another_app_keeps_its_tokens_and_ours_go_alongside(
    lansenger_sandbox: Sandbox, tmp_path: Path
) -> None:
    path = tmp_path / "sdk_state.json"
    peer = {
        "app_id": "peer-app",
        "app_secret": "peer-secret",
        "api_gateway_url": lansenger_sandbox.url,
        "app_token": "peer-app-token",
        "app_token_expiry": 4102444500,
        "user_tokens": {ADA: {"user_token": "peer-ut", "refresh_token": "peer-rt", "user_token_expiry": 4102444500}},
    }
    path.write_text(json.dumps({"profiles": {"default": peer}, "active_profile": "default"}))
    with _counted(lansenger_sandbox) as fetched, _client(lansenger_sandbox, FileTokenStore(path)) as client:
        ours = client.app_token()
        with pytest.raises(AuthorizationError):
            client.oauth.user_token(ADA)
    assert fetched == [1]
    profile = json.loads(path.read_text())["profiles"]["default"]
    assert {key: profile[key] for key in peer} == peer, "the peer app's entry is untouched"
    assert list(profile["other_apps"]) == [f"sandbox-app@{lansenger_sandbox.url}"]
    assert profile["other_apps"][f"sandbox-app@{lansenger_sandbox.url}"]["app_token"] == ours
    with _counted(lansenger_sandbox) as fetched, _client(lansenger_sandbox, FileTokenStore(path)) as again:
        assert again.app_token() == ours
    assert fetched == [0]


@pytest.mark.parametrize("layout", ["profile", "flat"])
def test_tokens_of_a_file_naming_no_app_are_ignored_and_kept(
    lansenger_sandbox: Sandbox, tmp_path: Path, layout: str
) -> None:
    path = tmp_path / "sdk_state.json"
    unnamed = {
        "api_gateway_url": lansenger_sandbox.url,
        "app_token": _sandbox_token(
            lansenger_sandbox
        ),  # even a token the gateway would accept: whose it is cannot be told
        "app_token_expiry": 4102444500,
        "staff_id": ADA,
        "user_token": "whose-ut",
        "refresh_token": "whose-rt",
        "user_token_expiry": 4102444500,
    }
    path.write_text(json.dumps(unnamed if layout == "flat" else {"profiles": {"default": unnamed}}))
    with _counted(lansenger_sandbox) as fetched, _client(lansenger_sandbox, FileTokenStore(path)) as client:
        ours = client.app_token()
        with pytest.raises(AuthorizationError):
            client.oauth.user_token(ADA)
    assert fetched == [1] and ours != unnamed["app_token"]
    profile = json.loads(path.read_text())["profiles"]["default"]
    assert {key: profile[key] for key in unnamed} == unnamed, "nothing of the unnamed entry is lost"
    assert "app_id" not in profile, "a profile holding tokens is not taken"
    assert profile["other_apps"][f"sandbox-app@{lansenger_sandbox.url}"]["app_token"] == ours


def test_the_same_app_on_another_gateway_is_another_identity(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    elsewhere = {
        "app_id": lansenger_sandbox.app_id,
        "api_gateway_url": "https://gw.example/open/apigw",
        "app_token": "theirs",
    }
    path.write_text(json.dumps({"profiles": {"default": elsewhere | {"app_token_expiry": 4102444500}}}))
    with _counted(lansenger_sandbox) as fetched, _client(lansenger_sandbox, FileTokenStore(path)) as client:
        assert client.app_token() != "theirs"
    assert fetched == [1]


def test_a_fresh_profile_is_taken_by_the_first_app_and_read_by_the_peers(
    lansenger_sandbox: Sandbox, tmp_path: Path
) -> None:
    path = tmp_path / "sdk_state.json"
    with Sandbox(app_id="second-app", app_secret="second-secret") as two:
        second_gateway = two.url
        with _client(lansenger_sandbox, FileTokenStore(path)) as first, _client(two, FileTokenStore(path)) as second:
            first_token, second_token = first.app_token(), second.app_token()
            first.oauth.remember(UserTokenGrant(user_token="ut-1", staff_id=ADA))
    profile = json.loads(path.read_text())["profiles"]["default"]
    assert (profile["app_id"], profile["api_gateway_url"], profile["app_token"]) == (
        lansenger_sandbox.app_id,
        lansenger_sandbox.url,
        first_token,
    )
    assert list(profile["user_tokens"]) == [ADA]
    assert profile["other_apps"][f"second-app@{second_gateway}"]["app_token"] == second_token
    assert FileTokenStore(path).settings() == {
        "app_id": lansenger_sandbox.app_id,
        "gateway_url": lansenger_sandbox.url,
        "app_token": first_token,
    }, "the peer-layout settings name the app whose token it is"


def test_from_store_of_a_profile_without_secret_uses_its_own_token(lansenger_sandbox: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "sdk_state.json"
    with _client(lansenger_sandbox, FileTokenStore(path)) as first:
        token = first.app_token()
        first.oauth.remember(UserTokenGrant(user_token="ut-1", staff_id=ADA))
    with _counted(lansenger_sandbox) as fetched, Lansenger.from_store(path) as restored:
        assert restored.settings.app_id == lansenger_sandbox.app_id and restored.app_token() == token
        assert restored.oauth.user_token(ADA) == "ut-1"
        restored.messages.send_text(ADA, "restored")
    assert fetched == [0]


# -- stores without an identity ------------------------------------------------------------------------------


def test_a_shared_store_needs_the_app_id(tmp_path: Path) -> None:
    for store in (MemoryTokenStore(), FileTokenStore(tmp_path / "sdk_state.json")):
        with pytest.raises(ConfigurationError, match="give app_id"):
            Lansenger(app_token="external", gateway_url="https://gw.example", token_store=store)


class OneAppStore:
    """A store a user wrote before `for_app` existed: one app's tokens, no idea of identity."""

    def __init__(self) -> None:
        self.memory = MemoryTokenStore()

    def load_app_token(self) -> StoredAppToken | None:
        return self.memory.load_app_token()

    def save_app_token(self, token: StoredAppToken) -> None:
        self.memory.save_app_token(token)

    def load_user_token(self, staff_id: str) -> StoredUserToken | None:
        return self.memory.load_user_token(staff_id)

    def save_user_token(self, token: StoredUserToken) -> None:
        self.memory.save_user_token(token)

    def delete_user_token(self, staff_id: str) -> None:
        self.memory.delete_user_token(staff_id)

    def lock(self, key: str) -> Any:
        return self.memory.lock(key)


def test_a_store_without_for_app_keeps_working_as_it_is(lansenger_sandbox: Sandbox) -> None:
    store = OneAppStore()
    with _client(lansenger_sandbox, store) as first:
        token = first.app_token()
        assert first.token_store is store
    assert _token_of(store.memory) == token
    with Lansenger(app_token=token, gateway_url=lansenger_sandbox.url, token_store=store) as external:
        external.messages.send_text(ADA, "with a store of its own")


def test_redis_keys_name_the_app_and_gateway_and_older_unnamed_keys_are_ignored(
    lansenger_sandbox: Sandbox, redis_url: str
) -> None:
    prefix = f"ident-keys-{secrets.token_hex(4)}:"
    raw = redis.Redis.from_url(redis_url)
    raw.set(prefix + "app_token", json.dumps({"token": "unnamed", "expires_at": 4102444500}))
    with (
        _counted(lansenger_sandbox) as fetched,
        _client(lansenger_sandbox, RedisTokenStore(redis_url, prefix=prefix)) as client,
    ):
        token = client.app_token()
    assert fetched == [1] and token != "unnamed"
    stored = json.loads(raw.get(f"{prefix}sandbox-app@{lansenger_sandbox.url}:app_token") or b"{}")
    assert stored["token"] == token
    assert json.loads(raw.get(prefix + "app_token") or b"{}")["token"] == "unnamed", "left as it was"


@pytest.mark.parametrize(
    ("change", "moved"),
    [
        ({"app_id": "another-app"}, True),
        ({"app_id": None}, True),
        ({"api_gateway_url": "https://gw.example/open/apigw"}, True),
        ({"api_gateway_url": "{url}/"}, False),
        ({"app_secret": "rotated"}, False),
    ],
)
def test_naming_another_app_in_the_profile_moves_the_tokens_to_their_app(
    lansenger_sandbox: Sandbox, tmp_path: Path, change: dict[str, str | None], moved: bool
) -> None:
    path = tmp_path / "sdk_state.json"
    with _client(lansenger_sandbox, FileTokenStore(path)) as first:
        token = first.app_token()
        first.oauth.remember(UserTokenGrant(user_token="ut-1", staff_id=ADA))
    FileTokenStore(path).save_settings({k: v.format(url=lansenger_sandbox.url) if v else v for k, v in change.items()})
    profile = json.loads(path.read_text())["profiles"]["default"]
    assert ("app_token" not in profile) is moved
    if moved:
        assert FileTokenStore(path).load_app_token() is None, "the app the profile names now never takes them"
    with _counted(lansenger_sandbox) as fetched, _client(lansenger_sandbox, FileTokenStore(path)) as again:
        assert again.app_token() == token and again.oauth.user_token(ADA) == "ut-1", "still the sandbox app's"
    assert fetched == [0]
    FileTokenStore(path).save_settings({"app_id": lansenger_sandbox.app_id, "api_gateway_url": lansenger_sandbox.url})
    profile = json.loads(path.read_text())["profiles"]["default"]
    assert (profile["app_token"], list(profile["user_tokens"])) == (token, [ADA]), "named again: its own again"
    assert "other_apps" not in profile


def test_naming_the_app_of_an_older_unnamed_profile_attributes_its_tokens(
    lansenger_sandbox: Sandbox, tmp_path: Path
) -> None:
    path = tmp_path / "sdk_state.json"
    older = {"user_tokens": {ADA: {"user_token": "ut-old", "refresh_token": "rt-old", "user_token_expiry": 4102444500}}}
    path.write_text(json.dumps({"profiles": {"default": older}}))
    with _client(lansenger_sandbox, FileTokenStore(path)) as before, pytest.raises(AuthorizationError):
        before.oauth.user_token(ADA)
    FileTokenStore(path).save_settings({"app_id": lansenger_sandbox.app_id, "api_gateway_url": lansenger_sandbox.url})
    with _client(lansenger_sandbox, FileTokenStore(path)) as after:
        assert after.oauth.user_token(ADA) == "ut-old", "the user said whose they are"
