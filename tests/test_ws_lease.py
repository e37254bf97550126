"""`RedisLease` against a real redis-server, and two replicas of a personal bot against the sandbox's WebSocket:
exactly one holds the connection, and the other takes over when the holder is killed.

Short TTLs stand in for time; tests wait on what happens (a line from the other process, a state, an event),
bounded by `fail_after`, never on a sleep.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
import uuid
from pathlib import Path

import anyio
import pytest
import redis
from lansenger import AsyncLansenger, ConfigurationError, StoreError
from lansenger.inbound import AsyncWebSocketListener, CallbackEvent, Dispatcher, ListenerState, RedisLease
from lansenger.testing import Sandbox

WORKER = str(Path(__file__).with_name("_lease_worker.py"))
WAIT = 10.0


@pytest.fixture
def key() -> str:
    return f"test:lease:{uuid.uuid4().hex}"


def message(msg_id: str) -> dict[str, object]:
    return {"type": "bot_private_message", "data": {"from": "524288-1001", "msgId": msg_id, "msgType": "text"}}


def test_one_holder_at_a_time_and_only_the_holder_renews_or_releases(redis_url: str, key: str) -> None:
    a, b = RedisLease(redis_url, key=key, holder="a"), RedisLease(redis_url, key=key, holder="b")
    assert (a.acquire(), b.acquire()) == (True, False)
    assert a.acquire() and a.renew(), "acquiring what one holds renews it"
    assert not b.renew()
    b.release()
    assert redis.Redis.from_url(redis_url).get(key) == b"a", "b cannot release a's lease"
    a.release()
    assert b.acquire() and not a.renew()


def test_a_lease_nobody_renews_passes_to_the_next_replica(redis_url: str, key: str) -> None:
    a, b = RedisLease(redis_url, key=key, ttl=0.05, holder="a"), RedisLease(redis_url, key=key, holder="b")
    assert a.acquire()
    deadline = time.monotonic() + WAIT
    while not b.acquire():  # polls while a's lease runs out; the bound only keeps a broken lease from hanging
        assert time.monotonic() < deadline, "the lease never expired"
        time.sleep(0.01)
    assert not a.renew()
    ttl_ms = redis.Redis.from_url(redis_url).pttl(key)
    assert 0 < ttl_ms <= 6000, "the new holder's own ttl"


def test_unreachable_redis_is_a_store_error(tmp_path: Path) -> None:
    lease = RedisLease(f"unix://{tmp_path}/none.sock", key="k")
    with pytest.raises(StoreError) as raised:
        lease.acquire()
    assert isinstance(raised.value.__cause__, redis.ConnectionError)


@pytest.mark.parametrize("options", [{}, {"url": "redis://x", "ttl": 0}, {"url": "redis://x", "key": ""}])
def test_bad_options(options: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        RedisLease(**options)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_a_standby_replica_takes_over_when_the_holder_is_killed(
    lansenger_sandbox: Sandbox, redis_url: str, key: str
) -> None:
    ttl = 1.0
    app = (lansenger_sandbox.url, lansenger_sandbox.app_id, lansenger_sandbox.app_secret)
    holder = subprocess.Popen(
        [sys.executable, WORKER, *app, redis_url, key, str(ttl)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    states: list[ListenerState] = []
    standby, inbox, arrived = asyncio.Event(), [], asyncio.Event()
    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message")
    def receive(event: CallbackEvent) -> None:
        inbox.append(event.data["msgId"])
        arrived.set()

    def on_state(state: ListenerState) -> None:
        states.append(state)
        if state is ListenerState.STANDBY:
            standby.set()

    try:
        with anyio.fail_after(WAIT):
            assert await asyncio.to_thread(holder.stdout.readline) == "open\n"
        async with AsyncLansenger(
            lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url
        ) as client:
            lease = RedisLease(redis_url, key=key, ttl=ttl, holder="replica-b")
            listener = AsyncWebSocketListener(client, dispatcher, lease=lease, on_state=on_state)
            task = asyncio.ensure_future(listener.run())
            try:
                with anyio.fail_after(WAIT):
                    await standby.wait()
                lansenger_sandbox.websocket.push([message("m1")])
                with anyio.fail_after(WAIT):
                    assert await asyncio.to_thread(holder.stdout.readline) == "event m1\n"
                assert (lansenger_sandbox.websocket.connected, lansenger_sandbox.websocket.connections) == (1, 1)

                holder.kill()
                holder.wait()
                lansenger_sandbox.websocket.push([message("m2")])
                with anyio.fail_after(WAIT):
                    await arrived.wait()
            finally:
                listener.stop()
                with anyio.fail_after(WAIT):
                    await task
    finally:
        holder.kill()
        holder.wait()
    assert inbox == ["m2"], "the standby replica saw nothing while the other held the lease"
    assert states[:3] == [ListenerState.STANDBY, ListenerState.CONNECTING, ListenerState.OPEN]
    assert lansenger_sandbox.websocket.connections == 2
    assert redis.Redis.from_url(redis_url).get(key) is None, "a clean stop releases the lease"
