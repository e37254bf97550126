"""Two `BotRuntime`s sharing one Redis (`RedisChatQueues`) stand for two webhook workers: a chat's messages,
split between them, are handled one batch at a time in arrival order, rapid messages merge, a message that
reaches both is handled once, and a worker that stops or dies mid-chat leaves the rest to the other.

Debounce runs on one fake clock both workers share; leases and polling use Redis' real time with short ttls.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest
import redis
from lansenger import AsyncLansenger, ConfigurationError
from lansenger.bot import BotEvent, BotRuntime, RedisChatQueues
from lansenger.inbound import CallbackEvent, Dispatcher
from lansenger.testing import Sandbox
from redis.backoff import NoBackoff
from redis.retry import Retry

from tests.test_bot_runtime import ADA, WAIT, FakeClock, Inbox, text_event, until

WORKER = Path(__file__).with_name("_bot_worker.py")


class Workers:
    """Two runtimes on one Redis prefix; `log` records (worker, "start"/"end", msgIds) for every batch."""

    def __init__(self, redis_url: str) -> None:
        self.prefix = f"test:{uuid.uuid4().hex}:"
        self.redis_url = redis_url
        self.log: list[tuple[str, str, tuple[str, ...]]] = []
        self.inbox = Inbox()
        self.gates: dict[str, asyncio.Event] = {}
        self.runtimes: dict[str, BotRuntime] = {}

    def dispatcher(self, name: str) -> Dispatcher:
        dispatcher = Dispatcher()
        ping = redis.Redis.from_url(self.redis_url)

        @dispatcher.on("bot_private_message", "bot_group_message")
        async def handle(event: BotEvent) -> None:
            ids = tuple(item.data["msgId"] for item in event.merged) or (str(event.msg_id),)
            self.log.append((name, "start", ids))
            await asyncio.to_thread(ping.ping)  # a real pause in which the other worker could start a batch
            gate = self.gates.get(ids[0])
            if gate is not None:
                await gate.wait()
            self.log.append((name, "end", ids))
            self.inbox.add(event)

        return dispatcher

    @asynccontextmanager
    async def run(self, sandbox: Sandbox, *, ttl: float = 5.0, **options: Any) -> AsyncIterator[Workers]:
        async with AsyncExitStack() as stack:
            for name in ("a", "b"):
                client = AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, max_retries=0)
                await stack.enter_async_context(client)
                queues = RedisChatQueues(self.redis_url, key_prefix=self.prefix, ttl=ttl)
                runtime = BotRuntime(client, self.dispatcher(name), queues=queues, **options)
                self.runtimes[name] = await stack.enter_async_context(runtime)
            yield self

    async def submit(self, worker: str, *events: CallbackEvent) -> None:
        """Hand `events` to one worker and return once Redis has them: what "arrived first" means across workers."""
        self.runtimes[worker].submit(list(events))
        store = redis.Redis.from_url(self.redis_url)
        await until(lambda: all(store.exists(f"{self.prefix}seen:{event.data['msgId']}") for event in events))

    def handled(self) -> list[tuple[str, ...]]:
        return [ids for _, step, ids in self.log if step == "end"]


def one_at_a_time(log: list[tuple[str, str, tuple[str, ...]]]) -> bool:
    return all(
        log[n][1] == "start" and log[n + 1][1] == "end" and log[n][2] == log[n + 1][2] for n in range(0, len(log), 2)
    )


@pytest.mark.anyio
async def test_a_chat_split_across_workers_is_handled_one_at_a_time_in_order(
    lansenger_sandbox: Sandbox, redis_url: str
) -> None:
    async with Workers(redis_url).run(lansenger_sandbox) as workers:
        for n in range(6):
            await workers.submit("ab"[n % 2], text_event(f"m{n}", f"question {n}"))
        await workers.inbox.wait_for(6)
    assert workers.handled() == [(f"m{n}",) for n in range(6)]
    assert one_at_a_time(workers.log), workers.log


@pytest.mark.anyio
async def test_rapid_messages_split_across_workers_merge_into_one(lansenger_sandbox: Sandbox, redis_url: str) -> None:
    clock = FakeClock()
    async with Workers(redis_url).run(lansenger_sandbox, debounce=2.0, clock=clock, sleep=clock.sleep) as workers:
        workers.runtimes["a"].submit([text_event("m1", "first")])
        await until(lambda: clock.sleepers == 1)
        clock.advance(1.0)
        await workers.submit("b", text_event("m2", "second"))
        clock.advance(1.5)  # m1's window is over, m2's is not: the holder waits on
        await until(lambda: clock.sleepers == 1)
        assert workers.inbox.events == []
        clock.advance(1.0)
        await workers.inbox.wait_for(1)
    (event,) = workers.inbox.events
    assert (event.text, [item.data["msgId"] for item in event.merged]) == ("first\nsecond", ["m1", "m2"])


@pytest.mark.anyio
async def test_a_message_both_workers_receive_is_handled_once(lansenger_sandbox: Sandbox, redis_url: str) -> None:
    async with Workers(redis_url).run(lansenger_sandbox) as workers:
        twice = text_event("m1", "redelivered")
        workers.runtimes["a"].submit([twice])
        workers.runtimes["b"].submit([twice, text_event("m2", "next")])
        await workers.inbox.wait_for(2)
    assert workers.handled() == [("m1",), ("m2",)]


@pytest.mark.anyio
async def test_a_worker_stopped_mid_chat_leaves_the_rest_to_the_other(
    lansenger_sandbox: Sandbox, redis_url: str
) -> None:
    workers = Workers(redis_url)
    workers.gates["m1"] = asyncio.Event()
    async with workers.run(lansenger_sandbox, ttl=1.5) as running:
        a = running.runtimes["a"]
        a.submit([text_event("m1", "one")])
        await until(lambda: running.log == [("a", "start", ("m1",))])
        await running.submit("b", text_event("m2", "two"), text_event("m3", "three"))
        stopping = asyncio.ensure_future(a.aclose())
        workers.gates["m1"].set()
        await stopping
        await running.inbox.wait_for(3)  # b polls every ttl / 3 and finds the chat without a holder
    assert [(name, ids) for name, step, ids in workers.log if step == "end"] == [
        ("a", ("m1",)),
        ("b", ("m2",)),
        ("b", ("m3",)),
    ]


@pytest.mark.anyio
async def test_a_dead_workers_chat_is_finished_by_the_other_after_its_lease_expires(
    lansenger_sandbox: Sandbox, redis_url: str
) -> None:
    workers = Workers(redis_url)
    ttl = 1.0
    dead = subprocess.Popen(
        [sys.executable, str(WORKER), lansenger_sandbox.url, redis_url, workers.prefix, str(ttl)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert dead.stdout is not None
        with anyio.fail_after(WAIT * 2):
            assert await asyncio.to_thread(dead.stdout.readline) == "handling m1\n"
        async with workers.run(lansenger_sandbox, ttl=ttl) as running:
            running.runtimes["b"].submit([text_event("m2", "two")])
            dead.kill()
            await running.inbox.wait_for(2)
    finally:
        dead.kill()
        dead.wait()
    assert workers.handled() == [("m1",), ("m2",)], "m1 again (at-least-once), then the rest in order"


@pytest.mark.anyio
async def test_messages_that_waited_too_long_on_the_shared_list_are_dropped(
    lansenger_sandbox: Sandbox, redis_url: str
) -> None:
    clock, workers = FakeClock(), Workers(redis_url)
    workers.gates["m1"] = asyncio.Event()
    async with workers.run(lansenger_sandbox, max_age=10.0, clock=clock, sleep=clock.sleep) as running:
        running.runtimes["a"].submit([text_event("m1", "slow")])
        await until(lambda: running.log == [("a", "start", ("m1",))])
        await running.submit("b", text_event("m2", "stale"))
        clock.advance(11.0)
        workers.gates["m1"].set()
        await until(lambda: running.runtimes["a"].dropped == 1)
        running.runtimes["b"].submit([text_event("m3", "fresh")])
        await running.inbox.wait_for(2)
    assert workers.handled() == [("m1",), ("m3",)]


@pytest.mark.anyio
async def test_an_entry_the_sdk_did_not_write_is_removed_instead_of_blocking_the_chat(
    lansenger_sandbox: Sandbox, redis_url: str
) -> None:
    workers = Workers(redis_url)
    redis.Redis.from_url(redis_url).rpush(f'{workers.prefix}chat:[null,"{ADA}"]', b"[not, json", b'{"data": 1}')
    async with workers.run(lansenger_sandbox) as running:
        running.runtimes["a"].submit([text_event("m1", "hello")])
        await running.inbox.wait_for(1)
    assert workers.handled() == [("m1",)]


@pytest.mark.anyio
async def test_without_redis_a_message_is_handled_alone_rather_than_lost(
    lansenger_sandbox: Sandbox, tmp_path: Path
) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()
    dispatcher.on("bot_private_message")(inbox.add)
    no_retries = Retry(NoBackoff(), 0)  # redis-py would otherwise retry for seconds
    down = redis.Redis(unix_socket_path=str(tmp_path / "no-redis.sock"), socket_timeout=0.2, retry=no_retries)
    client = AsyncLansenger(lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url)
    async with client, BotRuntime(client, dispatcher, queues=RedisChatQueues(client=down)) as runtime:
        runtime.submit([text_event("m1", "hello")])
        await inbox.wait_for(1)
    assert [event.msg_id for event in inbox.events] == ["m1"]


def test_options_are_checked(redis_url: str) -> None:
    for options in ({"ttl": 0.0}, {"ttl": float("nan")}, {"key_prefix": ""}, {"timeout": 0}):
        with pytest.raises(ConfigurationError):
            RedisChatQueues(redis_url, **options)
    with pytest.raises(ConfigurationError):
        RedisChatQueues()
    assert "ttl=10.0" in repr(RedisChatQueues(redis_url))
