"""With a `BotRuntime` attached, the webhook answers before the handler finishes, and stopping drains: under
uvicorn (ASGI lifespan), wsgiref (WSGI) and both WebSocket listeners, against the sandbox over loopback."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
import uvicorn
from lansenger import AsyncLansenger, Lansenger
from lansenger.bot import BotEvent, BotRuntime
from lansenger.callbacks import CallbackReceiver, asgi_app, wsgi_app
from lansenger.inbound import AsyncWebSocketListener, Dispatcher, WebSocketListener
from lansenger.testing import Sandbox

ADA = "524288-1001"
WAIT = 5.0


def message(msg_id: str, text: str = "slow question") -> dict[str, Any]:
    data = {"from": ADA, "msgId": msg_id, "msgType": "text", "msgData": {"text": {"content": text}}}
    return {"id": f"524288-{msg_id}", "eventType": "bot_private_message", "type": "bot_private_message", "data": data}


class Gate:
    """A handler that holds until released, then replies: proof of where and when it ran."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.replied = threading.Event()

    def dispatcher(self) -> Dispatcher:
        dispatcher = Dispatcher()

        @dispatcher.on("bot_private_message")
        async def answer(event: BotEvent) -> None:
            self.entered.set()
            await asyncio.to_thread(self.release.wait, WAIT)
            await event.reply("the answer")
            self.replied.set()

        return dispatcher


def replies(sandbox: Sandbox) -> list[str]:
    return [record["body"]["msgData"]["text"]["content"] for record in sandbox.state.messages]


def async_client(sandbox: Sandbox) -> AsyncLansenger:
    return AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url)


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Silent."""


def test_asgi_answers_at_once_and_the_lifespan_drains_on_shutdown(lansenger_sandbox: Sandbox) -> None:
    gate = Gate()
    dispatcher = gate.dispatcher()
    BotRuntime(async_client(lansenger_sandbox), dispatcher)
    receiver = CallbackReceiver(
        lansenger_sandbox.aes_key, sign_token=lansenger_sandbox.sign_token, dispatcher=dispatcher
    )
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    server = uvicorn.Server(uvicorn.Config(asgi_app(receiver), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=lambda: server.run(sockets=[listener]), daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/callback"
    try:
        assert lansenger_sandbox.post_callback(url, [message("m1")]) == (200, {"errCode": 0, "errMsg": "ok"})
        assert gate.entered.wait(WAIT) and not gate.replied.is_set(), "answered while the handler still works"
    finally:
        gate.release.set()
        server.should_exit = True
        thread.join(WAIT)
    assert gate.replied.is_set() and replies(lansenger_sandbox) == ["the answer"], "shutdown waited for the handler"


@pytest.fixture
def wsgi_server() -> Iterator[Any]:
    servers: list[WSGIServer] = []

    def serve(app: Any) -> str:
        server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/callback"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def test_wsgi_answers_at_once_and_stop_drains(lansenger_sandbox: Sandbox, wsgi_server: Any) -> None:
    gate = Gate()
    dispatcher = gate.dispatcher()
    runtime = BotRuntime(async_client(lansenger_sandbox), dispatcher)
    receiver = CallbackReceiver(
        lansenger_sandbox.aes_key, sign_token=lansenger_sandbox.sign_token, dispatcher=dispatcher
    )
    url = wsgi_server(wsgi_app(receiver))
    assert not runtime.running
    assert lansenger_sandbox.post_callback(url, [message("m1")]) == (200, {"errCode": 0, "errMsg": "ok"})
    assert runtime.running, "the first request started it on its own thread"
    assert gate.entered.wait(WAIT) and not gate.replied.is_set()
    gate.release.set()
    runtime.stop()
    assert gate.replied.is_set() and replies(lansenger_sandbox) == ["the answer"]
    with pytest.raises(RuntimeError, match="stopped"):
        runtime.submit([])


@pytest.mark.anyio
async def test_the_async_listener_runs_the_runtime_and_drains_it(lansenger_sandbox: Sandbox) -> None:
    gate = Gate()
    dispatcher = gate.dispatcher()
    async with async_client(lansenger_sandbox) as client:
        runtime = BotRuntime(client, dispatcher)
        listener = AsyncWebSocketListener(client, dispatcher)
        task = asyncio.ensure_future(listener.run())
        lansenger_sandbox.websocket.push([message("w1")])
        assert await asyncio.to_thread(gate.entered.wait, WAIT)
        assert runtime.running
        listener.stop()
        gate.release.set()
        await asyncio.wait_for(task, WAIT)
    assert gate.replied.is_set() and replies(lansenger_sandbox) == ["the answer"]
    assert not runtime.running


def test_the_sync_listener_drains_the_runtime_before_returning(lansenger_sandbox: Sandbox) -> None:
    gate = Gate()
    dispatcher = gate.dispatcher()
    runtime = BotRuntime(async_client(lansenger_sandbox), dispatcher)
    with Lansenger(lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url) as client:
        listener = WebSocketListener(client, dispatcher)
        thread = threading.Thread(target=listener.run_forever, daemon=True)
        thread.start()
        lansenger_sandbox.websocket.push([message("w1")])
        assert gate.entered.wait(WAIT) and runtime.running
        listener.stop()
        gate.release.set()
        thread.join(WAIT)
    assert not thread.is_alive() and gate.replied.is_set() and replies(lansenger_sandbox) == ["the answer"]
