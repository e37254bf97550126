"""No secret is reachable from an exception the SDK raises.

Error trackers record a traceback with every frame's local variables and follow `__cause__` and `__context__`;
httpx's exceptions carry the request, whose URL holds `app_token`, `user_token` or the app secret. Each scenario
makes one call fail in one way, on the wire (respx) and over real loopback against the sandbox, with the sync and
the async client, and `tests._exposure.exposures` looks everywhere a tracker would: message, repr, every chained
exception and its attributes (`request`, `response`, their URLs, headers and bodies) and the tracebacks with locals.
What a user needs to debug stays: the operation, and for a failed connection the host and path.
"""

from __future__ import annotations

import base64
import inspect
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from lansenger import AsyncLansenger, ConfigurationError, Lansenger, LansengerError, MemoryTokenStore
from lansenger.callbacks import CallbackReceiver, decrypt
from lansenger.testing import Sandbox
from lansenger.testing.callbacks import SignedCallback, signed_callback
from lansenger_api.models.user_token_grant import UserTokenGrant

from tests._envelopes import APP_ID, GATEWAY, failed, ok, token
from tests._exposure import Secrets, exposures

APP_SECRET = "AppSecretS3cr3tValue0001"
APP_TOKEN = "AppTokenT0kenValue000001"
FRESH_TOKEN = "AppTokenT0kenValue000002"
USER_TOKEN = "UserTokenValue0000000003"
REFRESH_TOKEN = "RefreshTokenValue0000004"
STAFF = "staff-1"
GRANT = UserTokenGrant(user_token=USER_TOKEN, refresh_token=REFRESH_TOKEN, staff_id=STAFF)
HOST = "gw.example.test"
TOKEN_PATH = "/v1/apptoken/create"
BOT_PATH = "/v1/bot/messages/create"
REFRESH_PATH = "/v1/refresh_token/create"
MEDIA_PATH = "/v1/medias/md-1/fetch"
WS_PATH = "/v1/ws/endpoint/create"
SSE_PATH = "/v1/sse/msg/fetch"


