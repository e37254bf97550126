"""The personal-bot WebSocket listener against the sandbox's real WebSocket server: delivery, drops, backoff, stop.

No test sleeps: backoff delays go to a recording fake, and tests wait on the events their handlers receive.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import pytest
from lansenger import AsyncLansenger, ConfigurationError, Lansenger
from lansenger._ws_frames import MalformedFrame, RecentKeys, dedupe_key, parse_frame
from lansenger._ws_inbound import Backoff
from lansenger.inbound import (
    AsyncWebSocketListener,
    CallbackEvent,
    Dispatcher,
    ListenerState,
    WebSocketListener,
)
from lansenger.testing import Sandbox
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

ENDPOINT_PATH = "/v1/ws/endpoint/create"
WAIT = 5.0


def message(msg_id: str, text: str = "hi", event_type: str = "bot_private_message") -> dict[str, Any]:
    return {
        "type": event_type,
        "data": {
            "from": "staff-1",
            "fromName": "Ann",
            "entryId": "entry-1",
            "msgId": msg_id,
            "msgType": "text",
            "msgData": {"text": {"content": text}},
        },
    }


class Inbox:
    """What the handlers received, in order, and a way to wait for it without sleeping."""

    def __init__(self) -> None:
        self.events: list[CallbackEvent] = []
        self._arrived = asyncio.Event()

    def add(self, event: CallbackEvent) -> None:
        self.events.append(event)
        self._arrived.set()

    @property
    def msg_ids(self) -> list[str]:
        return [event.data.get("msgId", "") for event in self.events]

    async def wait_for(self, count: int) -> None:
        with anyio.fail_after(WAIT):
            while len(self.events) < count:
                self._arrived.clear()
                await self._arrived.wait()


class FakeSleep:
    """Records each backoff delay and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        await asyncio.sleep(0)


def endpoint_creates(sandbox: Sandbox) -> int:
    return sum(1 for _method, path, _keys in sandbox.state.requests if path == ENDPOINT_PATH)


def inbox_dispatcher() -> tuple[Dispatcher, Inbox]:
    dispatcher, inbox = Dispatcher(), Inbox()
    dispatcher.on()(inbox.add)
    return dispatcher, inbox


@asynccontextmanager
async def listening(
    sandbox: Sandbox, dispatcher: Dispatcher, **options: Any
) -> AsyncIterator[tuple[AsyncWebSocketListener, FakeSleep]]:
    """A listener running as a task for the block; stopped (and awaited) at its end."""
    sleep = FakeSleep()
    options.setdefault("jitter", 0)
    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, max_retries=0) as client:
        listener = AsyncWebSocketListener(client, dispatcher, sleep=sleep, **options)
        task = asyncio.ensure_future(listener.run())
        try:
            yield listener, sleep
        finally:
            listener.stop()
            with anyio.fail_after(WAIT):
                await task


