"""Inbound events for personal bots over the platform's WebSocket, kept connected for as long as the bot runs.

The platform gives a ticket URL (`/v1/ws/endpoint/create`), pushes JSON frames and expects RFC 6455 pings from the
client. It neither acks nor (as far as anyone knows) redelivers, so the listener's job is to notice every kind of
drop quickly, reconnect with a fresh endpoint and backoff, and hand each event to the dispatcher once.
"""

from __future__ import annotations

import asyncio
import enum
import random
import threading
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from lansenger_api.errors import APIError, InvalidArgumentError, LansengerError
from lansenger_api.models.ws_endpoint import WsEndpoint

from ._callback_events import CallbackEvent
from ._dispatch import Dispatcher
from ._errors import ConfigurationError, StoreError
from ._logging import install_redaction, logger
from ._seen import SeenStore
from ._settings import Settings
from ._warn_throttle import WarnThrottle
from ._ws_frames import MalformedFrame, RecentKeys, dedupe_key, parse_frame

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

    from ._client import AsyncLansenger, Lansenger
    from ._ws_lease import RedisLease

__all__ = ["AsyncWebSocketListener", "Backoff", "ListenerState", "WebSocketListener"]

DEFAULT_BACKOFF: tuple[float, ...] = (2, 5, 10, 30, 60)
DEFAULT_JITTER = 0.2
DEFAULT_PING_INTERVAL = 20.0
"""Seconds between pings when the endpoint answer gives no usable pingInterval (the OC client's default)."""

_T = TypeVar("_T")
Sleep = Callable[[float], Awaitable[object]]
FetchEndpoint = Callable[[], Awaitable[WsEndpoint]]
Deliver = Callable[[list[CallbackEvent]], Awaitable[object]]
StateCallback = Callable[["ListenerState"], object]


class ListenerState(str, enum.Enum):
    """Where the listener is; `on_state` hears every change."""

    CONNECTING = "connecting"
    """Fetching a fresh endpoint and opening the socket."""
    OPEN = "open"
    """Connected; events flow."""
    WAITING = "waiting"
    """Backing off after a drop or a failed attempt."""
    STANDBY = "standby"
    """Another replica holds the `RedisLease`; this one polls to take over when it lapses."""
    STOPPED = "stopped"
    """`run()` has returned."""


class Backoff:
    """Reconnect delays: `delays` in turn, the last one repeating, each scaled by a random factor in
    [1 - jitter, 1 + jitter] so that many bots dropped together do not reconnect together."""

    def __init__(
        self,
        delays: Sequence[float] = DEFAULT_BACKOFF,
        jitter: float = DEFAULT_JITTER,
        uniform: Callable[[float, float], float] = random.uniform,
    ) -> None:
        if not delays or any(delay <= 0 for delay in delays):
            raise ValueError("backoff needs at least one delay, all positive")
        if not 0 <= jitter < 1:
            raise ValueError("jitter must be in [0, 1)")
        self._delays = tuple(float(delay) for delay in delays)
        self._jitter = jitter
        self._uniform = uniform
        self._index = 0

    def next(self) -> float:
        base = self._delays[min(self._index, len(self._delays) - 1)]
        self._index += 1
        if not self._jitter:
            return base
        return base * self._uniform(1 - self._jitter, 1 + self._jitter)

    def reset(self) -> None:
        """Start again from the first delay (after a connection opened)."""
        self._index = 0


def _credentials(settings: Settings) -> tuple[str, str]:
    credentials = settings.credentials
    if credentials is None:
        raise ConfigurationError("the WebSocket listener needs app_id and app_secret: they create the endpoint")
    return credentials


