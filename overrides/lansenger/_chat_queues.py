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
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass

from lansenger_api.events import CallbackEvent

logger = logging.getLogger("lansenger.bot")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[object]]
HandleBatch = Callable[[tuple[CallbackEvent, ...]], Awaitable[object]]
MergeKey = Callable[[CallbackEvent], Hashable | None]


@dataclass(frozen=True)
class Queued:
    """A message waiting in its chat's queue, with when this process (or worker) received it."""

    event: CallbackEvent
    arrived: float
    merge_key: Hashable | None


@dataclass(frozen=True)
class BatchRules:
    """How a chat's waiting messages become batches and reach the handler: the same for this process's queues
    and for the Redis ones that several workers share.

    handle: awaited with each batch (one event, or several merged).
    slots: shared with the runtime's other work: at most this many batches are handled at once.
    merge_key: events with the same non-None key, back to back in one chat, may merge.
    debounce: seconds of quiet after a message before its batch is handled (0: no merging, no wait).
    max_age: seconds a batch's newest message may wait before it is dropped (None: never dropped).
    """

    handle: HandleBatch
    slots: asyncio.Semaphore
    merge_key: MergeKey
    debounce: float
    max_age: float | None
    clock: Clock
    sleep: Sleep

    def queued(self, event: CallbackEvent) -> Queued:
        """`event` as received now."""
        return Queued(event, self.clock(), self.merge_key(event) if self.debounce > 0 else None)

    async def next_batch(
        self, queued: Sequence[Queued], read: Callable[[], Awaitable[Sequence[Queued]]]
    ) -> list[Queued]:
        """The next batch from the head of a chat's (non-empty) queue: the first message alone, or with the
        same-key messages that each follow the one before within `debounce`, once the last one's window passed.
        `read` gives the queue again after each wait, since messages arrive meanwhile."""
        if self.debounce <= 0 or queued[0].merge_key is None:
            return [queued[0]]
        count = 1
        while True:
            last = queued[count - 1]
            wait = last.arrived + self.debounce - self.clock()
            if wait > 0:
                await self.sleep(wait)
                queued = await read()
                if len(queued) < count:  # a shared queue that another worker took over meanwhile
                    return list(queued)
                continue
            if count == len(queued):
                return list(queued)
            following = queued[count]
            if following.merge_key != last.merge_key or following.arrived - last.arrived > self.debounce:
                return list(queued[:count])
            count += 1

    async def run(self, batch: Sequence[Queued]) -> bool:
        """Hand `batch` over when a slot is free, unless its newest message waited longer than `max_age` (then
        True: dropped). A failing handler is logged, not raised: one chat's failure must not end its queue."""
        async with self.slots:
            waited = self.clock() - batch[-1].arrived
            if self.max_age is not None and waited > self.max_age:
                logger.warning("bot: dropped %d message(s) that waited %.1f s", len(batch), waited)
                return True
            try:
                await self.handle(tuple(item.event for item in batch))
            except Exception as error:
                logger.error("bot: handling a %s failed: %s", batch[-1].event.type, type(error).__name__)
            return False


class ChatQueues:
    """One process's queues, handled by the `rules`."""

    def __init__(self, rules: BatchRules) -> None:
        self._rules = rules
        self._queues: dict[Hashable, deque[Queued]] = {}
        self._workers: set[asyncio.Task[None]] = set()
        self.dropped = 0
        """Batches dropped as stale, for health checks and tests."""

    def put(self, chat: Hashable, event: CallbackEvent) -> None:
        """Queue `event` in its chat's queue (on the loop); a chat without a worker gets one."""
        queued = self._rules.queued(event)
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

        async def read() -> Sequence[Queued]:
            return queue

        try:
            while queue:
                batch = await self._rules.next_batch(queue, read)
                for _ in batch:
                    queue.popleft()
                dropped = await self._rules.run(batch)  # awaited first: `+=` would read the count before
                self.dropped += dropped
        finally:
            del self._queues[chat]  # no await since the last `while queue` check: nothing arrived in between
