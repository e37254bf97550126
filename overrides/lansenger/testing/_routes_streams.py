"""Stream messages and the personal-bot WebSocket endpoint, as the sandbox answers them."""

from __future__ import annotations

import hmac
import secrets
import threading
from collections.abc import Callable
from typing import Any

from ._replies import INVALID_CREDENTIAL, MEDIA_NOT_FOUND, ApiError, Reply, success
from ._routing import Backend, Request, Route
from ._state import SandboxState

WS_PATH = "/open/wss/v1"
TICKET_LIFETIME = 7200
PING_INTERVAL = 20


class StreamRecords:
    """Stream messages by msgId; a second create with the same streamId answers the same message."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_id: dict[str, dict[str, Any]] = {}
        self._by_stream: dict[str, str] = {}

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
            }
            self._by_stream[stream_id] = message_id
            return message_id

    def get(self, message_id: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._by_id.get(message_id)
            return dict(found) if found is not None else None

    @property
    def messages(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(record) for record in self._by_id.values()]


class WsTickets:
    """The platform hands out the same ticket for its whole validity window; so does the sandbox.

    The endpoint answer points at the sandbox's WebSocket server (`server_url`), which `start_server` (set by the
    running Sandbox) starts on the first endpoint request; `ping_interval` is the pingInterval the answer carries
    (seconds; tests shorten it to notice stalls quickly).
    """

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
    body = request.json
    message_id = _streams(backend).create(body["receiverId"], body["receiverType"], body["streamId"])
    return success({"msgId": message_id})


def fetch_stream_message(backend: Backend, request: Request) -> Reply:
    found = _streams(backend).get(request.json["msgId"])
    if found is None:
        raise ApiError(MEDIA_NOT_FOUND, "stream message not found")
    return success(found)


def create_ws_endpoint(backend: Backend, request: Request) -> Reply:
    body = request.json
    same_app = hmac.compare_digest(str(body["appId"]).encode(), backend.app_id.encode())
    same_secret = hmac.compare_digest(str(body["secret"]).encode(), backend.app_secret.encode())
    if not (same_app & same_secret):
        raise ApiError(INVALID_CREDENTIAL, "invalid credential")
    tickets = ws_tickets(backend.state)
    base = tickets.server_url or (tickets.start_server() if tickets.start_server else None)
    base = base or f"ws://{request.host or '127.0.0.1'}"
    endpoint = f"{base}{WS_PATH}?ticket={tickets.ticket}"
    return success({"wsEndpoint": endpoint, "expiresIn": TICKET_LIFETIME, "pingInterval": tickets.ping_interval})


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/sse/msg/create", create_stream_message, takes_json=True),
    Route("POST", "/v1/sse/msg/fetch", fetch_stream_message, takes_json=True),
    Route("POST", "/v1/ws/endpoint/create", create_ws_endpoint, takes_json=True, needs_app_token=False),
)