def _ping_interval(value: object) -> float:
    """pingInterval is documented in seconds; anything else unusable falls back to the default."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return float(value)
    return DEFAULT_PING_INTERVAL


def _describe(error: BaseException) -> str:
    """A log-safe account of a failure: never the message of a websockets error, which may quote the ticket URL."""
    from websockets.exceptions import ConnectionClosed, InvalidStatus

    name = type(error).__name__
    if isinstance(error, InvalidStatus):
        return f"{name}: HTTP {error.response.status_code}"
    if isinstance(error, ConnectionClosed):
        return f"{name}: close code {error.rcvd.code if error.rcvd else 'none'}"
    if isinstance(error, APIError):
        code = f"errCode {error.err_code}" if error.err_code is not None else f"HTTP {error.http_status}"
        return f"{name}: {code}"
    if isinstance(error, OSError) and error.strerror:
        return f"{name}: {error.strerror}"
    return name


class _Listener:
    """The reconnect loop, independent of how the endpoint is fetched and how events are handed over."""

    def __init__(
        self,
        fetch_endpoint: FetchEndpoint,
        deliver: Deliver,
        *,
        app_id: str,
        backoff: Sequence[float],
        jitter: float,
        pong_timeout: float,
        open_timeout: float,
        close_timeout: float,
        dedupe_size: int,
        seen: SeenStore | None,
        sleep: Sleep,
        on_state: StateCallback | None,
        lease: RedisLease | None,
    ) -> None:
        for name, value in (
            ("pong_timeout", pong_timeout),
            ("open_timeout", open_timeout),
            ("close_timeout", close_timeout),
        ):
            if value <= 0:
                raise ValueError(f"{name} must be positive")
        self._fetch_endpoint = fetch_endpoint
        self._deliver = deliver
        self._app_id = app_id
        self._backoff = Backoff(backoff, jitter)
        self._pong_timeout = pong_timeout
        self._open_timeout = open_timeout
        self._close_timeout = close_timeout
        self._recent = RecentKeys(dedupe_size)
        self._seen_store = seen
        self._warnings = WarnThrottle(logger)
        self._sleep = sleep
        self._on_state = on_state
        self._lease = lease
        self._lock = threading.Lock()
        self._stop_requested = False
        self._running: tuple[asyncio.AbstractEventLoop, asyncio.Event] | None = None
        install_redaction()

    def stop(self) -> None:
        """Ask `run()` to close the socket and return; safe from any thread, before or during `run()`."""
        with self._lock:
            self._stop_requested = True
            running = self._running
        if running is not None:
            loop, stop = running
            if not loop.is_closed():
                loop.call_soon_threadsafe(stop.set)

    async def run(self) -> None:
        stop = asyncio.Event()
        with self._lock:
            if self._running is not None:
                raise RuntimeError("the listener is already running")
            self._running = (asyncio.get_running_loop(), stop)
            if self._stop_requested:
                stop.set()
        try:
            await self._connect_until_stopped(stop)
        finally:
            if self._lease is not None:
                await self._lease_call(self._lease.release)
            with self._lock:
                self._running = None
                self._stop_requested = False
            self._notify(ListenerState.STOPPED)

    async def _connect_until_stopped(self, stop: asyncio.Event) -> None:
        first = True
        while not stop.is_set():
            if not first:
                delay = self._backoff.next()
                self._notify(ListenerState.WAITING)
                logger.info("websocket: reconnecting in %.1f s", delay)
                await _unless_stopped(self._sleep(delay), stop)
                if stop.is_set():
                    return
            first = False
            if self._lease is not None and not await self._take_lease(self._lease, stop):
                return
            # renewed from here on, through the endpoint create and the handshake, which may outlast a short ttl
            keeper: asyncio.Future[object] = asyncio.ensure_future(
                self._keep_lease(self._lease) if self._lease else asyncio.Event().wait()
            )
            try:
                self._notify(ListenerState.CONNECTING)
                connection = await _unless_stopped(self._open(), stop)
                if connection is None:
                    continue
                self._backoff.reset()
                self._notify(ListenerState.OPEN)
                logger.info("websocket: connected")
                await self._serve(connection, stop, keeper)
            finally:
                keeper.cancel()

    async def _open(self) -> ClientConnection | None:
        """A fresh endpoint, then the handshake; None (logged) when either fails."""
        from websockets.asyncio.client import connect
        from websockets.exceptions import WebSocketException

        try:
            endpoint = await self._fetch_endpoint()
        except (ConfigurationError, InvalidArgumentError):
            raise
        except LansengerError as error:
            logger.warning("websocket: endpoint create failed (%s)", _describe(error))
            return None
        try:
            return await connect(
                endpoint.ws_endpoint,
                ping_interval=_ping_interval(endpoint.ping_interval),
                ping_timeout=self._pong_timeout,
                open_timeout=self._open_timeout,
                close_timeout=self._close_timeout,
                # websockets stops reading when its frame buffer fills, and then no pong is read either: a slow
                # handler would look like a dead link. Frames wait in memory instead, in order.
                max_queue=None,
            )
        except (OSError, asyncio.TimeoutError, WebSocketException) as error:
            logger.warning("websocket: handshake failed (%s)", _describe(error))
            return None

    async def _serve(self, connection: ClientConnection, stop: asyncio.Event, keeper: asyncio.Future[object]) -> None:
        """Read until the connection drops, stop is asked or `keeper` ends (the lease is lost); on stop the batch
        in hand is finished first."""
        reader = asyncio.ensure_future(self._read(connection))
        stopper = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait((reader, stopper, keeper), return_when=asyncio.FIRST_COMPLETED)
            if keeper.done() and not reader.done():
                logger.warning("websocket: lost the lease to another replica; closing this connection")
            if not reader.done():
                await connection.close()
            await reader
        finally:
            stopper.cancel()
            reader.cancel()
            await connection.close()
        if not stop.is_set():
            code = connection.close_code
            logger.warning("websocket: connection dropped (close code %s)", code if code is not None else "none")

    async def _take_lease(self, lease: RedisLease, stop: asyncio.Event) -> bool:
        """Wait until this replica holds the lease (True), or stop is asked (False)."""
        standby = False
        while not stop.is_set():
            if await self._lease_call(lease.acquire):
                if standby:
                    logger.info("websocket: took over the lease")
                return True
            if not standby:
                standby = True
                self._notify(ListenerState.STANDBY)
                logger.info("websocket: another replica holds the lease; standing by")
            await _unless_stopped(asyncio.sleep(lease.interval), stop)
        return False

    async def _keep_lease(self, lease: RedisLease) -> None:
        """Renew every interval; return when the lease is lost, or Redis has not confirmed it for a whole ttl."""
        loop = asyncio.get_running_loop()
        confirmed = loop.time()
        while True:
            renewed = await self._lease_call(lease.renew)
            if renewed is False:
                return
            if renewed:
                confirmed = loop.time()
            elif loop.time() - confirmed >= lease.ttl:
                return
            await asyncio.sleep(lease.interval)

    async def _lease_call(self, call: Callable[[], _T]) -> _T | None:
        """A lease call off the loop; None (logged) when Redis fails to answer."""
        try:
            return await asyncio.to_thread(call)
        except StoreError as error:
            self._warnings.warn("lease", "websocket: %s", error)
            return None

    async def _read(self, connection: ClientConnection) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            async for frame in connection:
                await self._handle_frame(frame)
        except ConnectionClosed:
            pass

    async def _handle_frame(self, frame: str | bytes) -> None:
        try:
            parsed = parse_frame(frame, app_id=self._app_id)
        except MalformedFrame as error:
            logger.warning("websocket: skipped a malformed frame (%s, %d bytes)", error, len(frame))
            return
        if parsed.skipped:
            logger.warning("websocket: skipped %d frame items that are not events", parsed.skipped)
        fresh = [event for event in parsed.events if not await self._repeated(event)]
        if fresh:
            await self._deliver(fresh)

    async def _repeated(self, event: CallbackEvent) -> bool:
        key = dedupe_key(event)
        if key is None:
            return False
        if self._seen_store is None:
            repeated = self._recent.check_and_add(key)
        else:
            repeated = not await self._first_time(":".join(key), self._seen_store)
        if repeated:
            logger.debug("websocket: dropped a repeated %s event", event.type)
        return repeated

    async def _first_time(self, key: str, store: SeenStore) -> bool:
        """The shared store's answer, asked off the loop (it may be a network call); when it fails, the event is
        handled: the platform does not redeliver WebSocket events, so a duplicate beats a loss."""
        try:
            return await asyncio.to_thread(store.add, key)
        except StoreError as error:
            self._warnings.warn("seen store", "websocket: dedupe unavailable, handling the event unchecked: %s", error)
        except Exception as error:  # a custom store's bug must not end the listener
            logger.error("websocket: seen store failed, handling the event unchecked: %s", type(error).__name__)
        return True

    def _notify(self, state: ListenerState) -> None:
        if self._on_state is None:
            return
        try:
            self._on_state(state)
        except Exception as error:  # a status callback's bug must not take the connection down
            logger.error("websocket: on_state callback failed: %s", type(error).__name__)


async def _unless_stopped(work: Awaitable[_T], stop: asyncio.Event) -> _T | None:
    """`work`'s result, or None once stop is set first (work is then cancelled)."""
    task = asyncio.ensure_future(work)
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
        if not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
    return None if task.cancelled() else task.result()


