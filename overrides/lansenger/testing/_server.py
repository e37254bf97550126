"""The loopback HTTP server and the `Sandbox` that owns it."""

from __future__ import annotations

import contextlib
import secrets
import select
import shutil
import socket
import socketserver
import tempfile
import threading
from collections.abc import Mapping, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from ._body import CHUNK_SIZE, BodyFramingError, RequestBody
from ._directory import ORG_ID, SANDBOX_USER
from ._faults import Fault, FaultPlan
from ._gateway import Gateway
from ._replies import CutConnection, DropConnection, EventStreamReply, FileReply, Reply, failure
from ._routes_cards import card_clicks
from ._routes_device_flow import DeviceFlowRecords, device_flow_records
from ._routes_streams import ws_tickets
from ._routing import DEFAULT_SCOPE, Backend, OAuthRecords, Request
from ._spec import bundled_spec_index
from ._state import SandboxState
from .callbacks import CallbackTarget, new_aes_key, post_callback, signed_callback

if TYPE_CHECKING:
    from ._ws_server import SandboxWebSocket

_JOIN_TIMEOUT = 5.0


class _GatewayServer(ThreadingHTTPServer):
    """A threading HTTP server that stops at once (its accept loop blocks, and `stop_serving` wakes it with a
    connection of its own, where `serve_forever` would wait for a poll) and can end idle keep-alive connections."""

    # socketserver's default backlog of 5 resets connections when many clients connect at once,
    # which is exactly what the concurrency tests and benchmarks do.
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], gateway: Gateway, state: SandboxState) -> None:
        self.gateway = gateway
        self.state = state
        self._lock = threading.Lock()
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._stopping = threading.Event()
        super().__init__(address, _GatewayRequestHandler)

    def server_bind(self) -> None:
        """Skip `HTTPServer.server_bind`'s reverse DNS lookup, which can stall for seconds."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def serve_until_stopped(self) -> None:
        while True:
            try:
                connection, client_address = self.get_request()
            except OSError:
                continue
            if self._stopping.is_set():
                connection.close()
                return
            self.process_request(connection, client_address)

    def stop_serving(self) -> None:
        self._stopping.set()
        socket.create_connection((self.server_name, self.server_port)).close()

    def process_request(self, request: Any, client_address: Any) -> None:
        """One daemon thread per connection, remembered so `close_connections` can end it."""
        worker = threading.Thread(target=self.process_request_thread, args=(request, client_address), daemon=True)
        with self._lock:
            self._connections[request] = worker
        worker.start()

    def shutdown_request(self, request: Any) -> None:
        with self._lock:
            self._connections.pop(request, None)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay silent: a traceback could echo request data, and clients hanging up is routine."""

    def close_connections(self) -> None:
        """Unblock workers waiting on idle keep-alive connections, then wait for them to finish."""
        with self._lock:
            connections = list(self._connections.items())
        for connection, _worker in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        for _connection, worker in connections:
            worker.join(_JOIN_TIMEOUT)


