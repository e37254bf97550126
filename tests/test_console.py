"""The sandbox console (`/sandbox/console`) in a real headless Chromium: it draws what the bot sent, escaped, and
what a person does there reaches the bot as the platform's callbacks."""

from __future__ import annotations

import asyncio
import queue
import struct
import sys
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import anyio
import httpx
import pytest
from lansenger import AsyncLansenger, Lansenger
from lansenger.callbacks import CallbackEvent, CallbackReceiver, Dispatcher, wsgi_app
from lansenger.inbound import AsyncWebSocketListener
from lansenger.testing import Sandbox
from lansenger.testing._console_render import markdown
from lansenger.testing.sandbox import main
from lansenger.types import (
    AppCardMessage,
    AppCardUpdate,
    ApproveCardBody,
    ApproveCardButton,
    ApproveCardMessage,
    CardContent,
    CardField,
    CardLink,
    DynamicUpdateData,
    HeadStatusInfo,
    I18nAppCardMessage,
    I18nText,
    LinkCardMessage,
)

from ._browser import Browser, chromium, count_colour, png_size

ADA, GRACE, MARY = "524288-1001", "524288-1002", "524288-1006"
HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
BUTTON_BLUE = (0x33, 0x70, 0xFF)
"""The console's button colour (console.html)."""
WAIT = 10.0


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the request line carries the signature."""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as opened:
        yield opened


@pytest.fixture
def bot(lansenger_sandbox: Sandbox) -> Iterator[queue.Queue[CallbackEvent[Any]]]:
    """A webhook bot registered with the sandbox; every event it receives lands in the queue."""
    events: queue.Queue[CallbackEvent[Any]] = queue.Queue()
    dispatcher = Dispatcher()
    for event_type in ("bot_private_message", "bot_group_message", "approve_card_callback"):
        dispatcher.on(event_type)(events.put)
    receiver = CallbackReceiver(
        lansenger_sandbox.aes_key, sign_token=lansenger_sandbox.sign_token, dispatcher=dispatcher
    )
    server: WSGIServer = make_server("127.0.0.1", 0, wsgi_app(receiver), handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    lansenger_sandbox.callbacks.url = f"http://127.0.0.1:{server.server_port}/callback"
    yield events
    server.shutdown()
    server.server_close()


def tiny_png() -> bytes:
    """A 2x2 red PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def approval() -> ApproveCardMessage:
    body = ApproveCardBody(title="Expense 420 CNY", content=CardContent(format_type=1, text="**Taxi** to the airport"))
    buttons = [
        ApproveCardButton(text="Approve", callback_info="yes"),
        ApproveCardButton(text="Reject", callback_info="no"),
    ]
    return ApproveCardMessage(body=body, buttons=buttons)