class AsyncWebSocketListener:
    """Receive a personal bot's events over WebSocket and hand them to `dispatcher`, reconnecting forever.

        listener = AsyncWebSocketListener(client, dispatcher)
        await listener.run()          # returns after listener.stop(), or raises CancelledError when cancelled

    Every drop (server close, error, refused or failed handshake, a ping not answered within `pong_timeout`, a
    failed endpoint create) leads to a fresh `/v1/ws/endpoint/create` and a new connection after the next
    `backoff` delay (seconds; the last repeats; the sequence restarts after a connection opens), scaled by a random
    factor in [1 - jitter, 1 + jitter]. Pings go every pingInterval of the endpoint answer. Events repeated within
    the last `dedupe_size` (by type and data.msgId, else event id; events with neither are always delivered) are
    dropped. Handlers run on the event loop, one batch at a time, so a slow handler holds up later events (not the
    pings).

    Args:
        client: supplies the app's credentials and creates the endpoint (its retries and timeouts apply).
        dispatcher: receives each batch with `adispatch`; handler failures are its business, never a reconnect.
        open_timeout: seconds for the opening handshake. close_timeout: seconds to wait for the server's side of
            the close handshake before dropping the socket (a dead link never answers it).
        seen: a shared `SeenStore` (e.g. `RedisSeenStore`) that replaces the in-process memory of `dedupe_size`,
            so a restarted bot does not handle again what the last run handled. Asked on a worker thread; when it
            raises, the event is delivered and a WARNING (a `StoreError`) or ERROR (anything else) logged.
        sleep: awaited for each backoff delay; inject a fake in tests.
        on_state: called with each `ListenerState` change.
        lease: a `RedisLease` shared by the bot's replicas: only its holder connects, the others stand by
            (`ListenerState.STANDBY`) and take over within about `ttl * 4 / 3` seconds of the holder's death.
    A `BotRuntime` attached to `dispatcher` runs on this loop while `run()` does, and drains before it returns.
    """

    def __init__(
        self,
        client: AsyncLansenger,
        dispatcher: Dispatcher,
        *,
        backoff: Sequence[float] = DEFAULT_BACKOFF,
        jitter: float = DEFAULT_JITTER,
        pong_timeout: float = 15.0,
        open_timeout: float = 10.0,
        close_timeout: float = 10.0,
        dedupe_size: int = 1000,
        seen: SeenStore | None = None,
        sleep: Sleep = asyncio.sleep,
        on_state: StateCallback | None = None,
        lease: RedisLease | None = None,
    ) -> None:
        app_id, secret = _credentials(client.settings)

        async def fetch_endpoint() -> WsEndpoint:
            return await client.websocket.create_ws_endpoint(app_id=app_id, secret=secret)

        self._dispatcher = dispatcher
        self._listener = _Listener(
            fetch_endpoint,
            dispatcher.adispatch,
            app_id=app_id,
            backoff=backoff,
            jitter=jitter,
            pong_timeout=pong_timeout,
            open_timeout=open_timeout,
            close_timeout=close_timeout,
            dedupe_size=dedupe_size,
            seen=seen,
            sleep=sleep,
            on_state=on_state,
            lease=lease,
        )

    async def run(self) -> None:
        """Listen until `stop()`. Drops never end it; only a bug, or a cancellation, raises out of it."""
        from ._bot_runtime import serving

        async with serving(self._dispatcher):
            await self._listener.run()

    def stop(self) -> None:
        """Close the connection and make `run()` return, after the batch being handled; safe from any thread."""
        self._listener.stop()