def _with_url(kind: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    """A failure whose own message quotes the whole URL, query and all, as some transports' and proxies' do."""

    def fail(request: httpx.Request) -> httpx.Response:
        raise kind(f"{kind.__name__} while talking to {request.url}", request=request)

    return fail


class _CutBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A download whose connection breaks after the first bytes, with the URL in the error."""

    def __init__(self, url: httpx.URL) -> None:
        self._url = url

    def __iter__(self) -> Iterator[bytes]:
        yield b"partial"
        raise httpx.ReadError(f"connection lost while reading {self._url}")

    async def __aiter__(self) -> Any:
        yield b"partial"
        raise httpx.ReadError(f"connection lost while reading {self._url}")


def _cut_download(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "application/octet-stream"}, stream=_CutBody(request.url))


def _failing_hook(request: httpx.Request) -> None:
    if request.url.path.endswith(BOT_PATH):
        raise RuntimeError("the request hook failed")


def _send(client: Any) -> Any:
    return client.messages.send_text(STAFF, "hello")


def _send_as_user(client: Lansenger) -> Any:
    return client.messages.send_text(STAFF, "hello", user_token=client.oauth.user_token(STAFF))


async def _asend_as_user(client: AsyncLansenger) -> Any:
    return await client.messages.send_text(STAFF, "hello", user_token=await client.oauth.user_token(STAFF))


def _refresh(client: Any) -> Any:
    return client.oauth.refresh(STAFF)


def _download(client: Any) -> Any:
    return client.media.download("md-1", io.BytesIO())


def _events(client: Lansenger) -> Any:
    return list(client.streams.stream_fetch_stream_message(msg_id="st-1", max_reconnects=0))


async def _aevents(client: AsyncLansenger) -> Any:
    return [event async for event in client.streams.astream_fetch_stream_message(msg_id="st-1", max_reconnects=0)]


def _streamed_events(client: Lansenger) -> Any:
    with client.streams.with_streaming_response.fetch_stream_message(msg_id="st-1", max_reconnects=0) as response:
        return list(response.iter_events())


async def _astreamed_events(client: AsyncLansenger) -> Any:
    streaming = client.streams.with_streaming_response
    async with streaming.fetch_stream_message(msg_id="st-1", max_reconnects=0) as response:
        return [event async for event in response.aiter_events()]


class _Raw(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body streamed as from a socket (respx reads a `ByteStream` answer itself, and would decode it early)."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self._body

    async def __aiter__(self) -> Any:
        yield self._body


def _broken_gzip_events(request: httpx.Request) -> httpx.Response:
    headers = {"content-type": "text/event-stream", "content-encoding": "gzip"}
    return httpx.Response(200, headers=headers, stream=_Raw(b"not gzip"))


def _ws_endpoint(client: Any) -> Any:
    return client.websocket.create_ws_endpoint(app_id=client.settings.app_id, secret=client.settings.app_secret)


@dataclass(frozen=True)
class WireCase:
    """One way for a call to fail on the wire. `keeps` must still be in the error's message."""

    id: str
    setup: Callable[[respx.MockRouter], object]
    call: Callable[[Any], Any] = _send
    acall: Callable[[Any], Any] | None = None
    error: type[BaseException] = LansengerError
    keeps: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    user: bool = False


def _token(router: respx.MockRouter) -> None:
    router.get(TOKEN_PATH).respond(json=token(APP_TOKEN))


def _token_then(router: respx.MockRouter, path: str, **mock: Any) -> None:
    _token(router)
    router.route(path=path).mock(**mock)


WIRE_CASES = [
    WireCase(
        "token-fetch-refused",
        lambda r: r.get(TOKEN_PATH).respond(json=failed(40001, "bad secret")),
        keeps=("create_app_token",),
    ),
    WireCase(
        "token-fetch-timed-out",
        lambda r: r.get(TOKEN_PATH).mock(side_effect=_with_url(httpx.ConnectTimeout)),
        keeps=("create_app_token", HOST, TOKEN_PATH),
    ),
    WireCase(
        "token-fetch-connection-refused",
        lambda r: r.get(TOKEN_PATH).mock(side_effect=_with_url(httpx.ConnectError)),
        keeps=("create_app_token", HOST, TOKEN_PATH),
    ),
    WireCase(
        "token-answer-cut-short",
        lambda r: r.get(TOKEN_PATH).respond(
            content=b'{"errCode":0,"data":{"appToken":"' + APP_TOKEN.encode() + b'","expiresIn":72',
            headers={"content-type": "application/json"},
        ),
        keeps=("create_app_token", "not JSON"),
    ),
    WireCase(
        "token-answer-of-the-wrong-shape",
        lambda r: r.get(TOKEN_PATH).respond(json=ok([APP_TOKEN])),
        keeps=("create_app_token",),
    ),
    WireCase(
        "call-refused",
        lambda r: _token_then(r, BOT_PATH, return_value=httpx.Response(200, json=failed(40001, "refused"))),
        keeps=("create_bot_message",),
    ),
    WireCase(
        "call-timed-out",
        lambda r: _token_then(r, BOT_PATH, side_effect=_with_url(httpx.ReadTimeout)),
        keeps=("create_bot_message", HOST, BOT_PATH),
    ),
    WireCase(
        "call-connection-refused",
        lambda r: _token_then(r, BOT_PATH, side_effect=_with_url(httpx.ConnectError)),
        keeps=("create_bot_message", HOST, BOT_PATH),
    ),
    WireCase(
        "token-rejected-then-refetch-refused",
        lambda r: (
            r.get(TOKEN_PATH).mock(
                side_effect=[httpx.Response(200, json=token(APP_TOKEN)), httpx.Response(200, json=failed(40001))]
            ),
            r.post(BOT_PATH).respond(json=failed(10004, "token expired")),
        ),
        keeps=("create_app_token",),
    ),
    WireCase(
        "token-rejected-then-refetch-timed-out",
        lambda r: (
            r.get(TOKEN_PATH).mock(
                side_effect=[httpx.Response(200, json=token(APP_TOKEN)), _with_url(httpx.ConnectTimeout)]
            ),
            r.post(BOT_PATH).respond(json=failed(10004, "token expired")),
        ),
        keeps=("create_app_token", HOST, TOKEN_PATH),
    ),
    WireCase(
        "user-token-call-timed-out",
        lambda r: _token_then(r, BOT_PATH, side_effect=_with_url(httpx.ReadTimeout)),
        call=_send_as_user,
        acall=_asend_as_user,
        keeps=("create_bot_message", HOST, BOT_PATH),
        user=True,
    ),
    WireCase(
        "refresh-timed-out",
        lambda r: _token_then(r, REFRESH_PATH, side_effect=_with_url(httpx.ReadTimeout)),
        call=_refresh,
        keeps=("refresh_user_token", HOST, REFRESH_PATH),
        user=True,
    ),
    WireCase(
        "download-timed-out",
        lambda r: _token_then(r, MEDIA_PATH, side_effect=_with_url(httpx.ReadTimeout)),
        call=_download,
        keeps=("fetch_media", HOST, MEDIA_PATH),
    ),
    WireCase(
        "download-cut-mid-body",
        lambda r: _token_then(r, MEDIA_PATH, side_effect=_cut_download),
        call=_download,
        keeps=("fetch_media", HOST, MEDIA_PATH),
    ),
    WireCase(
        "download-refused",
        lambda r: _token_then(r, MEDIA_PATH, return_value=httpx.Response(200, json=failed(40001, "no such media"))),
        call=_download,
        keeps=("fetch_media",),
    ),
    WireCase(
        "event-stream-lost",
        lambda r: _token_then(r, SSE_PATH, side_effect=_with_url(httpx.ReadError)),
        call=_events,
        acall=_aevents,
        keeps=("fetch_stream_message",),
    ),
    WireCase(
        "event-stream-broken-gzip",
        lambda r: _token_then(r, SSE_PATH, side_effect=_broken_gzip_events),
        call=_events,
        acall=_aevents,
        keeps=("fetch_stream_message", HOST, SSE_PATH),
    ),
    WireCase(
        "event-stream-response-lost",
        lambda r: _token_then(r, SSE_PATH, side_effect=_with_url(httpx.ReadError)),
        call=_streamed_events,
        acall=_astreamed_events,
        keeps=("fetch_stream_message",),
    ),
    WireCase(
        "event-stream-response-refused",
        lambda r: _token_then(r, SSE_PATH, return_value=httpx.Response(200, json=failed(64001, "not found"))),
        call=_streamed_events,
        acall=_astreamed_events,
        keeps=("fetch_stream_message",),
    ),
    WireCase(
        "event-stream-response-broken-gzip",
        lambda r: _token_then(r, SSE_PATH, side_effect=_broken_gzip_events),
        call=_streamed_events,
        acall=_astreamed_events,
        keeps=("fetch_stream_message", HOST, SSE_PATH),
    ),
    WireCase(
        "websocket-endpoint-timed-out",
        lambda r: _token_then(r, WS_PATH, side_effect=_with_url(httpx.ReadTimeout)),
        call=_ws_endpoint,
        keeps=("create_ws_endpoint", HOST, WS_PATH),
    ),
    WireCase(
        "request-hook-failed",
        lambda r: _token_then(r, BOT_PATH, return_value=httpx.Response(200, json=ok({"msgId": "m"}))),
        error=RuntimeError,
        keeps=("hook failed",),
        options={"event_hooks": {"request": [_failing_hook]}},
    ),
]
WIRE_SECRETS = Secrets(APP_SECRET, APP_TOKEN, FRESH_TOKEN, USER_TOKEN, REFRESH_TOKEN)


@pytest.fixture
def gateway() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=GATEWAY, assert_all_called=False) as router:
        yield router