class _GatewayRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "LansengerSandbox"
    sys_version = ""
    server: _GatewayServer

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: request lines carry app_token and the app secret in the query."""

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_GET

    def _serve(self) -> None:
        target = urlsplit(self.path)
        query = parse_qs(target.query, keep_blank_values=True)
        self.server.state.record_request(self.command, target.path, query)
        try:
            reply = self._answer(target.path, query)
        except BodyFramingError as error:
            self.close_connection = True
            reply = failure(400, f"bad request: {error}", status=400)
        except Exception as error:
            self.close_connection = True
            reply = failure(500, f"sandbox error: {type(error).__name__}", status=500)
        try:
            self._write(reply)
        except OSError:
            self.close_connection = True

    def _answer(self, path: str, query: dict[str, list[str]]) -> Reply:
        """The whole request body is read before any reply, so even a dropped connection had its request."""
        body = RequestBody(self.rfile, self.headers)
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = Request(self.command, path, query, body, headers, peer=self.client_address[0])
        reply = self.server.gateway.handle(request)
        body.drain()
        return reply

    def _write(self, reply: Reply) -> None:
        if isinstance(reply, DropConnection):
            self.close_connection = True
        elif isinstance(reply, FileReply):
            self._write_file(reply)
        elif isinstance(reply, EventStreamReply):
            self._write_events(reply)
        else:
            closing = {"Connection": "close"} if self.close_connection else {}
            length = {"Content-Length": str(len(reply.body))}
            self._head(reply.status, {"Content-Type": reply.content_type, **length, **reply.headers, **closing})
            self.wfile.write(reply.body)

    def _head(self, status: int, headers: Mapping[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _write_file(self, reply: FileReply) -> None:
        """Streamed from disk in chunks: media can be far larger than is sensible to hold in memory."""
        with reply.path.open("rb") as source:
            self._head(200, {"Content-Type": reply.content_type, "Content-Length": str(reply.size)})
            while chunk := source.read(CHUNK_SIZE):
                self.wfile.write(chunk)

    def _write_events(self, reply: EventStreamReply) -> None:
        """Chunked, so that a cut (no terminating chunk) reads as a broken stream rather than its end."""
        stream = {"Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store"}
        self._head(200, {**stream, "Transfer-Encoding": "chunked"})
        self.wfile.flush()
        with contextlib.closing(reply.chunks) as chunks:
            try:
                for chunk in chunks:
                    if self._peer_gone():
                        self.close_connection = True
                        return
                    if chunk:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                        self.wfile.flush()
            except CutConnection:
                self.close_connection = True
                return
        self.wfile.write(b"0\r\n\r\n")

    def _peer_gone(self) -> bool:
        """A client waiting for events sends nothing, so a readable socket means it hung up (or we shut it)."""
        readable, _, _ = select.select([self.connection], [], [], 0)
        if not readable:
            return False
        try:
            peeked: bytes = self.connection.recv(1, socket.MSG_PEEK)
        except OSError:
            return True
        return peeked == b""


class Sandbox:
    """A local stand-in for the Lansenger API gateway over real loopback HTTP; `url` is the base URL for the SDK.

    What it did is in `state`; `fail_next` injects per-path faults (the CLI's ``--fault PATH:KIND[:TIMES]``).
    """

    def __init__(
        self,
        *,
        app_id: str = "sandbox-app",
        app_secret: str = "sandbox-secret",
        token_lifetime: float = 7200.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        if token_lifetime <= 0:
            raise ValueError("token_lifetime must be positive")
        self.app_id = app_id
        self.app_secret = app_secret
        self.aes_key = new_aes_key()
        """The callback key (回调密钥) the sandbox encrypts callbacks with."""
        self.sign_token = secrets.token_hex(16).upper()
        """The callback signature token (回调签名令牌) the sandbox signs callbacks with."""
        self.token_lifetime = token_lifetime
        self.state = SandboxState()
        self._callbacks = self.state.domain(
            "callback-target", lambda: CallbackTarget(self.aes_key, self.sign_token, app_id)
        )
        self._address = (host, port)
        self._faults = FaultPlan()
        self._server: _GatewayServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._media_dir: Path | None = None
        self._websocket: SandboxWebSocket | None = None
        self._websocket_lock = threading.Lock()

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        return f"http://{self._server.server_name}:{self._server.server_port}"

    def start(self) -> Sandbox:
        """Returns once the socket is listening, so requests can be sent straight away."""
        if self._server is not None:
            raise RuntimeError("the sandbox is already running")
        media_dir = Path(tempfile.mkdtemp(prefix="lansenger-sandbox-"))
        backend = Backend(self.state, media_dir, self.app_id, self.app_secret, self.token_lifetime)
        self._stopping = threading.Event()
        gateway = Gateway(backend, self._faults, bundled_spec_index(), stopping=self._stopping)
        try:
            server = _GatewayServer(self._address, gateway, self.state)
        except BaseException:
            shutil.rmtree(media_dir, ignore_errors=True)
            raise
        self._media_dir, self._server = media_dir, server
        self._thread = threading.Thread(target=server.serve_until_stopped, name="lansenger-sandbox", daemon=True)
        self._thread.start()
        ws_tickets(self.state).start_server = lambda: self.websocket.url
        card_clicks(self.state).push_frame = lambda frame: self.websocket.push_frame(frame)
        return self

    def stop(self) -> None:
        """Stop serving, end open connections and delete stored media; a no-op when not running."""
        server, thread, media_dir = self._server, self._thread, self._media_dir
        if server is None:
            return
        self._server = self._thread = self._media_dir = None
        ws_tickets(self.state).start_server = None
        card_clicks(self.state).push_frame = None
        with self._websocket_lock:
            websocket, self._websocket = self._websocket, None
        if websocket is not None:
            websocket.stop()
        self._callbacks.close()
        self._stopping.set()  # cuts injected latencies short
        server.stop_serving()
        if thread is not None:
            thread.join()
        server.close_connections()
        server.server_close()
        if media_dir is not None:
            shutil.rmtree(media_dir, ignore_errors=True)

    @property
    def websocket(self) -> SandboxWebSocket:
        """The personal-bot WebSocket endpoint, started on first use (the endpoint create answer points at it):
        `push` frames, `close_all`, `stall`, `refuse_next`."""
        with self._websocket_lock:  # stop() clears _server before it takes this lock: no server outlives it
            server = self._server
            if server is None:
                raise RuntimeError("the sandbox is not running")
            if self._websocket is None:
                from ._ws_server import SandboxWebSocket

                self._websocket = SandboxWebSocket(ws_tickets(self.state), server.server_name).start()
            return self._websocket

    @property
    def callbacks(self) -> CallbackTarget:
        """Events the sandbox pushes to the receiver registered with `POST /sandbox/callbacks` (or by setting
        `callbacks.url`): what was `published`, the `deliveries` and their replies, `flush()` to wait for them,
        `redeliver_failed()` to retry as the platform does."""
        return self._callbacks

    def publish_event(self, event_type: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Push any event to the registered receiver, encrypted and signed; returns the event as sent."""
        return self._callbacks.publish(event_type, data)

    def expire_tokens(self) -> None:
        """Invalidate every token issued so far, as if they had all expired."""
        self.state.expire_tokens()

    def post_callback(
        self, url: str, events: Sequence[Mapping[str, Any]], **options: Any
    ) -> tuple[int, dict[str, Any]]:
        """POST these events to a receiver, encrypted and signed with the sandbox's keys; `options` are those of
        `lansenger.testing.callbacks.signed_callback`."""
        options.setdefault("app_id", self.app_id)
        options.setdefault("org_id", ORG_ID)
        return post_callback(url, signed_callback(events, self.aes_key, self.sign_token, **options))

    @property
    def oauth(self) -> OAuthRecords:
        """Authorization codes, user tokens and refresh-token rotations the sandbox has issued."""
        return self.state.domain("oauth", OAuthRecords)

    @property
    def device_flow(self) -> DeviceFlowRecords:
        """Device-flow logins waiting at the passport: `pending` user codes, `approve`, `deny`, `slow_down`."""
        return device_flow_records(self.state)

    def user_token(self, staff_id: str = SANDBOX_USER) -> str:
        """A live user token for ``staff_id``, as if that person had just completed the OAuth flow."""
        code = self.oauth.issue_code(staff_id, "", DEFAULT_SCOPE, "")
        token: str = self.oauth.exchange(code, None)["userToken"]
        return token

    def fail_next(
        self,
        path: str,
        *,
        status: int | None = None,
        times: int = 1,
        retry_after: float | None = None,
        err_code: int | None = None,
        reset: bool = False,
        latency: float = 0.0,
        malformed_json: bool = False,
        expire_token: bool = False,
    ) -> None:
        """Make the next ``times`` requests to ``path`` (exact, no query) misbehave, one kind per call (see
        `Fault`): an HTTP ``status`` (503 when nothing else is chosen), an ``err_code`` envelope, a ``reset``
        connection, ``malformed_json``, or an app token expiring mid-flight (``expire_token``); ``retry_after``
        adds a Retry-After header, ``latency`` a delay (alone: then the request is handled as usual). Stopping the
        sandbox cuts a latency short and drops the connection.
        """
        chosen = reset or malformed_json or expire_token or err_code is not None
        if status is None and not chosen and not latency:
            status = 503
        fault = Fault(status, retry_after, err_code, reset, latency, malformed_json, expire_token)
        self._faults.add(path, fault, times)

    def limit_rate(self, path: str, *, per_second: float, burst: int = 1) -> None:
        """Rate-limit requests to ``path`` (exact, no query) as a busy gateway does: ``burst`` at once, then
        ``per_second``; a request over the limit is answered HTTP 429 with a Retry-After header."""
        self._faults.limit(path, per_second, burst)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
