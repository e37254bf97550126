"""Stream messages and the personal-bot WebSocket endpoint, as the sandbox answers them."""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable, Generator
from typing import Any

from lansenger_api.errors import ErrorCode

from ._directory import directory
from ._replies import EVENT_POLL, ApiError, CutConnection, EventStreamReply, Reply, invalid, success
from ._routes import known_staff, reachable_group
from ._routing import Backend, Request, Route
from ._spec import field_default
from ._state import SandboxState

WS_PATH = "/open/wss/v1"
PING_INTERVAL = 20


class StreamRecords:
    """Stream messages by msgId (a repeated streamId answers the same message), each with every content it was
    updated to, so a streamed fetch can replay after a Last-Event-ID. For SSE consumers' tests: `cut_after(n)` drops
    the next streamed connection after n events, `stall_after(n)` makes it go silent; `open_streams` counts them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._by_id: dict[str, dict[str, Any]] = {}
        self._by_stream: dict[str, str] = {}
        self._history: dict[str, list[str]] = {}
        self._created: dict[str, int] = {}
        self._cuts: list[int] = []
        self._stalls: list[int] = []
        self.open_streams = 0
        self.resumed_from: list[int] = []  # the Last-Event-ID of every streamed fetch (0 without one)

    def create(self, receiver_id: str, receiver_type: str, stream_id: str) -> str:
        with self._lock:
            existing = self._by_stream.get(stream_id)
            if existing is not None:
                return existing
            message_id = f"stream-{secrets.token_hex(8)}"
            self._by_id[message_id] = {
                "msgId": message_id,
                "receiverId": receiver_id,
                "receiverType": receiver_type,
                "streamId": stream_id,
                "content": "",
                "seq": 0,
                "finished": False,
            }
            self._by_stream[stream_id] = message_id
            self._history[message_id] = []
            self._created[message_id] = time.time_ns() // 1000
            return message_id

    def update(self, message_id: str, content: str, finished: bool) -> bool:
        """Record one update; False for an unknown message."""
        with self._changed:
            record = self._by_id.get(message_id)
            if record is None:
                return False
            self._history[message_id].append(content)
            record.update(content=content, seq=len(self._history[message_id]), finished=finished or record["finished"])
            self._changed.notify_all()
            return True

    def get(self, message_id: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._by_id.get(message_id)
            return dict(found) if found is not None else None

    def created(self, message_id: str) -> int:
        """When the message was created, in microseconds since the epoch: where the console places it in its chat."""
        with self._lock:
            return self._created.get(message_id, 0)

    def updates(self, message_id: str) -> list[str]:
        with self._lock:
            return list(self._history.get(message_id, ()))

    @property
    def messages(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(record) for record in self._by_id.values()]

    def cut_after(self, events: int) -> None:
        with self._lock:
            self._cuts.append(events)

    def stall_after(self, events: int) -> None:
        with self._lock:
            self._stalls.append(events)

    def feed(self, message_id: str, last_event_id: int) -> EventStreamReply:
        with self._lock:
            cut = self._cuts.pop(0) if self._cuts else None
            stall = self._stalls.pop(0) if self._stalls else None
            self.resumed_from.append(last_event_id)
        return EventStreamReply(self._events(message_id, last_event_id, cut, stall))

    def wait_all_closed(self, timeout: float) -> bool:
        """Wait until no streamed fetch is open (the server notices a client leaving within a poll)."""
        with self._changed:
            return self._changed.wait_for(lambda: self.open_streams == 0, timeout)

    def _events(self, message_id: str, after: int, cut: int | None, stall: int | None) -> Generator[bytes, None, None]:
        """One streamed fetch: replays the updates after Last-Event-ID, then follows new ones until the last."""
        with self._lock:
            self.open_streams += 1
        try:
            written = 0
            while cut is None or written < cut:
                if stall is not None and written >= stall:
                    threading.Event().wait(EVENT_POLL)
                    yield b""
                    continue
                with self._changed:
                    record, history = self._by_id[message_id], self._history[message_id]
                    if len(history) <= after and not record["finished"]:
                        self._changed.wait(EVENT_POLL)
                    if len(history) <= after:
                        if record["finished"]:
                            return
                        yield b""
                        continue
                    last, content = record["finished"] and after + 1 == len(history), history[after]
                after, written = after + 1, written + 1
                data = {"msgId": message_id, "content": content, "seq": after, "finished": last}
                # retry: 0 asks for immediate reconnects: the sandbox is local, and tests must not wait.
                yield f"retry: 0\nid: {after}\nevent: update\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()
            raise CutConnection
        finally:
            with self._changed:
                self.open_streams -= 1
                self._changed.notify_all()


class WsTickets:
    """One ticket for the whole validity window, as the platform hands out. The endpoint answer points at the
    WebSocket server (`server_url`), which `start_server` (set by the running Sandbox) starts on first request;
    `ping_interval` (seconds) is what the answer carries."""

    def __init__(self) -> None:
        self.ticket = secrets.token_hex(16)
        self.server_url: str | None = None
        self.start_server: Callable[[], str] | None = None
        self.ping_interval: float = PING_INTERVAL


def ws_tickets(state: SandboxState) -> WsTickets:
    return state.domain("ws-tickets", WsTickets)


def _streams(backend: Backend) -> StreamRecords:
    return backend.state.domain("streams", StreamRecords)


def create_stream_message(backend: Backend, request: Request) -> Reply:
    """The receiver must exist: a staff member of the directory, or a group the app's bot is in."""
    body = request.json
    if body["receiverType"] == "group":
        reachable_group(backend, body["receiverId"], None)
    else:
        known_staff(directory(backend.state).read(), body["receiverId"], "receiverId")
    message_id = _streams(backend).create(body["receiverId"], body["receiverType"], body["streamId"])
    return success({"msgId": message_id})