def _check(error: BaseException, case_keeps: tuple[str, ...], secrets: Secrets) -> None:
    assert exposures(error, secrets) == []
    for kept in case_keeps:
        assert kept in str(error)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in WIRE_CASES])
def test_wire_failure_exposes_no_secret(gateway: respx.MockRouter, case: WireCase) -> None:
    case.setup(gateway)
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, max_retries=0, **case.options) as client:
        if case.user:
            client.oauth.remember(GRANT)
        with pytest.raises(case.error) as raised:
            case.call(client)
    _check(raised.value, case.keeps, WIRE_SECRETS)


@pytest.mark.anyio
@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in WIRE_CASES])
async def test_wire_failure_exposes_no_secret_async(gateway: respx.MockRouter, case: WireCase) -> None:
    case.setup(gateway)
    async with AsyncLansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, max_retries=0, **case.options) as client:
        if case.user:
            client.oauth.remember(GRANT)
        with pytest.raises(case.error) as raised:
            outcome = (case.acall or case.call)(client)
            if inspect.isawaitable(outcome):
                await outcome
    _check(raised.value, case.keeps, WIRE_SECRETS)


SANDBOX_SECRET = "SandboxS3cr3tValue000005"
SANDBOX_USER = "org-1-1001"


@dataclass(frozen=True)
class LoopbackCase:
    """One failure the sandbox injects (`faults`: path and `fail_next` options), after a token was fetched
    (`warm`) and a user authorized (`user`) when the case needs them."""

    id: str
    faults: tuple[tuple[str, dict[str, Any]], ...]
    call: Callable[[Any], Any] = _send
    acall: Callable[[Any], Any] | None = None
    warm: bool = True
    user: bool = False
    keeps: tuple[str, ...] = ()


