"""The ASGI app under uvicorn and the WSGI app under wsgiref, fed by the sandbox over real loopback HTTP."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
import pytest
import uvicorn
from lansenger.callbacks import CallbackEvent, CallbackReceiver, Dispatcher, asgi_app, wsgi_app
from lansenger.testing import Sandbox
from lansenger.testing.callbacks import signed_callback

EVENTS = [
    {"id": "m-1", "eventType": "bot_private_message", "data": {"from": "524288-1001", "msgType": "text"}},
    {"id": "m-2", "eventType": "staff_create", "data": {"staffId": "524288-1009"}},
]


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the request line carries the signature."""


def _dispatcher(seen: list[str]) -> Dispatcher:
    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message")
    async def on_message(event: CallbackEvent) -> None:
        seen.append(f"message from {event.data['from']}")

    @dispatcher.on("staff_create")
    def on_staff(event: CallbackEvent) -> None:
        seen.append(f"staff {event.data['staffId']}")

    return dispatcher


@pytest.fixture
def wsgi_url(lansenger_sandbox: Sandbox) -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    receiver = CallbackReceiver(
        lansenger_sandbox.aes_key, sign_token=lansenger_sandbox.sign_token, dispatcher=_dispatcher(seen)
    )
    server: WSGIServer = make_server("127.0.0.1", 0, wsgi_app(receiver), handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/lansenger/callback", seen
    server.shutdown()
    server.server_close()


@pytest.fixture
def asgi_url(lansenger_sandbox: Sandbox) -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    receiver = CallbackReceiver(
        lansenger_sandbox.aes_key, sign_token=lansenger_sandbox.sign_token, dispatcher=_dispatcher(seen)
    )
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()  # connections wait in the backlog until uvicorn accepts them: no start-up race
    server = uvicorn.Server(uvicorn.Config(asgi_app(receiver), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=lambda: server.run(sockets=[listener]), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/callback", seen
    server.should_exit = True
    thread.join()


@pytest.mark.parametrize("layout", ["json", "ids-first", "events-first"])
def test_wsgi_receiver_end_to_end(lansenger_sandbox: Sandbox, wsgi_url: tuple[str, list[str]], layout: str) -> None:
    url, seen = wsgi_url
    assert lansenger_sandbox.post_callback(url, EVENTS, layout=layout) == (200, {"errCode": 0, "errMsg": "ok"})
    assert seen == ["message from 524288-1001", "staff 524288-1009"]
    assert lansenger_sandbox.post_callback(url, EVENTS, layout=layout) == (200, {"errCode": 0, "errMsg": "ok"})
    assert len(seen) == 2, "a redelivered callback is not handled twice"


def test_asgi_receiver_end_to_end(lansenger_sandbox: Sandbox, asgi_url: tuple[str, list[str]]) -> None:
    url, seen = asgi_url
    assert lansenger_sandbox.post_callback(url, EVENTS, block_size=32, type_key="type") == (
        200,
        {"errCode": 0, "errMsg": "ok"},
    )
    assert seen == ["message from 524288-1001", "staff 524288-1009"]


@pytest.mark.parametrize("fixture", ["asgi_url", "wsgi_url"])
def test_bad_requests(request: pytest.FixtureRequest, lansenger_sandbox: Sandbox, fixture: str) -> None:
    url, seen = request.getfixturevalue(fixture)
    assert httpx.get(url).status_code == 405
    forged = httpx.post(
        url, params={"timestamp": "1", "nonce": "n", "signature": "0" * 40}, content=b'{"dataEncrypt":"AAAA"}'
    )
    assert (forged.status_code, forged.json()) == (200, {"errCode": -2, "errMsg": "signature check failed"})
    assert httpx.post(url, content=b"x" * (1024 * 1024 + 1)).status_code == 413
    assert seen == []


def _raw_post(url: str, headers: str, body: bytes = b"") -> tuple[int, bytes]:
    """A hand-written request (httpx would never send these headers), the write side closed after the body so a
    server reading more than was sent sees the end instead of waiting."""
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as connection:
        head = f"POST {parts.path} HTTP/1.1\r\nHost: {parts.hostname}\r\n{headers}Connection: close\r\n\r\n"
        connection.sendall(head.encode("latin-1") + body)
        connection.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


@pytest.mark.parametrize(
    ("content_length", "status"),
    [
        ("-1", 400),
        ("+5", 400),
        ("5_0", 400),
        ("0x10", 400),
        ("1e3", 400),
        ("5, 5", 400),
        ("9" * 19, 400),  # no body cap is that large: not a length at all
        ("9" * 400, 400),
        ("9" * 18, 413),
        (str(1024 * 1024 + 1), 413),
        ("100", 400),  # only 2 bytes follow before the client closes: a body cut short
        ("3", 400),  # one byte short
    ],
)
def test_wsgi_refuses_a_malformed_or_unkept_content_length(
    wsgi_url: tuple[str, list[str]], content_length: str, status: int
) -> None:
    url, seen = wsgi_url
    answer = _raw_post(url, f"Content-Length: {content_length}\r\n", b"{}")
    assert answer[0] == status, answer
    assert json.loads(answer[1])["errCode"] == -4
    assert seen == []


def test_wsgi_asks_for_a_length_when_the_server_cannot_say_where_a_chunked_body_ends(
    wsgi_url: tuple[str, list[str]],
) -> None:
    """wsgiref does not decode chunked bodies: reading on would hang, and treating it as empty would lose events."""
    url, seen = wsgi_url
    assert _raw_post(url, "Transfer-Encoding: chunked\r\n")[0] == 411
    assert seen == []


class _Trickle:
    """A `wsgi.input` that hands out at most a few bytes per read, as a socket (or gunicorn's body reader) may."""

    def __init__(self, data: bytes, step: int = 7) -> None:
        self._data, self._step, self.reads = data, step, 0

    def read(self, size: int = -1) -> bytes:
        self.reads += 1
        take = self._step if size < 0 else min(size, self._step)
        chunk, self._data = self._data[:take], self._data[take:]
        return chunk


def _call(app: Any, stream: _Trickle, query: dict[str, str], **environ: Any) -> tuple[str, dict[str, Any]]:
    statuses: list[str] = []
    environ = {"REQUEST_METHOD": "POST", "QUERY_STRING": urlencode(query), "wsgi.input": stream, **environ}
    body = b"".join(app(environ, lambda status, headers: statuses.append(status)))
    return statuses[0], json.loads(body)


def _receiver_app(sandbox: Sandbox, seen: list[str], max_body: int = 1024 * 1024) -> Any:
    receiver = CallbackReceiver(sandbox.aes_key, sign_token=sandbox.sign_token, dispatcher=_dispatcher(seen))
    return wsgi_app(receiver, max_body=max_body)


def test_wsgi_reads_a_chunked_body_to_its_end_when_the_server_terminates_the_input(lansenger_sandbox: Sandbox) -> None:
    seen: list[str] = []
    app = _receiver_app(lansenger_sandbox, seen)
    ok = ("200 OK", {"errCode": 0, "errMsg": "ok"})
    callback = signed_callback(EVENTS, lansenger_sandbox.aes_key, lansenger_sandbox.sign_token)
    stream = _Trickle(callback.body)
    assert _call(app, stream, callback.query, **{"wsgi.input_terminated": True}) == ok
    assert seen == ["message from 524288-1001", "staff 524288-1009"]
    assert stream.reads > len(callback.body) // 7, "read in as many pieces as the stream gave"

    later = signed_callback(
        [{"id": "m-3", "eventType": "staff_create", "data": {"staffId": "s-3"}}],
        lansenger_sandbox.aes_key,
        lansenger_sandbox.sign_token,
    )
    assert _call(app, _Trickle(later.body), later.query, CONTENT_LENGTH=str(len(later.body))) == ok
    assert seen[-1] == "staff s-3", "a Content-Length body arriving in short reads is read whole"


def test_wsgi_caps_a_chunked_body(lansenger_sandbox: Sandbox) -> None:
    seen: list[str] = []
    app = _receiver_app(lansenger_sandbox, seen, max_body=100)
    callback = signed_callback(EVENTS, lansenger_sandbox.aes_key, lansenger_sandbox.sign_token)
    stream = _Trickle(callback.body + b" " * 10_000, step=10_000)
    status, reply = _call(app, stream, callback.query, **{"wsgi.input_terminated": True})
    assert (status, reply["errCode"]) == ("413 Content Too Large", -4)
    assert stream.reads == 1, "no more than the cap (plus one byte) is read"
    assert seen == []


@pytest.mark.parametrize("content_length", ["١٠", "１０", "²"])
def test_wsgi_takes_only_ascii_digits_as_a_content_length(lansenger_sandbox: Sandbox, content_length: str) -> None:
    status, reply = _call(_receiver_app(lansenger_sandbox, []), _Trickle(b"{}" * 10), {}, CONTENT_LENGTH=content_length)
    assert (status, reply["errCode"]) == ("400 Bad Request", -4)