@pytest.mark.anyio
async def test_events_reach_sync_and_async_handlers_by_type(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()
    private: list[CallbackEvent] = []

    @dispatcher.on("bot_private_message")
    def on_private(event: CallbackEvent) -> None:
        private.append(event)
        inbox.add(event)

    @dispatcher.on("bot_group_message")
    async def on_group(event: CallbackEvent) -> None:
        await asyncio.sleep(0)
        inbox.add(event)

    lansenger_sandbox.websocket.push([message("m1"), message("g1", "all", "bot_group_message")])
    async with listening(lansenger_sandbox, dispatcher):
        await inbox.wait_for(2)
    assert [(event.type, event.data["msgId"]) for event in inbox.events] == [
        ("bot_private_message", "m1"),
        ("bot_group_message", "g1"),
    ]
    assert private[0].data["msgData"] == {"text": {"content": "hi"}}
    assert private[0].app_id == lansenger_sandbox.app_id


@pytest.mark.anyio
async def test_reconnects_after_the_server_closes_and_delivers_each_event_once(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = inbox_dispatcher()
    states: list[ListenerState] = []
    async with listening(lansenger_sandbox, dispatcher, on_state=states.append) as (_listener, sleep):
        lansenger_sandbox.websocket.push([message("m1")])
        await inbox.wait_for(1)
        assert lansenger_sandbox.websocket.close_all(1001) == 1
        lansenger_sandbox.websocket.push([message("m1"), message("m2")])  # m1 again, as a platform redelivering would
        await inbox.wait_for(2)
        lansenger_sandbox.websocket.push([message("m2"), message("m3")])
        await inbox.wait_for(3)
    assert inbox.msg_ids == ["m1", "m2", "m3"]
    assert sleep.delays == [2.0]
    assert lansenger_sandbox.websocket.connections == 2
    assert endpoint_creates(lansenger_sandbox) == 2, "a fresh endpoint before the reconnect"
    assert states == [
        ListenerState.CONNECTING,
        ListenerState.OPEN,
        ListenerState.WAITING,
        ListenerState.CONNECTING,
        ListenerState.OPEN,
        ListenerState.STOPPED,
    ]


@pytest.mark.anyio
async def test_reconnects_after_a_stall_detected_by_the_ping_timeout(lansenger_sandbox: Sandbox) -> None:
    """The server stops reading: pings go unanswered, and so does the client's close frame."""
    dispatcher, inbox = inbox_dispatcher()
    lansenger_sandbox.websocket.ping_interval = 0.05  # the endpoint answer sets the client's ping period
    async with listening(lansenger_sandbox, dispatcher, pong_timeout=0.2, close_timeout=0.2) as (_listener, sleep):
        lansenger_sandbox.websocket.push([message("m1")])
        await inbox.wait_for(1)
        assert lansenger_sandbox.websocket.stall() == 1
        lansenger_sandbox.websocket.push([message("m1"), message("m2")])  # waits for the next connection
        await inbox.wait_for(2)
    assert inbox.msg_ids == ["m1", "m2"]
    assert sleep.delays == [2.0]
    assert lansenger_sandbox.websocket.connections == 2
    assert endpoint_creates(lansenger_sandbox) == 2


@pytest.mark.anyio
async def test_reconnects_after_a_refused_handshake(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = inbox_dispatcher()
    lansenger_sandbox.websocket.refuse_next(1)
    lansenger_sandbox.websocket.push([message("m1")])
    async with listening(lansenger_sandbox, dispatcher) as (_listener, sleep):
        await inbox.wait_for(1)
        lansenger_sandbox.websocket.push([message("m1"), message("m2")])
        await inbox.wait_for(2)
    assert inbox.msg_ids == ["m1", "m2"]
    assert sleep.delays == [2.0]
    assert (lansenger_sandbox.websocket.handshakes_refused, lansenger_sandbox.websocket.connections) == (1, 1)
    assert endpoint_creates(lansenger_sandbox) == 2


@pytest.mark.anyio
async def test_backoff_walks_the_sequence_and_restarts_after_an_open(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = inbox_dispatcher()
    lansenger_sandbox.websocket.refuse_next(6)
    async with listening(lansenger_sandbox, dispatcher) as (_listener, sleep):
        lansenger_sandbox.websocket.push([message("m1")])
        await inbox.wait_for(1)
        lansenger_sandbox.websocket.close_all()
        lansenger_sandbox.websocket.push([message("m2")])
        await inbox.wait_for(2)
    assert sleep.delays == [2, 5, 10, 30, 60, 60, 2]
    assert (
        endpoint_creates(lansenger_sandbox)
        == 8
        == lansenger_sandbox.websocket.handshakes_refused + lansenger_sandbox.websocket.connections
    )


@pytest.mark.anyio
async def test_backoff_delays_are_jittered_within_bounds(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = inbox_dispatcher()
    lansenger_sandbox.websocket.refuse_next(6)
    lansenger_sandbox.websocket.push([message("m1")])
    async with listening(lansenger_sandbox, dispatcher, jitter=0.2) as (_listener, sleep):
        await inbox.wait_for(1)
    bases = [2, 5, 10, 30, 60, 60]
    assert len(sleep.delays) == len(bases)
    for delay, base in zip(sleep.delays, bases, strict=True):
        assert base * 0.8 <= delay <= base * 1.2


def test_backoff_jitter_spans_both_ends() -> None:
    low = Backoff((2, 5), jitter=0.25, uniform=lambda lo, hi: lo)
    high = Backoff((2, 5), jitter=0.25, uniform=lambda lo, hi: hi)
    assert [low.next() for _ in range(3)] == [1.5, 3.75, 3.75]
    assert [high.next() for _ in range(3)] == [2.5, 6.25, 6.25]
    with pytest.raises(ValueError):
        Backoff((), jitter=0)
    with pytest.raises(ValueError):
        Backoff((2,), jitter=1)


@pytest.mark.anyio
async def test_a_failed_endpoint_create_is_a_drop_too(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = inbox_dispatcher()
    lansenger_sandbox.fail_next(ENDPOINT_PATH, status=503, times=1)
    lansenger_sandbox.fail_next(ENDPOINT_PATH, err_code=40001, times=1)
    lansenger_sandbox.websocket.push([message("m1")])
    async with listening(lansenger_sandbox, dispatcher) as (_listener, sleep):
        await inbox.wait_for(1)
    assert sleep.delays == [2, 5]
    assert endpoint_creates(lansenger_sandbox) == 3
    assert lansenger_sandbox.websocket.connections == 1


@pytest.mark.anyio
async def test_malformed_frames_are_logged_and_skipped(
    lansenger_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    dispatcher, inbox = inbox_dispatcher()
    caplog.set_level(logging.WARNING, logger="lansenger")
    for raw in ("not json", b"\xff\xfe", "[1, 2]", '{"hello": 1}', '{"events": "x"}', '{"events": [1]}'):
        lansenger_sandbox.websocket.push_raw(raw)
    lansenger_sandbox.websocket.push_raw('{"events": [1, {"type": "bot_private_message", "data": {"msgId": "m1"}}]}')
    lansenger_sandbox.websocket.push_raw(b'{"events": [{"type": "bot_private_message", "data": {"msgId": "m2"}}]}')
    async with listening(lansenger_sandbox, dispatcher) as (_listener, sleep):
        await inbox.wait_for(2)
    assert inbox.msg_ids == ["m1", "m2"]
    assert sleep.delays == [] and lansenger_sandbox.websocket.connections == 1, "a bad frame never costs the connection"
    skipped = [record.getMessage() for record in caplog.records if "malformed frame" in record.getMessage()]
    assert len(skipped) == 6
    assert sum("not events" in record.getMessage() for record in caplog.records) == 1
    assert "hello" not in caplog.text, "frame contents stay out of the log"


@pytest.mark.anyio
async def test_top_level_approve_card_callback_is_delivered(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()
    dispatcher.on("approve_card_callback")(inbox.add)
    lansenger_sandbox.websocket.push_frame(
        {"type": "approve_card_callback", "data": {"eventData": "ok:42", "staffId": "s-1"}}
    )
    async with listening(lansenger_sandbox, dispatcher):
        await inbox.wait_for(1)
    (event,) = inbox.events
    assert (event.type, event.data) == ("approve_card_callback", {"eventData": "ok:42", "staffId": "s-1"})


@pytest.mark.anyio
async def test_stop_closes_the_socket_and_run_returns(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = inbox_dispatcher()
    states: list[ListenerState] = []
    async with listening(lansenger_sandbox, dispatcher, on_state=states.append) as (listener, sleep):
        lansenger_sandbox.websocket.push([message("m1")])
        await inbox.wait_for(1)
        listener.stop()
        with anyio.fail_after(WAIT):
            while states[-1] is not ListenerState.STOPPED:
                await asyncio.sleep(0)
    assert sleep.delays == []
    assert states == [ListenerState.CONNECTING, ListenerState.OPEN, ListenerState.STOPPED]
    with anyio.fail_after(WAIT):  # the server's handler ends just after the client has seen the close
        while lansenger_sandbox.websocket.connected:
            await asyncio.sleep(0)
    lansenger_sandbox.websocket.push([message("m2")])
    assert lansenger_sandbox.websocket.pending == 1, "nobody listens any more"


@pytest.mark.anyio
async def test_stop_interrupts_a_backoff_wait_and_cancel_ends_run(lansenger_sandbox: Sandbox) -> None:
    forever = asyncio.Event()

    async def never_returns(_delay: float) -> None:
        await forever.wait()

    lansenger_sandbox.websocket.refuse_next(10)
    async with AsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url
    ) as client:
        states: list[ListenerState] = []
        listener = AsyncWebSocketListener(client, Dispatcher(), sleep=never_returns, on_state=states.append)
        task = asyncio.ensure_future(listener.run())
        with anyio.fail_after(WAIT):
            while ListenerState.WAITING not in states:
                await asyncio.sleep(0)
            listener.stop()
            await task
        assert states[-1] is ListenerState.STOPPED

        lansenger_sandbox.websocket.refuse_next(0)
        listener.stop()  # asked before run(): run returns at once
        with anyio.fail_after(WAIT):
            await listener.run()

        inbox = Inbox()
        dispatcher = Dispatcher()
        dispatcher.on()(inbox.add)
        listener = AsyncWebSocketListener(client, dispatcher, sleep=FakeSleep())
        task = asyncio.ensure_future(listener.run())
        lansenger_sandbox.websocket.push([message("m1")])
        await inbox.wait_for(1)
        task.cancel()
        with anyio.fail_after(WAIT), pytest.raises(asyncio.CancelledError):
            await task


@pytest.mark.anyio
async def test_the_ticket_never_reaches_a_log_line(
    lansenger_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    dispatcher, inbox = inbox_dispatcher()
    lansenger_sandbox.websocket.refuse_next(1)
    lansenger_sandbox.websocket.push([message("m1")])
    async with listening(lansenger_sandbox, dispatcher):
        await inbox.wait_for(1)
    ticket = _ticket(lansenger_sandbox)
    assert caplog.records, "websockets and the listener did log"
    assert ticket not in caplog.text
    assert "ticket=***" in caplog.text


def _ticket(sandbox: Sandbox) -> str:
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        url = client.websocket.create_ws_endpoint(app_id=sandbox.app_id, secret=sandbox.app_secret).ws_endpoint
    return url.rsplit("ticket=", 1)[1]


def test_sync_listener_runs_sync_and_async_handlers_on_worker_threads(lansenger_sandbox: Sandbox) -> None:
    received: list[tuple[str, str, threading.Thread]] = []
    done = threading.Event()
    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message")
    def on_private(event: CallbackEvent) -> None:
        received.append(("sync", event.data["msgId"], threading.current_thread()))

    @dispatcher.on("bot_group_message")
    async def on_group(event: CallbackEvent) -> None:
        received.append(("async", event.data["msgId"], threading.current_thread()))
        done.set()

    with Lansenger(lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url) as client:
        listener = WebSocketListener(client, dispatcher)
        runner = threading.Thread(target=listener.run_forever)
        lansenger_sandbox.websocket.push([message("m1"), message("m1"), message("g1", event_type="bot_group_message")])
        runner.start()
        assert done.wait(WAIT)
        listener.stop()
        runner.join(WAIT)
    assert not runner.is_alive()
    assert [(kind, msg_id) for kind, msg_id, _thread in received] == [("sync", "m1"), ("async", "g1")]
    assert all(thread is not runner for _kind, _msg_id, thread in received), "the socket's loop never runs handlers"


@pytest.mark.anyio
async def test_listeners_need_app_credentials(lansenger_sandbox: Sandbox) -> None:
    async with AsyncLansenger(app_token="token", gateway_url=lansenger_sandbox.url) as client:
        with pytest.raises(ConfigurationError, match="app_id and app_secret"):
            AsyncWebSocketListener(client, Dispatcher())
    with (
        Lansenger(app_token="token", gateway_url=lansenger_sandbox.url) as sync_client,
        pytest.raises(ConfigurationError),
    ):
        WebSocketListener(sync_client, Dispatcher())


@pytest.mark.anyio
async def test_sandbox_refuses_a_wrong_ticket_with_403(lansenger_sandbox: Sandbox) -> None:
    async with AsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url
    ) as client:
        endpoint = await client.websocket.create_ws_endpoint(
            app_id=lansenger_sandbox.app_id, secret=lansenger_sandbox.app_secret
        )
    assert endpoint.ws_endpoint.startswith(lansenger_sandbox.websocket.url + "/open/wss/v1?ticket=")
    assert endpoint.ping_interval == 20
    with pytest.raises(InvalidStatus) as refused:
        await connect(endpoint.ws_endpoint + "x")
    assert refused.value.response.status_code == 403
    assert lansenger_sandbox.websocket.handshakes_refused == 1


def test_frames_parse_to_events_and_keys_dedupe() -> None:
    frame = '{"appId": "app-9", "orgId": "524288", "events": [{"type": "report_location", "data": {"x": 1}}]}'
    (event,) = parse_frame(frame, app_id="app-1").events
    assert (event.type, event.app_id, event.org_id, dedupe_key(event)) == ("report_location", "app-9", "524288", None)
    assert parse_frame('{"events": []}').events == []
    with pytest.raises(MalformedFrame, match="not JSON"):
        parse_frame("{")
    revoked = parse_frame('{"type": "message_revoked", "data": {"msgId": "m1"}}').events[0]
    original = parse_frame(b'{"events": {"type": "bot_private_message", "data": {"msgId": "m1"}}}').events[0]
    assert dedupe_key(revoked) != dedupe_key(original), "another event about the same message is no repeat"

    recent = RecentKeys(2)  # "a" is refreshed when it repeats, so "c" pushes out "b", and "b" then pushes out "a"
    seen = [recent.check_and_add(key) for key in ("a", "b", "a", "c", "b", "a")]
    assert seen == [False, False, True, False, False, False]
    assert len(recent) == 2