def _sandbox_send_as_user(client: Lansenger) -> Any:
    return client.messages.send_text(SANDBOX_USER, "hello", user_token=client.oauth.user_token(SANDBOX_USER))


async def _asandbox_send_as_user(client: AsyncLansenger) -> Any:
    user_token = await client.oauth.user_token(SANDBOX_USER)
    return await client.messages.send_text(SANDBOX_USER, "hello", user_token=user_token)


def _sandbox_refresh(client: Any) -> Any:
    return client.oauth.refresh(SANDBOX_USER)


SLOW = {"latency": 30.0}
DROPPED = {"reset": True}
REFUSED = {"err_code": 40001}
LOOPBACK_CASES = [
    LoopbackCase("token-fetch-refused", ((TOKEN_PATH, REFUSED),), warm=False, keeps=("create_app_token",)),
    LoopbackCase("token-fetch-timed-out", ((TOKEN_PATH, SLOW),), warm=False, keeps=("create_app_token", TOKEN_PATH)),
    LoopbackCase("token-fetch-dropped", ((TOKEN_PATH, DROPPED),), warm=False, keeps=("create_app_token", TOKEN_PATH)),
    LoopbackCase("call-refused", ((BOT_PATH, REFUSED),), keeps=("create_bot_message",)),
    LoopbackCase("call-timed-out", ((BOT_PATH, SLOW),), keeps=("create_bot_message", BOT_PATH)),
    LoopbackCase("call-dropped", ((BOT_PATH, DROPPED),), keeps=("create_bot_message", BOT_PATH)),
    LoopbackCase(
        "token-expired-then-refetch-refused",
        ((BOT_PATH, {"expire_token": True}), (TOKEN_PATH, REFUSED)),
        keeps=("create_app_token",),
    ),
    LoopbackCase(
        "token-expired-then-refetch-dropped",
        ((BOT_PATH, {"expire_token": True}), (TOKEN_PATH, DROPPED)),
        keeps=("create_app_token", TOKEN_PATH),
    ),
    LoopbackCase(
        "user-token-call-dropped",
        ((BOT_PATH, DROPPED),),
        call=_sandbox_send_as_user,
        acall=_asandbox_send_as_user,
        user=True,
        keeps=("create_bot_message", BOT_PATH),
    ),
    LoopbackCase(
        "refresh-dropped", ((REFRESH_PATH, DROPPED),), call=_sandbox_refresh, user=True, keeps=(REFRESH_PATH,)
    ),
    LoopbackCase("download-dropped", ((MEDIA_PATH, DROPPED),), call=_download, keeps=("fetch_media", MEDIA_PATH)),
    LoopbackCase("websocket-endpoint-dropped", ((WS_PATH, DROPPED),), call=_ws_endpoint, keeps=(WS_PATH,)),
]


pytestmark = pytest.mark.lansenger_sandbox(app_secret=SANDBOX_SECRET)


def _prepared(sandbox: Sandbox, case: LoopbackCase) -> tuple[MemoryTokenStore, Secrets]:
    """A store holding what the case needs (fetched by another client, as another process would), and every
    secret issued, kept out of the test's own locals."""
    store, secrets = MemoryTokenStore(), Secrets(SANDBOX_SECRET)
    with Lansenger(sandbox.app_id, SANDBOX_SECRET, gateway_url=sandbox.url, token_store=store) as warm:
        if case.warm:
            secrets.add(warm.app_token())
        if case.user:
            grant = warm.oauth.exchange(sandbox.oauth.issue_code(SANDBOX_USER, "", "snsapi_base", ""))
            secrets.add(grant.user_token)
            secrets.add(str(grant.refresh_token))
    for path, options in case.faults:
        sandbox.fail_next(path, **options)
    return store, secrets


def _loopback_client(kind: Any, sandbox: Sandbox, store: MemoryTokenStore) -> Any:
    return kind(sandbox.app_id, SANDBOX_SECRET, gateway_url=sandbox.url, token_store=store, max_retries=0, timeout=0.5)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in LOOPBACK_CASES])
