"""`RedisSeenStore` against a real redis-server: one dedupe memory for several webhook workers, a restarted
worker, and a WebSocket bot that restarts; and what happens when Redis is gone (the event is handled anyway)."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import anyio
import pytest
import redis
import uvicorn
from lansenger import AsyncLansenger, ConfigurationError, StoreError
from lansenger.callbacks import (
    CallbackEvent,
    CallbackReceiver,
    Dispatcher,
    RedisSeenStore,
    SeenStore,
    asgi_app,
    wsgi_app,
)
from lansenger.inbound import AsyncWebSocketListener
from lansenger.testing import Sandbox

EVENTS = [
    {"id": "m-1", "eventType": "bot_private_message", "data": {"from": "524288-1001", "msgType": "text"}},
    {"id": "m-2", "eventType": "staff_create", "data": {"staffId": "524288-1009"}},
]
NO_ID = [{"eventType": "staff_create", "data": {"staffId": "524288-1010"}}]
OK = (200, {"errCode": 0, "errMsg": "ok"})
WAIT = 5.0


@pytest.fixture
def prefix() -> str:
    """A key prefix of this test's own: the redis-server is shared by the whole session."""
    return f"test:{uuid.uuid4().hex}:"


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Silent."""


def _recording_dispatcher(handled: list[str]) -> Dispatcher:
    dispatcher = Dispatcher()

    @dispatcher.on()
    def record(event: CallbackEvent) -> None:
        handled.append(event.id or f"({event.type} without id)")

    return dispatcher


@contextmanager
def wsgi_worker(sandbox: Sandbox, seen: SeenStore, handled: list[str]) -> Iterator[str]:
    """One webhook worker: its own receiver and server on a loopback port."""
    receiver = CallbackReceiver(
        sandbox.aes_key, sign_token=sandbox.sign_token, dispatcher=_recording_dispatcher(handled), seen=seen
    )
    server: WSGIServer = make_server("127.0.0.1", 0, wsgi_app(receiver), handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/callback"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def asgi_worker(sandbox: Sandbox, seen: SeenStore, handled: list[str]) -> Iterator[str]:
    receiver = CallbackReceiver(
        sandbox.aes_key, sign_token=sandbox.sign_token, dispatcher=_recording_dispatcher(handled), seen=seen
    )
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    # log_config=None: uvicorn's own dictConfig would re-enable every logger the sandbox silenced
    config = uvicorn.Config(asgi_app(receiver), log_config=None, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: server.run(sockets=[listener]), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/callback"
    finally:
        server.should_exit = True
        thread.join()


def test_two_workers_sharing_redis_handle_a_redelivered_event_once(
    lansenger_sandbox: Sandbox, redis_url: str, prefix: str
) -> None:
    """Worker A (WSGI) and worker B (ASGI), each with its own connection to Redis, as two gunicorn/uvicorn workers
    or two containers would have; the platform's redelivery lands on B."""
    handled_a: list[str] = []
    handled_b: list[str] = []
    with (
        wsgi_worker(lansenger_sandbox, RedisSeenStore(redis_url, prefix=prefix), handled_a) as url_a,
        asgi_worker(lansenger_sandbox, RedisSeenStore(redis_url, prefix=prefix), handled_b) as url_b,
    ):
        assert lansenger_sandbox.post_callback(url_a, EVENTS) == OK
        assert lansenger_sandbox.post_callback(url_b, EVENTS) == OK
        assert lansenger_sandbox.post_callback(url_b, EVENTS, layout="ids-first") == OK
        assert lansenger_sandbox.post_callback(url_a, NO_ID) == OK
        assert lansenger_sandbox.post_callback(url_b, NO_ID) == OK
    assert handled_a == ["m-1", "m-2", "(staff_create without id)"]
    assert handled_b == ["(staff_create without id)"], "events without an id are never deduplicated"


def test_a_restarted_worker_remembers_what_it_handled(lansenger_sandbox: Sandbox, redis_url: str, prefix: str) -> None:
    handled: list[str] = []
    with wsgi_worker(lansenger_sandbox, RedisSeenStore(redis_url, prefix=prefix), handled) as url:
        assert lansenger_sandbox.post_callback(url, EVENTS[:1]) == OK
    with wsgi_worker(lansenger_sandbox, RedisSeenStore(redis_url, prefix=prefix), handled) as url:
        assert lansenger_sandbox.post_callback(url, EVENTS) == OK
    assert handled == ["m-1", "m-2"]


def test_of_racing_workers_exactly_one_wins_each_id(redis_url: str, prefix: str) -> None:
    stores = [RedisSeenStore(redis_url, prefix=prefix) for _ in range(8)]
    ids = [f"race-{n}" for n in range(50)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda store: [store.add(event_id) for event_id in ids], stores))
    assert [sum(column) for column in zip(*answers, strict=True)] == [1] * len(ids)