def test_the_console_draws_the_chat_escaped(
    browser: Browser, lansenger_sandbox: Sandbox, lansenger_client: Lansenger, tmp_path: Path
) -> None:
    client = lansenger_client
    client.messages.send_text(ADA, HOSTILE)
    client.messages.send_markdown(ADA, "# Weekly report\n- **revenue** up\n- [details](https://example.test/q3)")
    client.messages.send(ADA, approval())
    (tmp_path / "chart.png").write_bytes(tiny_png())
    (tmp_path / "report.csv").write_text("region,revenue\n", encoding="utf-8")
    client.messages.send_file(ADA, tmp_path / "chart.png")
    client.messages.send_file(ADA, tmp_path / "report.csv")
    regret = client.messages.send_text(ADA, "sent by mistake")
    client.messages.revoke_messages(message_ids=[regret.msg_id or ""], chat_type="bot")
    stream = client.streams.create_stream_message(receiver_id=ADA, receiver_type="staff", stream_id="s-1")
    client.streams.update_stream_message(msg_id=stream.msg_id or "", content="Thinking about")

    browser.open(f"{lansenger_sandbox.url}/sandbox/console")
    browser.find(".card-button")  # waits for the first poll to draw the chat
    messages = browser.text("#messages")
    assert HOSTILE in messages  # shown as text, not run
    assert browser.run(
        "return [window.pwned, document.querySelectorAll('#messages script, #messages img[src=x]').length]"
    ) == [None, 0]
    assert browser.text("#messages .h") == "Weekly report"
    assert (
        browser.run("return document.querySelector('#messages a[href=\"https://example.test/q3\"]').textContent")
        == "details"
    )
    assert browser.texts(".card-button") == ["Approve", "Reject"]
    assert "report.csv" in browser.text("#messages .file")
    assert browser.run("return document.querySelector('#messages img.image').naturalWidth") == 2  # the upload itself
    assert "sent by mistake" in browser.text(".bubble.revoked") and "revoked" in browser.text(".bubble.revoked .badge")
    assert "Thinking about" in messages and "streaming…" in messages

    client.streams.update_stream_message(msg_id=stream.msg_id or "", content="Thinking about it: yes.", finished=True)
    browser.find(".bubble.stream:not(.streaming)")
    assert "Thinking about it: yes." in browser.text("#messages")  # the stream grew in place

    screenshot = browser.screenshot()
    (tmp_path / "console.png").write_bytes(screenshot)
    assert list(png_size(screenshot)) == browser.run("return [window.innerWidth, window.innerHeight]")
    assert count_colour(browser.screenshot(".card-button"), BUTTON_BLUE) > 100  # the button is drawn, in its colour


