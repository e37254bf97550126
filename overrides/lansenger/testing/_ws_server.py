"""The personal-bot WebSocket endpoint, served by `websockets` on an event loop thread of its own, started on
first use (importing `lansenger.testing` never imports it). Frames pushed while no client is connected wait for
the next one; whether the platform redelivers after a drop is unknown, so tests push repeats themselves.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import threading
from collections.abc import Callable, Coroutine, Mapping, Sequence
from concurrent.futures import Future
from http import HTTPStatus
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from ._routes_streams import WS_PATH, WsTickets

_T = TypeVar("_T")
_CALL_TIMEOUT = 5.0
_SERVER_CLOSE_TIMEOUT = 1.0

# Silent like the HTTP server: websockets logs request lines, and those carry the ticket. A logger made outside
# logging's registry, so no logging configuration (uvicorn's dictConfig re-enables registered loggers) reaches it.
_silent = logging.Logger("lansenger.testing.websocket", level=logging.CRITICAL + 1)
_silent.propagate = False
_silent.addHandler(logging.NullHandler())


class SandboxWebSocket:
    """A WebSocket server that checks the endpoint's ticket, pushes frames and fails on demand; its methods are
    for any thread but the server's own, and return once they have taken effect."""

    def __init__(self, tickets: WsTickets, host: str) -> None:
        self._tickets = tickets
        self._host = host
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_requested: asyncio.Event | None = None
        self._url: str | None = None
        self._live: list[ServerConnection] = []
        self._stalled: list[ServerConnection] = []
        self._queue: list[str | bytes] = []
        self._closing: set[asyncio.Task[None]] = set()
        self._refuse = 0
        self.connections = 0
        """Handshakes accepted so far (counted on the server's loop, like the refusals)."""
        self.handshakes_refused = 0
        """Handshakes answered with an HTTP error (refuse_next, a wrong ticket or a wrong path)."""

    @property
    def url(self) -> str:
        """``ws://host:port``; the endpoint create answer points at ``{url}/open/wss/v1?ticket=...``."""
        if self._url is None:
            raise RuntimeError("the sandbox WebSocket server is not running")
        return self._url

    def start(self) -> SandboxWebSocket:
        """Returns once the server listens; the endpoint create answer points at it from then on."""
        if self._thread is not None:
            raise RuntimeError("the sandbox WebSocket server is already running")
        started: Future[str] = Future()
        self._thread = threading.Thread(
            target=asyncio.run, args=(self._serve(started),), name="lansenger-sandbox-ws", daemon=True
        )
        self._thread.start()
        try:
            self._url = self._tickets.server_url = started.result()
        except BaseException:
            self._thread.join()
            self._thread = None
            raise
        return self

    def stop(self) -> None:
        """Close every connection (stalled ones abruptly) and stop serving; a no-op when not running."""
        thread, loop, stop_requested = self._thread, self._loop, self._stop_requested
        if thread is None or loop is None or stop_requested is None:
            return
        self._tickets.server_url = None
        loop.call_soon_threadsafe(stop_requested.set)
        thread.join()
        self._thread = self._loop = self._stop_requested = None
        self._url = None

    async def _serve(self, started: Future[str]) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop_requested = asyncio.Event()
        try:
            server = await serve(
                self._handle,
                self._host,
                0,
                process_request=self._check_handshake,
                ping_interval=None,  # the platform leaves pings to the client
                close_timeout=_SERVER_CLOSE_TIMEOUT,
                logger=_silent,
            )
        except BaseException as error:
            started.set_exception(error)
            return
        host, port = server.sockets[0].getsockname()[:2]
        started.set_result(f"ws://{host}:{port}")
        await self._stop_requested.wait()
        for connection in self._stalled:
            connection.transport.abort()
        server.close()
        await server.wait_closed()
        await asyncio.gather(*self._closing)

    @property
    def ping_interval(self) -> float:
        """The pingInterval (seconds) the endpoint create answer carries."""
        return self._tickets.ping_interval

    @ping_interval.setter
    def ping_interval(self, seconds: float) -> None:
        if seconds <= 0:
            raise ValueError("ping_interval must be positive")
        self._tickets.ping_interval = seconds

    def push(self, events: Sequence[Mapping[str, Any]]) -> None:
        """Send ``{"events": [...]}`` to every connected client, or keep it for the next client to connect."""
        self.push_frame({"events": [dict(event) for event in events]})

    def push_frame(self, frame: Mapping[str, Any]) -> None:
        """Send any JSON object as one frame, e.g. a top-level ``{"type": "approve_card_callback", ...}``."""
        self.push_raw(json.dumps(frame, ensure_ascii=False, separators=(",", ":")))

    def push_raw(self, data: str | bytes) -> None:
        """Send ``data`` as it is: a text frame for str, a binary frame for bytes."""
        self._call(lambda: self._send(data))

    def close_all(self, code: int = 1001, reason: str = "") -> int:
        """Send a close frame on every live connection; returns how many once sent, without waiting for the
        clients' replies (so a test can call it from the event loop its client runs on)."""
        return self._call(lambda: self._close_all(code, reason))

    def stall(self) -> int:
        """Stop reading on every live connection, as on a dead link (no pong, no close reply, no more frames);
        returns how many."""
        return self._call(self._stall)

    def refuse_next(self, count: int = 1) -> None:
        """Answer the next ``count`` handshakes with HTTP 503 instead of upgrading; 0 cancels refusals still due."""
        if count < 0:
            raise ValueError("count must not be negative")
        with self._lock:
            self._refuse = count

    @property
    def connected(self) -> int:
        """Connections open now and not stalled."""
        return len(self._live)

    @property
    def pending(self) -> int:
        """Frames waiting for a client to connect."""
        return len(self._queue)

    def _call(self, work: Callable[[], Coroutine[Any, Any, _T]]) -> _T:
        if self._loop is None:
            raise RuntimeError("the sandbox WebSocket server is not running")
        return asyncio.run_coroutine_threadsafe(work(), self._loop).result(_CALL_TIMEOUT)

    def _check_handshake(self, connection: ServerConnection, request: Request) -> Response | None:
        target = urlsplit(request.path)
        ticket = (parse_qs(target.query).get("ticket") or [""])[-1]
        with self._lock:
            if self._refuse:
                self._refuse -= 1
                answer: tuple[HTTPStatus, str] | None = (HTTPStatus.SERVICE_UNAVAILABLE, "refused on purpose\n")
            elif target.path != WS_PATH:
                answer = (HTTPStatus.NOT_FOUND, "not found\n")
            elif not hmac.compare_digest(ticket.encode(), self._tickets.ticket.encode()):
                answer = (HTTPStatus.FORBIDDEN, "invalid ticket\n")
            else:
                answer = None
        self.handshakes_refused += answer is not None
        return connection.respond(*answer) if answer is not None else None

    async def _handle(self, connection: ServerConnection) -> None:
        self.connections += 1
        self._live.append(connection)
        queued, self._queue = self._queue, []
        for data in queued:
            await connection.send(data)
        try:
            async for _message in connection:  # the platform ignores what clients send; drain it
                pass
        except ConnectionClosed:
            pass
        finally:
            _discard(self._live, connection)
            _discard(self._stalled, connection)

    async def _send(self, data: str | bytes) -> None:
        delivered = False
        for connection in list(self._live):
            try:
                await connection.send(data)
                delivered = True
            except ConnectionClosed:
                _discard(self._live, connection)
        if not delivered:
            self._queue.append(data)

    async def _close_all(self, code: int, reason: str) -> int:
        closing, self._live = self._live, []
        for connection in closing:
            task = asyncio.create_task(connection.close(code, reason))
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)
        await asyncio.sleep(0)  # each close() writes its frame in its first step
        return len(closing)

    async def _stall(self) -> int:
        stalling, self._live = self._live, []
        for connection in stalling:
            connection.transport.pause_reading()
        self._stalled.extend(stalling)
        return len(stalling)


def _discard(connections: list[ServerConnection], connection: ServerConnection) -> None:
    if connection in connections:
        connections.remove(connection)