def test_ids_expire_in_redis_after_the_ttl(redis_url: str, prefix: str) -> None:
    client = redis.Redis.from_url(redis_url)
    store = RedisSeenStore(client=client, prefix=prefix, ttl=90)
    assert store.add("e-1") and not store.add("e-1")
    assert 0 < client.pttl(prefix + "e-1") <= 90_000
    assert client.get(prefix + "e-1") == b"1"
    client.delete(prefix + "e-1")  # what Redis does when the TTL runs out
    assert store.add("e-1")
    other_app = RedisSeenStore(client=client, prefix=prefix + "other-app:")
    assert other_app.add("e-1"), "another prefix is another memory"
    assert repr(store) == f"RedisSeenStore(prefix={prefix!r})"


def test_unreachable_redis_is_a_store_error_and_the_webhook_still_handles_the_event(
    lansenger_sandbox: Sandbox, tmp_path: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="lansenger")
    gone = RedisSeenStore(f"unix://{tmp_path}/no-redis.sock", prefix="x:")
    with pytest.raises(StoreError, match="Redis did not answer the dedupe check") as raised:
        gone.add("e-1")
    assert isinstance(raised.value.__cause__, redis.ConnectionError)
    handled: list[str] = []
    with wsgi_worker(lansenger_sandbox, gone, handled) as url:
        assert lansenger_sandbox.post_callback(url, EVENTS[:1]) == OK
        assert lansenger_sandbox.post_callback(url, EVENTS[:1]) == OK
    assert handled == ["m-1", "m-1"], "fail open: a duplicate rather than a lost event"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [
        "callback dedupe unavailable, handling the event unchecked: "
        "Redis did not answer the dedupe check (ConnectionError)"
    ]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    "options",
    [{}, {"url": "redis://x", "client": "both"}, {"url": "redis://x", "ttl": 0}, {"url": "redis://x", "timeout": 0}],
)
def test_bad_configuration_is_refused(options: dict[str, Any]) -> None:
    if options.get("client") == "both":
        options["client"] = redis.Redis()
    with pytest.raises(ConfigurationError):
        RedisSeenStore(**options)


def test_it_is_a_seen_store() -> None:
    assert isinstance(RedisSeenStore("redis://localhost"), SeenStore)


def _message(msg_id: str) -> dict[str, Any]:
    return {"type": "bot_private_message", "data": {"from": "staff-1", "msgId": msg_id, "msgType": "text"}}


async def _listen_until(sandbox: Sandbox, seen: SeenStore, handled: list[str], count: int) -> None:
    """Run a listener until `count` events reached its handler."""
    arrived = asyncio.Event()
    dispatcher = Dispatcher()

    @dispatcher.on()
    def record(event: CallbackEvent) -> None:
        handled.append(event.data["msgId"])
        if len(handled) >= count:
            arrived.set()

    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, max_retries=0) as client:
        listener = AsyncWebSocketListener(client, dispatcher, seen=seen)
        task = asyncio.ensure_future(listener.run())
        with anyio.fail_after(WAIT):
            await arrived.wait()
            listener.stop()
            await task


@pytest.mark.anyio
async def test_a_restarted_websocket_bot_does_not_handle_a_repeat_again(
    lansenger_sandbox: Sandbox, redis_url: str, prefix: str
) -> None:
    handled: list[str] = []
    lansenger_sandbox.websocket.push([_message("w-1")])
    await _listen_until(lansenger_sandbox, RedisSeenStore(redis_url, prefix=prefix), handled, 1)
    lansenger_sandbox.websocket.push([_message("w-1"), _message("w-2")])
    await _listen_until(lansenger_sandbox, RedisSeenStore(redis_url, prefix=prefix), handled, 2)
    assert handled == ["w-1", "w-2"]
    keys = sorted(key.decode() for key in redis.Redis.from_url(redis_url).keys(prefix + "*"))
    assert keys == [prefix + "bot_private_message:w-1", prefix + "bot_private_message:w-2"]


@pytest.mark.anyio
async def test_a_websocket_bot_whose_store_fails_still_gets_its_events(
    lansenger_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken:
        def __init__(self, error: Exception) -> None:
            self.error = error

        def add(self, event_id: str) -> bool:
            raise self.error

    caplog.set_level(logging.WARNING, logger="lansenger")
    handled: list[str] = []
    lansenger_sandbox.websocket.push([_message("w-1"), _message("w-1")])
    await _listen_until(
        lansenger_sandbox, Broken(StoreError("Redis did not answer the dedupe check (TimeoutError)")), handled, 2
    )
    lansenger_sandbox.websocket.push([_message("w-2")])
    await _listen_until(lansenger_sandbox, Broken(RuntimeError("bug")), handled, 3)
    assert handled == ["w-1", "w-1", "w-2"]
    levels = [(r.levelname, r.getMessage()) for r in caplog.records if "unchecked" in r.getMessage()]
    assert levels == [
        (
            "WARNING",
            "websocket: dedupe unavailable, handling the event unchecked: "
            "Redis did not answer the dedupe check (TimeoutError)",
        ),
        ("ERROR", "websocket: seen store failed, handling the event unchecked: RuntimeError"),
    ], "the repeat of the same failure is folded into DEBUG"
