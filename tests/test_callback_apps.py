"""The ASGI app under uvicorn and the WSGI app under wsgiref, fed by the sandbox over real loopback HTTP."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
import pytest
import uvicorn
from lansenger.callbacks import CallbackEvent, CallbackReceiver, Dispatcher, asgi_app, wsgi_app
from lansenger.testing import Sandbox

EVENTS = [
    {"id": "m-1", "eventType": "bot_private_message", "data": {"from": "524288-1001", "msgType": "text"}},
    {"id": "m-2", "eventType": "staff_create", "data": {"staffId": "524288-1009"}},
]


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the request line carries the signature."""


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


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
def wsgi_url(sandbox: Sandbox) -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    receiver = CallbackReceiver(sandbox.aes_key, sign_token=sandbox.sign_token, dispatcher=_dispatcher(seen))
    server: WSGIServer = make_server("127.0.0.1", 0, wsgi_app(receiver), handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/lansenger/callback", seen
    server.shutdown()
    server.server_close()


@pytest.fixture
def asgi_url(sandbox: Sandbox) -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    receiver = CallbackReceiver(sandbox.aes_key, sign_token=sandbox.sign_token, dispatcher=_dispatcher(seen))
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
def test_wsgi_receiver_end_to_end(sandbox: Sandbox, wsgi_url: tuple[str, list[str]], layout: str) -> None:
    url, seen = wsgi_url
    assert sandbox.post_callback(url, EVENTS, layout=layout) == (200, {"errCode": 0, "errMsg": "ok"})
    assert seen == ["message from 524288-1001", "staff 524288-1009"]
    assert sandbox.post_callback(url, EVENTS, layout=layout) == (200, {"errCode": 0, "errMsg": "ok"})
    assert len(seen) == 2, "a redelivered callback is not handled twice"


def test_asgi_receiver_end_to_end(sandbox: Sandbox, asgi_url: tuple[str, list[str]]) -> None:
    url, seen = asgi_url
    assert sandbox.post_callback(url, EVENTS, block_size=32, type_key="type") == (200, {"errCode": 0, "errMsg": "ok"})
    assert seen == ["message from 524288-1001", "staff 524288-1009"]


@pytest.mark.parametrize("fixture", ["asgi_url", "wsgi_url"])
def test_bad_requests(request: pytest.FixtureRequest, sandbox: Sandbox, fixture: str) -> None:
    url, seen = request.getfixturevalue(fixture)
    assert httpx.get(url).status_code == 405
    forged = httpx.post(
        url, params={"timestamp": "1", "nonce": "n", "signature": "0" * 40}, content=b'{"dataEncrypt":"AAAA"}'
    )
    assert (forged.status_code, forged.json()) == (200, {"errCode": -2, "errMsg": "signature check failed"})
    assert httpx.post(url, content=b"x" * (1024 * 1024 + 1)).status_code == 413
    assert seen == []