def fetch_stream_message(backend: Backend, request: Request) -> Reply:
    """JSON by default; Server-Sent Events when the client accepts them, resuming after Last-Event-ID."""
    records = _streams(backend)
    found = records.get(request.json["msgId"])
    if found is None:
        raise ApiError(ErrorCode.NOT_FOUND, "stream message not found")
    if "text/event-stream" not in (request.header("Accept") or ""):
        return success(found)
    last_event_id = request.header("Last-Event-ID") or "0"
    if not last_event_id.isdigit():
        raise invalid("Last-Event-ID: not an event id of this stream")
    return records.feed(found["msgId"], int(last_event_id))


def update_stream_message(backend: Backend, request: Request) -> Reply:
    """Sandbox only (see the spec): the platform documents no way to put content into a stream message."""
    body = request.json
    if not _streams(backend).update(body["msgId"], body["content"], bool(body.get("finished", False))):
        raise ApiError(ErrorCode.NOT_FOUND, "stream message not found")
    return success({})


def create_ws_endpoint(backend: Backend, request: Request) -> Reply:
    backend.check_credentials(str(request.json["appId"]), str(request.json["secret"]))
    tickets = ws_tickets(backend.state)
    base = tickets.server_url or (tickets.start_server() if tickets.start_server else None)
    base = base or f"ws://{request.host}"
    endpoint = f"{base}{WS_PATH}?ticket={tickets.ticket}"
    lifetime = field_default("WsEndpoint", "expiresIn")
    return success({"wsEndpoint": endpoint, "expiresIn": lifetime, "pingInterval": tickets.ping_interval})


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/sse/msg/create", create_stream_message, takes_json=True),
    Route("POST", "/v1/sse/msg/fetch", fetch_stream_message, takes_json=True),
    Route("POST", "/v1/sse/msg/update", update_stream_message, takes_json=True),
    Route("POST", "/v1/ws/endpoint/create", create_ws_endpoint, takes_json=True, needs_app_token=False),
)