def test_cards_are_drawn_with_their_fields_links_and_updates(
    browser: Browser, lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    client = lansenger_client
    group = client.groups.create_group(name="Q3 review", org_id="524288", staff_id_list=[ADA, MARY])
    to_group = {"to": group.group_id or "", "chat_type": "group"}
    app_card = AppCardMessage(
        head_title="Deploy",
        body_title="Release 2.4",
        is_dynamic=True,
        fields=[CardField(key="Service", value="billing")],
        links=[CardLink(title="Open pipeline", link="https://ci.example.test/2.4")],
    )
    sent = client.messages.send(message=app_card, **to_group)
    done = AppCardUpdate(is_last_update=True, head_status_info=HeadStatusInfo(description="Deployed"))
    client.messages.update_dynamic_message(
        msg_id=sent.msg_id or "", msg_type="appCard", msg_data=DynamicUpdateData(app_card_update_msg=done)
    )
    client.messages.send(message=LinkCardMessage(title="Handbook", link="https://wiki.example.test/h"), **to_group)
    greeting = I18nAppCardMessage(i18n_head_title=I18nText(en="Welcome", zh_hans="欢迎"))
    client.messages.send(message=greeting, **to_group)

    browser.open(f"{lansenger_sandbox.url}/sandbox/console")
    browser.click(f'[data-chat="group:{group.group_id}"]')
    browser.find(".card .link a")
    kinds = browser.texts(".card-kind")
    assert kinds == ["App cardupdated 1×, final", "Link card", "App card (i18n)"]
    cards = browser.texts(".card")
    assert "Release 2.4" in cards[0] and "Service billing" in cards[0] and "Deployed" in cards[0]
    assert browser.run("return document.querySelector('.card .link a').href") == "https://ci.example.test/2.4"
    assert "Handbook" in cards[1] and "https://wiki.example.test/h" in cards[1]
    assert "Welcome" in cards[2] and "欢迎" not in cards[2]  # one language, as a client shows it
    assert browser.text("#title") == "# Q3 review"


def test_a_message_typed_in_the_page_reaches_the_bot(
    browser: Browser, lansenger_sandbox: Sandbox, bot: queue.Queue[CallbackEvent[Any]]
) -> None:
    browser.open(f"{lansenger_sandbox.url}/sandbox/console")
    browser.click(f'[data-chat="bot:{GRACE}"]')
    browser.find(".chat.active[data-chat='bot:" + GRACE + "']")
    browser.type("#text", "How did Q3 go?")
    browser.click("#send")
    event = bot.get(timeout=WAIT)
    assert event.type == "bot_private_message"
    assert (event.payload.from_, event.payload.msg_data.text.content) == (GRACE, "How did Q3 go?")
    browser.find("#messages .bubble.mine")
    assert "How did Q3 go?" in browser.text("#messages .bubble.mine")  # the person's own message shows too


def test_a_person_mentions_the_bot_in_a_group(
    browser: Browser, lansenger_sandbox: Sandbox, lansenger_client: Lansenger, bot: queue.Queue[CallbackEvent[Any]]
) -> None:
    group = lansenger_client.groups.create_group(name="Q3 review", org_id="524288", staff_id_list=[ADA, MARY])
    browser.open(f"{lansenger_sandbox.url}/sandbox/console")
    browser.click(f'[data-chat="group:{group.group_id}"]')
    browser.find(f".chat.active[data-chat='group:{group.group_id}']")
    browser.click(f'#person option[value="{MARY}"]')
    browser.type("#text", "@Sandbox Bot status?")
    browser.click("#send")
    event = bot.get(timeout=WAIT)
    assert event.type == "bot_group_message"
    assert (event.payload.from_, event.payload.group_id) == (MARY, group.group_id)
    assert event.payload.reminder.is_at_me is True


def test_a_card_button_clicked_in_the_page_reaches_the_bot(
    browser: Browser, lansenger_sandbox: Sandbox, lansenger_client: Lansenger, bot: queue.Queue[CallbackEvent[Any]]
) -> None:
    lansenger_client.messages.send(ADA, approval())
    browser.open(f"{lansenger_sandbox.url}/sandbox/console")
    browser.click('.card-button[data-button="1"]')
    event = bot.get(timeout=WAIT)
    assert event.type == "approve_card_callback"
    assert (event.payload.staff_id, event.payload.event_data) == (ADA, "no")


@pytest.mark.anyio
async def test_a_person_writes_to_a_personal_bot_over_the_websocket(lansenger_sandbox: Sandbox) -> None:
    """What the page sends with ``"via": "websocket"`` (no webhook registered) arrives as a WebSocket frame."""
    received: list[CallbackEvent[Any]] = []
    done = anyio.Event()
    dispatcher = Dispatcher()

    @dispatcher.on("bot_private_message")
    async def on_message(event: CallbackEvent[Any]) -> None:
        received.append(event)
        done.set()

    body = {"from": GRACE, "text": "hi bot", "via": "websocket"}
    async with AsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url
    ) as client:
        listener = AsyncWebSocketListener(client, dispatcher)
        task = asyncio.ensure_future(listener.run())
        async with httpx.AsyncClient() as http:
            view = (await http.get(f"{lansenger_sandbox.url}/sandbox/console/view")).json()["data"]
            assert view["via"] == "websocket"
            sent = await http.post(f"{lansenger_sandbox.url}/sandbox/messages/to-bot", json=body)
        assert sent.json()["errCode"] == 0
        with anyio.fail_after(WAIT):
            await done.wait()
        listener.stop()
        await task
    assert (received[0].payload.from_, received[0].payload.msg_data.text.content) == (GRACE, "hi bot")


def test_message_content_cannot_inject_markup() -> None:
    drawn = markdown('[x](javascript:alert(1)) **<b>bold</b>** `<i>` [ok](https://a.test/?q="onmouseover=1)')
    assert "<b><b>" not in drawn and "&lt;b&gt;bold&lt;/b&gt;" in drawn
    assert 'href="javascript' not in drawn and "[x](javascript:alert(1))" in drawn
    assert 'href="https://a.test/?q=&quot;onmouseover=1"' in drawn


def test_the_console_answers_loopback_hosts_only(lansenger_sandbox: Sandbox) -> None:
    page = httpx.get(f"{lansenger_sandbox.url}/sandbox/console")
    assert page.status_code == 200 and "script-src 'sha256-" in page.headers["content-security-policy"]
    rebound = httpx.get(f"{lansenger_sandbox.url}/sandbox/console/view", headers={"Host": "evil.example:80"})
    assert rebound.status_code == 403


def test_the_sandbox_command_prints_the_console_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--run", sys.executable, "-c", "pass"]) == 0
    assert "/sandbox/console" in capsys.readouterr().err
