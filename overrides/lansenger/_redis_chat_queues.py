"""`RedisChatQueues`: per-chat order and debounce that hold across every worker of a bot (``lansenger[redis]``).

Behind several webhook workers each gets some of a chat's messages. With this backend a worker does not handle
what it receives: it appends it to the chat's list in Redis (``<prefix>chat:<chat>``, with its received time)
and tries to take the chat's lease (a `RedisLease` on ``<prefix>lease:<chat>``, renewed every `ttl / 3`). The
holder drains the list in order, one batch at a time, applying the debounce window and `max_age` to the shared
list, so messages split across workers still merge. A message leaves the list only after its handler returned:
a worker that dies mid-batch stops renewing, and once its lease expires another worker (each polls every
`ttl / 3` for chats with messages and no holder) handles that batch again, then the rest: at-least-once for the
batch in flight, in order for everything. Appending also records the message id (``SET NX``, kept a day), so a
message that reaches two workers is queued once.

Every step that must see the lease and the list together (remove after handling, release) is one Lua script run
under the lease (`RedisLease.held`), so a message appended while the holder releases is never stranded. Arrival
times come from each worker's clock (wall time by default): the workers' clocks must agree to within a fraction
of `debounce`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import uuid
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from lansenger_api.events import CallbackEvent

from ._chat_queues import BatchRules, Queued
from ._errors import ConfigurationError, StoreError
from ._seen import DEFAULT_TTL as SEEN_TTL
from ._ws_lease import RedisLease, checked_connection

if TYPE_CHECKING:
    import redis

__all__ = ["RedisChatQueues"]

logger = logging.getLogger("lansenger.bot")

DEFAULT_TTL = 10.0
DEFAULT_TIMEOUT = 1.0
_PEEK = 100
_T = TypeVar("_T")

# KEYS: seen, list, chats set. ARGV: entry, seen ttl ms, chat, dedupe (1/0).
_APPEND = """
if ARGV[4] == '1' and not redis.call('set', KEYS[1], '1', 'NX', 'PX', ARGV[2]) then return 0 end
redis.call('rpush', KEYS[2], ARGV[1])
redis.call('sadd', KEYS[3], ARGV[3])
return 1
"""
# Under the chat's lease (`RedisLease.held`). KEYS: lease, list. ARGV: holder, ttl ms, count.
_REMOVE = "redis.call('ltrim', KEYS[2], ARGV[3], -1) return 1"
# KEYS: lease, list, chats set. ARGV: holder, ttl ms, chat, force (1: hand over even with messages left).
# 1 released, 2 messages arrived (keep draining), 0 another worker holds the lease.
_RELEASE = """
local left = redis.call('llen', KEYS[2])
if left > 0 and ARGV[4] ~= '1' then return 2 end
redis.call('del', KEYS[1])
if left == 0 then redis.call('srem', KEYS[3], ARGV[3]) end
return 1
"""


class RedisChatQueues:
    """The Redis backend for `BotRuntime(queues=...)`, given a URL or a ready ``redis.Redis`` client.

    Args:
        key_prefix: put before every key; every worker of one bot must share it, other bots must not.
        ttl: seconds a chat's lease lasts without renewal: how long a dead worker's chat waits for another.
        timeout: socket timeouts of the client built from `url`.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: redis.Redis | None = None,
        key_prefix: str = "lansenger:bot:",
        ttl: float = DEFAULT_TTL,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        if not isinstance(key_prefix, str) or not key_prefix:
            raise ConfigurationError("key_prefix must be a non-empty string")
        self._redis, self._errors = checked_connection(url, client, ttl, timeout, "RedisChatQueues")
        self.key_prefix = key_prefix
        self.ttl = ttl

    def __repr__(self) -> str:
        return f"RedisChatQueues(key_prefix={self.key_prefix!r}, ttl={self.ttl})"

    def open(self, rules: BatchRules) -> SharedChatQueues:
        """This worker's side of the shared queues, on the running loop (the runtime calls it)."""
        return SharedChatQueues(self, rules)

    def lease(self, chat: str, holder: str) -> RedisLease:
        """The lease on a chat, for `holder`."""
        return RedisLease(client=self._redis, key=f"{self.key_prefix}lease:{chat}", ttl=self.ttl, holder=holder)

    def call(self, work: Callable[[redis.Redis], _T]) -> _T:
        """Run `work` on the client; redis-py's errors become `StoreError`."""
        try:
            return work(self._redis)
        except self._errors as error:
            raise StoreError(f"Redis did not answer the chat queue call ({type(error).__name__})") from error