def test_loopback_failure_exposes_no_secret(lansenger_sandbox: Sandbox, case: LoopbackCase) -> None:
    store, secrets = _prepared(lansenger_sandbox, case)
    with _loopback_client(Lansenger, lansenger_sandbox, store) as client, pytest.raises(LansengerError) as raised:
        case.call(client)
    _check(raised.value, case.keeps, secrets)


@pytest.mark.anyio
@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in LOOPBACK_CASES])
async def test_loopback_failure_exposes_no_secret_async(lansenger_sandbox: Sandbox, case: LoopbackCase) -> None:
    store, secrets = _prepared(lansenger_sandbox, case)
    async with _loopback_client(AsyncLansenger, lansenger_sandbox, store) as client:
        with pytest.raises(LansengerError) as raised:
            outcome = (case.acall or case.call)(client)
            if inspect.isawaitable(outcome):
                await outcome
    _check(raised.value, case.keeps, secrets)


@pytest.mark.parametrize("kind", [Lansenger, AsyncLansenger])
def test_a_configuration_error_from_the_environment_exposes_no_secret(
    monkeypatch: pytest.MonkeyPatch, kind: Any
) -> None:
    monkeypatch.setenv("LANSENGER_APP_ID", APP_ID)
    monkeypatch.setenv("LANSENGER_APP_SECRET", APP_SECRET)
    monkeypatch.setenv("LANSENGER_APP_TOKEN", APP_TOKEN)
    monkeypatch.delenv("LANSENGER_API_GATEWAY_URL", raising=False)
    with pytest.raises(ConfigurationError) as raised:
        kind.from_env()
    _check(raised.value, ("gateway_url",), WIRE_SECRETS)


@pytest.mark.parametrize("kind", [Lansenger, AsyncLansenger])
def test_a_configuration_error_from_a_state_file_exposes_no_secret(tmp_path: Path, kind: Any) -> None:
    state = tmp_path / "state.json"
    state.write_text(json.dumps({"app_id": APP_ID, "app_secret": APP_SECRET}), encoding="utf-8")
    with pytest.raises(ConfigurationError) as raised:
        kind.from_store(state)
    _check(raised.value, ("gateway_url",), WIRE_SECRETS)


AES_KEY = base64.b64encode(b"K" * 32).decode()[:43]
WRONG_KEY = base64.b64encode(b"W" * 32).decode()[:43]
SIGN_TOKEN = "SignTokenValue0000000006"
CALLBACK_SECRETS = Secrets(AES_KEY, WRONG_KEY, SIGN_TOKEN, repr(b"W" * 32)[2:-1], repr(b"K" * 32)[2:-1])
EVENT = {"eventType": "bot_private_message", "id": "e-1", "data": {"msgId": "m-1"}}


def _callback(sign_token: str = SIGN_TOKEN) -> SignedCallback:
    return signed_callback([EVENT], AES_KEY, sign_token, app_id=APP_ID, org_id="org-1")


def test_decrypting_with_a_wrong_key_exposes_no_key() -> None:
    with pytest.raises(LansengerError) as raised:
        decrypt(_callback().data_encrypt, WRONG_KEY)
    _check(raised.value, (), CALLBACK_SECRETS)


@pytest.mark.parametrize(
    ("receiver_key", "sign_token"),
    [
        pytest.param(WRONG_KEY, SIGN_TOKEN, id="wrong-key"),
        pytest.param(AES_KEY, "Forged0Token000000000007", id="bad-sign"),
    ],
)
def test_a_rejected_callback_carries_no_secret(receiver_key: str, sign_token: str) -> None:
    signed = _callback(sign_token)
    result = CallbackReceiver(receiver_key, sign_token=SIGN_TOKEN, app_id=APP_ID).handle(signed.body, signed.query)
    assert result.error is not None and result.err_code in (-1, -2)
    _check(result.error, (), CALLBACK_SECRETS)


def test_a_receiver_given_a_bad_key_says_so_without_it() -> None:
    with pytest.raises(LansengerError) as raised:
        CallbackReceiver(WRONG_KEY[:-3] + "!!!", sign_token=SIGN_TOKEN)
    _check(raised.value, ("aes_key",), Secrets(WRONG_KEY[:-3], SIGN_TOKEN))
