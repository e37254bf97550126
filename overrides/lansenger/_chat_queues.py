"""One ordered queue per chat, a bound on how many chats are handled at once, debounce and stale drops.

A chat's messages are handled one after another, in arrival order (an agent answering message 2 before message 1
confuses everyone); different chats run side by side, at most `slots` at a time. Rapid messages with the same
merge key (the runtime uses the sender, for plain text) are handed over as one batch once `debounce` seconds
pass without another. A batch whose newest message waited longer than `max_age` is dropped: nobody wants an
answer to a question asked ten minutes ago. Time comes from the injected `clock` and `sleep`, so tests advance a
fake clock instead of waiting.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass

from lansenger_api.events import CallbackEvent

logger = logging.getLogger("lansenger.bot")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[object]]
HandleBatch = Callable[[tuple[CallbackEvent, ...]], Awaitable[object]]
MergeKey = Callable[[CallbackEvent], Hashable | None]


@dataclass(frozen=True)
class _Queued:
    event: CallbackEvent
    arrived: float
    merge_key: Hashable | None


class ChatQueues:
    """Args:
    handle: awaited with each batch (one event, or several merged).
    slots: shared with the runtime's other work: at most this many batches are handled at once.
    merge_key: events with the same non-None key, back to back in one chat, may merge.
    debounce: seconds of quiet after a message before its batch is handled (0: no merging, no wait).
    max_age: seconds a batch's newest message may wait before it is dropped (None: never dropped).
    """

    def __init__(
        self,
        handle: HandleBatch,
        slots: asyncio.Semaphore,
        *,
        merge_key: MergeKey,
        debounce: float,
        max_age: float | None,
        clock: Clock,
        sleep: Sleep,
    ) -> None:
        self._handle = handle
        self._slots = slots
        self._merge_key = merge_key
        self._debounce = debounce
        self._max_age = max_age
        self._clock = clock
        self._sleep = sleep
        self._queues: dict[Hashable, deque[_Queued]] = {}
        self._workers: set[asyncio.Task[None]] = set()
        self.dropped = 0
        """Batches dropped as stale, for health checks and tests."""

    def put(self, chat: Hashable, event: CallbackEvent) -> None:
        """Queue `event` in its chat's queue (on the loop); a chat without a worker gets one."""
        queued = _Queued(event, self._clock(), self._merge_key(event) if self._debounce > 0 else None)
        queue = self._queues.get(chat)
        if queue is not None:
            queue.append(queued)
            return
        self._queues[chat] = deque([queued])
        worker = asyncio.ensure_future(self._work(chat))
        self._workers.add(worker)
        worker.add_done_callback(self._workers.discard)

    @property
    def busy(self) -> bool:
        return bool(self._workers)

    async def drain(self) -> None:
        """Return once every queued message was handled (or dropped)."""
        while self._workers:
            await asyncio.gather(*self._workers, return_exceptions=True)

    def cancel(self) -> None:
        for worker in self._workers:
            worker.cancel()

    async def _work(self, chat: Hashable) -> None:
        queue = self._queues[chat]
        try:
            while queue:
                batch = [queue.popleft()]
                await self._gather(queue, batch)
                async with self._slots:
                    waited = self._clock() - batch[-1].arrived
                    events = tuple(item.event for item in batch)
                    self.dropped += await run_or_drop(self._handle, events, waited, self._max_age)
        finally:
            del self._queues[chat]  # no await since the last `while queue` check: nothing arrived in between

    async def _gather(self, queue: deque[_Queued], batch: list[_Queued]) -> None:
        """Wait out the debounce window of the batch's last message, taking in what merges with it."""
        if self._debounce <= 0 or batch[0].merge_key is None:
            return
        while True:
            wait = batch[-1].arrived + self._debounce - self._clock()
            if wait > 0:
                await self._sleep(wait)
                continue
            if not queue or queue[0].merge_key != batch[-1].merge_key:
                return
            if queue[0].arrived - batch[-1].arrived > self._debounce:
                return
            batch.append(queue.popleft())


async def run_or_drop(
    handle: HandleBatch, batch: tuple[CallbackEvent, ...], waited: float, max_age: float | None
) -> bool:
    """Hand `batch` over unless its newest message waited longer than `max_age` (then True: dropped). A failing
    handler is logged, not raised: one chat's failure must not end its queue."""
    if max_age is not None and waited > max_age:
        logger.warning("bot: dropped %d message(s) that waited %.1f s", len(batch), waited)
        return True
    try:
        await handle(batch)
    except Exception as error:
        logger.error("bot: handling a %s failed: %s", batch[-1].type, type(error).__name__)
    return False
