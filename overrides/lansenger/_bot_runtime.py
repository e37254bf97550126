"""`BotRuntime`: runs a dispatcher's handlers in the background, with the rules agent bots otherwise hand-write.

Attached to a dispatcher, it makes `dispatch` / `adispatch` return at once (so the webhook answers within the
platform's few seconds and the WebSocket keeps reading); the handlers then run in its tasks:
bot messages pass the `BotPolicy`, queue per chat (in order, `max_concurrency` chats at a time), merge when one
sender writes several in a `debounce` window, are dropped when they waited longer than `max_age`, optionally get
an `ack` message ("processing…") that the first reply revokes, and reach the handlers as a `BotEvent` (with
`reply` / `download_media`, both coroutines: write bot handlers as `async def`). Other events run as they come,
within the same concurrency bound; plain function handlers run on worker threads. Order and debounce hold in
this process, or across every worker of the bot with `queues=RedisChatQueues(...)`.

It runs on the caller's event loop (`async with runtime:`, which the ASGI app's lifespan and the WebSocket
listeners do for you) or on a thread of its own (`start()` / `stop()`; the WSGI app starts it on its first
request). Stopping drains: everything accepted is handled (within `drain_timeout`) before it returns.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import threading
import time
from collections.abc import AsyncIterator, Coroutine, Hashable
from contextlib import asynccontextmanager
from types import TracebackType
from typing import TYPE_CHECKING

from lansenger_api.errors import LansengerError
from lansenger_api.events import CallbackEvent

from ._bot_event import BotEvent, message_text
from ._bot_policies import BotPolicy
from ._chat_queues import BatchRules, ChatQueues, Clock, Sleep
from ._commands import parse_command
from ._dispatch import BOT_MESSAGES, Dispatcher
from ._redis_chat_queues import RedisChatQueues, SharedChatQueues

if TYPE_CHECKING:
    from ._client import AsyncLansenger

__all__ = ["BotRuntime"]

logger = logging.getLogger("lansenger.bot")

DEFAULT_CONCURRENCY = 8
DEFAULT_MAX_AGE = 300.0
DEFAULT_DRAIN_TIMEOUT = 30.0


def _merge_key(event: CallbackEvent) -> Hashable | None:
    """Plain text from one sender merges; a slash command or a file stands alone."""
    text = message_text(event.data)
    if text is None or parse_command(text) is not None:
        return None
    return event.data.get("from")


class BotRuntime:
    """Args:
    client: the `AsyncLansenger` replies, downloads, acks and revokes go through.
    dispatcher: whose handlers run; the runtime attaches itself to it (`dispatcher.background`).
    policy: which bot messages are answered (`BotPolicy()`: private always, groups when @mentioned).
    debounce: seconds of quiet that end a sender's burst of text messages (0 = each message alone).
    max_age: seconds a message may wait in its queue before it is dropped (None = never).
    max_concurrency: batches handled at once, across chats.
    ack: text sent at once as a processing notice and revoked by the first reply (or when the handler ends).
    drain_timeout: seconds `stop` waits for accepted work before cancelling it.
    queues: `RedisChatQueues` to keep order and debounce across several workers (default: this process only).
    clock / sleep: time for debounce and age (inject fakes in tests); the clock defaults to `time.monotonic`,
        or to `time.time` with `queues`, whose workers compare each other's times.
    """

    def __init__(
        self,
        client: AsyncLansenger,
        dispatcher: Dispatcher,
        *,
        policy: BotPolicy | None = None,
        debounce: float = 0.0,
        max_age: float | None = DEFAULT_MAX_AGE,
        max_concurrency: int = DEFAULT_CONCURRENCY,
        ack: str | None = None,
        drain_timeout: float = DEFAULT_DRAIN_TIMEOUT,
        queues: RedisChatQueues | None = None,
        clock: Clock | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if debounce < 0 or (max_age is not None and max_age <= 0) or drain_timeout <= 0:
            raise ValueError("debounce must be >= 0, max_age and drain_timeout positive")
        if not isinstance(max_concurrency, int) or max_concurrency < 1:
            raise ValueError("max_concurrency must be a positive integer")
        if ack is not None and (not isinstance(ack, str) or not ack.strip()):
            raise ValueError("ack must be a non-empty text")
        if dispatcher.background is not None:
            raise ValueError("the dispatcher already has a BotRuntime")
        self._client = client
        self._dispatcher = dispatcher
        self._policy = policy or BotPolicy()
        self._options = (debounce, max_age, max_concurrency)
        self._ack = ack
        self._drain_timeout = drain_timeout
        self._shared = queues
        self._clock = clock or (time.monotonic if queues is None else time.time)
        self._sleep = sleep
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._finished: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self._thread: threading.Thread | None = None
        self._queues: ChatQueues | SharedChatQueues | None = None
        self._tasks: set[asyncio.Task[object]] = set()
        self._slots: asyncio.Semaphore | None = None
        dispatcher.background = self

    @property
    def running(self) -> bool:
        return self._loop is not None

    @property
    def dropped(self) -> int:
        """Messages dropped as stale so far."""
        return self._queues.dropped if self._queues is not None else 0

    def submit(self, events: list[CallbackEvent]) -> None:
        """Accept events from any thread and return at once; a runtime never started starts on a thread."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the BotRuntime has stopped; it accepts no more events")
            loop = self._loop
        if loop is None:
            self.start()
            loop = self._loop
            assert loop is not None
        if _running_loop() is loop:
            self._accept(events)
        else:
            loop.call_soon_threadsafe(self._accept, events)

    async def run(self) -> None:
        """Handle events until `stop()`, then drain. A runtime runs once."""
        finished = self._open()
        await self._serve(finished)

    def stop(self) -> None:
        """Stop accepting, let accepted work finish, and return when it did (for a `start()`ed runtime); safe
        from any thread. On the runtime's own loop, await `aclose()` instead."""
        with self._lock:
            loop, stop, thread = self._loop, self._stop, self._thread
            if loop is None:
                self._closed = True
        if loop is not None and stop is not None:
            loop.call_soon_threadsafe(stop.set)
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    async def aclose(self) -> None:
        """`stop()` for code on the runtime's loop: returns once the drain is done."""
        stop, finished = self._stop, self._finished
        if stop is not None and finished is not None:
            stop.set()
            await finished.wait()

    def start(self) -> None:
        """Run on a daemon thread of its own (for sync servers); returns once it accepts events."""
        ready = threading.Event()

        async def main() -> None:
            finished = self._open()
            ready.set()
            await self._serve(finished)

        with self._lock:
            if self._thread is not None or self._loop is not None:
                return
            self._thread = threading.Thread(target=asyncio.run, args=(main(),), name="lansenger-bot", daemon=True)
        self._thread.start()
        ready.wait()
        atexit.register(self.stop)  # a sync server's exit still drains what was accepted

    async def __aenter__(self) -> BotRuntime:
        self._task = asyncio.ensure_future(self._serve(self._open()))
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()
        if self._task is not None:
            await self._task

    def _open(self) -> asyncio.Event:
        """Take the running loop as the runtime's; returns the event `_serve` sets when it has drained."""
        debounce, max_age, slots = self._options
        self._slots = asyncio.Semaphore(slots)
        rules = BatchRules(self._handle_batch, self._slots, _merge_key, debounce, max_age, self._clock, self._sleep)
        self._queues = ChatQueues(rules) if self._shared is None else self._shared.open(rules)
        with self._lock:
            if self._loop is not None or self._closed:
                raise RuntimeError("a BotRuntime runs once, and this one is running or has run")
            self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
            self._finished = asyncio.Event()
            return self._finished

    async def _serve(self, finished: asyncio.Event) -> None:
        assert self._stop is not None
        try:
            await self._stop.wait()
            await self._drain()
        finally:
            with self._lock:
                self._closed = True
                self._loop = self._stop = None
            finished.set()

    def _accept(self, events: list[CallbackEvent]) -> None:
        assert self._queues is not None and self._slots is not None
        for event in events:
            if event.type not in BOT_MESSAGES:
                self._spawn(self._handle_other(event, self._slots))
                continue
            refusal = self._policy.refusal(event.type, event.data)
            if refusal is not None:
                logger.debug("bot: not answering a %s: %s", event.type, refusal)
                continue
            chat = (event.data.get("groupId"),) if event.type == "bot_group_message" else (None, event.data["from"])
            self._queues.put(chat, event)

    def _spawn(self, work: Coroutine[object, object, object]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle_other(self, event: CallbackEvent, slots: asyncio.Semaphore) -> None:
        async with slots:
            await self._dispatcher.run_handlers([event], sync_in_thread=True)

    async def _handle_batch(self, batch: tuple[CallbackEvent, ...]) -> None:
        event = BotEvent.bind(batch, self._client)
        if self._ack is not None:
            try:
                await event.acknowledge(self._ack)
            except LansengerError as error:
                logger.warning("bot: could not send the processing message (%s)", type(error).__name__)
        try:
            await self._dispatcher.run_handlers([event], sync_in_thread=True)
        finally:
            await event.withdraw_ack()

    async def _drain(self) -> None:
        assert self._queues is not None
        queues = self._queues

        async def everything() -> None:
            while True:
                await queues.drain()
                await asyncio.gather(*self._tasks, return_exceptions=True)
                if not (queues.busy or self._tasks):
                    return

        try:
            await asyncio.wait_for(everything(), self._drain_timeout)
        except asyncio.TimeoutError:
            logger.warning("bot: drain timed out; cancelling unfinished handlers")
            queues.cancel()
            for task in self._tasks:
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)


@asynccontextmanager
async def serving(dispatcher: Dispatcher | None) -> AsyncIterator[None]:
    """Run the dispatcher's `BotRuntime` on this loop for the block (draining at its end), unless there is none
    or it already runs: what the ASGI lifespan and the async WebSocket listener wrap themselves in."""
    runtime = dispatcher.background if dispatcher is not None else None
    if not isinstance(runtime, BotRuntime) or runtime.running:
        yield
        return
    async with runtime:
        yield


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