def _dump(queued: Queued) -> str:
    event = queued.event
    record: dict[str, Any] = {"type": event.type, "data": event.data, "id": event.id, "app_id": event.app_id}
    record |= {"org_id": event.org_id, "raw": event.raw, "arrived": queued.arrived, "merge": queued.merge_key}
    return json.dumps(record, separators=(",", ":"))


def _load(raw: bytes | str) -> Queued:
    record = json.loads(raw)
    if not isinstance(record, dict) or not isinstance(record.get("data"), dict):
        raise ValueError("not a queued message")
    event = CallbackEvent(
        record["type"], record["data"], record["id"], record["app_id"], record["org_id"], record["raw"]
    )
    return Queued(event, float(record["arrived"]), record["merge"])


class SharedChatQueues:
    """`ChatQueues`' interface (put, busy, drain, cancel, dropped) over the Redis lists of `RedisChatQueues`."""

    def __init__(self, backend: RedisChatQueues, rules: BatchRules) -> None:
        self._backend = backend
        self._rules = rules
        self._holder = uuid.uuid4().hex
        self._chats: dict[str, asyncio.Task[object]] = {}
        self._stopping = False
        self._appends: asyncio.Queue[tuple[str, Queued]] = asyncio.Queue()
        self._appending = False
        self._appender = asyncio.ensure_future(self._append_all())
        self._poller = asyncio.ensure_future(self._poll())
        self.dropped = 0
        """Batches dropped as stale by this worker."""

    def put(self, chat: Hashable, event: CallbackEvent) -> None:
        """Queue `event` for appending to its chat's shared list: in order, off the loop (Redis may be slow)."""
        queued = self._rules.queued(event)
        if self._appender.done():  # after the drain: handled here rather than lost
            self._start(None, queued)
            return
        self._appends.put_nowait((json.dumps(chat, separators=(",", ":")), queued))

    @property
    def busy(self) -> bool:
        return bool(self._chats) or self._appends.qsize() > 0 or self._appending

    async def drain(self) -> None:
        """Append what was accepted, then stop taking chats; finish each held chat's batch in flight and hand the
        rest of it to other workers."""
        while self._appends.qsize() or self._appending:
            await self._appends.join()
        self._stopping = True
        self._poller.cancel()
        self._appender.cancel()
        while self._chats:
            await asyncio.gather(*self._chats.values(), return_exceptions=True)

    def cancel(self) -> None:
        self._poller.cancel()
        self._appender.cancel()
        for task in self._chats.values():
            task.cancel()

    def _key(self, *parts: str) -> str:
        return self._backend.key_prefix + "".join(parts)

    def _take(self, name: str) -> None:
        if name not in self._chats and not self._stopping:
            self._start(name, None)

    def _start(self, name: str | None, alone: Queued | None) -> None:
        key = name if name is not None else f"alone:{uuid.uuid4().hex}"
        work = self._own(key) if alone is None else self._rules.run([alone])
        task: asyncio.Task[object] = asyncio.ensure_future(work)
        self._chats[key] = task
        task.add_done_callback(lambda _: self._chats.pop(key, None))

    async def _redis(self, work: Callable[[redis.Redis], _T]) -> _T:
        return await asyncio.to_thread(self._backend.call, work)

    async def _eval(self, script: str, keys: tuple[str, ...], *args: str | int) -> Any:
        return await self._redis(lambda redis: redis.eval(script, len(keys), *keys, *args))

    async def _append_all(self) -> None:
        """Append each accepted message (once per message id) and try to drain its chat here; a message Redis
        does not take is handled alone rather than lost."""
        while True:
            name, queued = await self._appends.get()
            self._appending = True
            message_id = queued.event.data.get("msgId") or queued.event.id
            seen = message_id if isinstance(message_id, str) else ""
            keys = (self._key("seen:", seen), self._key("chat:", name), self._key("chats"))
            try:
                await self._eval(_APPEND, keys, _dump(queued), math.ceil(SEEN_TTL * 1000), name, int(bool(seen)))
                self._take(name)
            except StoreError as error:
                logger.warning("bot: %s; handling the message without the shared queue", error)
                self._start(None, queued)
            finally:
                self._appending = False
                self._appends.task_done()

    async def _poll(self) -> None:
        """Take over chats with messages and no holder (their worker died), every `ttl / 3`."""
        while True:
            await asyncio.sleep(self._backend.ttl / 3)
            try:
                chats = await self._redis(lambda redis: redis.smembers(self._key("chats")))
            except StoreError as error:
                logger.warning("bot: %s", error)
                continue
            for name in chats:
                self._take(name.decode() if isinstance(name, bytes) else str(name))

    async def _own(self, name: str) -> None:
        lease, items = self._backend.lease(name, self._holder), self._key("chat:", name)
        try:
            if not await asyncio.to_thread(lease.acquire):
                return
        except StoreError as error:
            logger.warning("bot: %s", error)
            return
        lost = asyncio.Event()
        renewer = asyncio.ensure_future(self._renew(lease, lost))
        released = False
        try:
            released = await self._drain_chat(name, lease, items, lost)
        except StoreError as error:
            logger.warning("bot: %s; handing the chat over", error)
        finally:
            renewer.cancel()
            if not released and not lost.is_set():
                await self._hand_over(lease, items, name)

    async def _drain_chat(self, name: str, lease: RedisLease, items: str, lost: asyncio.Event) -> bool:
        """Handle the chat's batches until its list is empty (True: released) or this worker stops or loses it."""
        while not lost.is_set():
            entries = await self._peek(lease, items)
            if not entries or self._stopping:
                if await self._release(lease, items, name, force=self._stopping) != 2:
                    return True
                continue
            batch = await self._rules.next_batch(entries, lambda: self._peek(lease, items))
            if not batch or not await asyncio.to_thread(lease.renew):
                break  # another worker took the chat while this one waited out the debounce
            dropped = await self._rules.run(batch)  # awaited first: `+=` would read the count before
            self.dropped += dropped
            if not await self._remove(lease, items, len(batch)):
                break
        return True  # the lease passed to another worker: nothing of ours to release

    async def _remove(self, lease: RedisLease, items: str, count: int) -> object:
        """Drop the chat's first `count` messages, while this worker holds the chat (0 when it does not)."""
        return await asyncio.to_thread(lease.held, _REMOVE, (items,), (count,))

    async def _release(self, lease: RedisLease, items: str, name: str, *, force: bool) -> object:
        return await asyncio.to_thread(lease.held, _RELEASE, (items, self._key("chats")), (name, int(force)))

    async def _peek(self, lease: RedisLease, items: str) -> list[Queued]:
        """The chat's messages from the head, up to the first entry this SDK did not write; such an entry at the
        head is removed (with a warning, never quoting it) so it cannot block the chat."""
        while True:
            raw = await self._redis(lambda redis: redis.lrange(items, 0, _PEEK - 1))
            entries: list[Queued] = []
            for item in raw:
                try:
                    entries.append(_load(item))
                except (ValueError, KeyError, TypeError):
                    break
            if entries or not raw:
                return entries
            logger.warning("bot: removed an entry of a chat queue that is not a queued message")
            if not await self._remove(lease, items, 1):
                return []

    async def _renew(self, lease: RedisLease, lost: asyncio.Event) -> None:
        while True:
            await asyncio.sleep(self._backend.ttl / 3)
            try:
                renewed = await asyncio.to_thread(lease.renew)
            except StoreError as error:
                logger.warning("bot: %s", error)
                continue
            if not renewed:
                lost.set()
                return

    async def _hand_over(self, lease: RedisLease, items: str, name: str) -> None:
        """Release a chat at once after a cancel or failure (its batch in flight is handled again elsewhere)."""
        try:
            await self._release(lease, items, name, force=True)
        except StoreError as error:
            logger.warning("bot: %s; the chat waits for its lease to expire", error)