class WebSocketListener:
    """The blocking twin of `AsyncWebSocketListener` for a sync `Lansenger` client and sync (or async) handlers.

        listener = WebSocketListener(client, dispatcher)
        listener.run_forever()        # blocks; listener.stop() from a handler or another thread ends it

    The socket runs on a private event loop in the calling thread; the endpoint create and each batch's
    `dispatcher.dispatch` run on worker threads, so a slow handler never delays the pings that keep the connection
    alive. Options as for `AsyncWebSocketListener`.
    """

    def __init__(
        self,
        client: Lansenger,
        dispatcher: Dispatcher,
        *,
        backoff: Sequence[float] = DEFAULT_BACKOFF,
        jitter: float = DEFAULT_JITTER,
        pong_timeout: float = 15.0,
        open_timeout: float = 10.0,
        close_timeout: float = 10.0,
        dedupe_size: int = 1000,
        seen: SeenStore | None = None,
        on_state: StateCallback | None = None,
        lease: RedisLease | None = None,
    ) -> None:
        app_id, secret = _credentials(client.settings)

        async def fetch_endpoint() -> WsEndpoint:
            return await asyncio.to_thread(client.websocket.create_ws_endpoint, app_id=app_id, secret=secret)

        async def deliver(events: list[CallbackEvent]) -> None:
            await asyncio.to_thread(dispatcher.dispatch, events)

        self._dispatcher = dispatcher
        self._listener = _Listener(
            fetch_endpoint,
            deliver,
            app_id=app_id,
            backoff=backoff,
            jitter=jitter,
            pong_timeout=pong_timeout,
            open_timeout=open_timeout,
            close_timeout=close_timeout,
            dedupe_size=dedupe_size,
            seen=seen,
            sleep=asyncio.sleep,
            on_state=on_state,
            lease=lease,
        )

    def run_forever(self) -> None:
        """Listen until `stop()` (or Ctrl-C); must not be called from inside a running event loop. A `BotRuntime`
        attached to the dispatcher runs on its own thread and is drained before this returns."""
        from ._bot_runtime import BotRuntime

        try:
            asyncio.run(self._listener.run())
        finally:
            if isinstance(self._dispatcher.background, BotRuntime):
                self._dispatcher.background.stop()

    def stop(self) -> None:
        """Make `run_forever()` return after the batch being handled; safe from any thread and from handlers."""
        self._listener.stop()
