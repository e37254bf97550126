"""The bot runtime on the dispatcher: policies, per-chat queues, debounce, stale drops, replies, acks, commands.

Time is a fake clock the tests advance; nothing sleeps. Replies, acks, revokes and downloads go over loopback to
the sandbox, whose message records are what the tests read.
"""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import pytest
from lansenger import AsyncLansenger
from lansenger.bot import BotEvent, BotPolicy, BotRuntime, Command, parse_command
from lansenger.inbound import CallbackEvent, Dispatcher
from lansenger.testing import Sandbox
from lansenger_api.errors import InvalidArgumentError

ORG = "524288"
ADA, GRACE, ALAN = (f"{ORG}-{1000 + n}" for n in range(1, 4))
BOT = "bot-1"
WAIT = 5.0


def text_event(msg_id: str, text: str, *, sender: str = ADA, group: str | None = None, **extra: Any) -> CallbackEvent:
    data: dict[str, Any] = {"from": sender, "msgId": msg_id, "msgType": "text", "msgData": {"text": {"content": text}}}
    if group is None:
        return CallbackEvent("bot_private_message", data | extra)
    data |= {"groupId": group, "botId": BOT, "reminder": {"isAtMe": True}}
    return CallbackEvent("bot_group_message", data | extra)


class FakeClock:
    """`clock()` and `sleep()` for the runtime; `advance` moves time and wakes the sleepers it reached."""

    def __init__(self) -> None:
        self.now = 0.0
        self._waiters: list[tuple[float, asyncio.Event]] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        woken = asyncio.Event()
        self._waiters.append((self.now + delay, woken))
        await woken.wait()

    @property
    def sleepers(self) -> int:
        return len(self._waiters)

    def advance(self, seconds: float) -> None:
        self.now += seconds
        due = [waiter for waiter in self._waiters if waiter[0] <= self.now]
        self._waiters = [waiter for waiter in self._waiters if waiter[0] > self.now]
        for _deadline, woken in due:
            woken.set()


class Inbox:
    def __init__(self) -> None:
        self.events: list[BotEvent] = []
        self._arrived = asyncio.Event()

    def add(self, event: BotEvent) -> None:
        self.events.append(event)
        self._arrived.set()

    async def wait_for(self, count: int) -> None:
        with anyio.fail_after(WAIT):
            while len(self.events) < count:
                self._arrived.clear()
                await self._arrived.wait()


async def until(condition: Any) -> None:
    """Yield to the loop until `condition()` holds (bounded, so a broken runtime fails instead of hanging)."""
    with anyio.fail_after(WAIT):
        while not condition():
            await asyncio.sleep(0)


@asynccontextmanager
async def bot(sandbox: Sandbox, dispatcher: Dispatcher, **options: Any) -> AsyncIterator[BotRuntime]:
    client = AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url, max_retries=0)
    async with client, BotRuntime(client, dispatcher, **options) as runtime:
        yield runtime


def sent(sandbox: Sandbox) -> list[dict[str, Any]]:
    return [dict(record) for record in sandbox.state.messages]


# policies


@pytest.mark.parametrize(
    ("policy", "event", "refusal"),
    [
        (BotPolicy(), text_event("m", "hi"), None),
        (BotPolicy(), text_event("m", "hi", group="g", reminder={"isAtMe": False}), "bot not mentioned"),
        (BotPolicy(), text_event("m", "hi", group="g", reminder={"bots": [{"botId": BOT}]}), None),
        (BotPolicy(), text_event("m", "hi", group="g", reminder={"isAtAll": True}), "bot not mentioned"),
        (BotPolicy(mention_all=True), text_event("m", "hi", group="g", reminder={"isAtAll": True}), None),
        (BotPolicy(groups_need_mention=False), text_event("m", "hi", group="g", reminder={}), None),
        (BotPolicy(), text_event("m", "hi", group="g", fromType=1), "sent by a bot"),
        (BotPolicy(), text_event("m", "hi", group="g", sender=BOT), "sent by a bot"),
        (BotPolicy(deny_staff=[ADA]), text_event("m", "hi"), "sender not allowed"),
        (BotPolicy(allow_staff=[GRACE]), text_event("m", "hi"), "sender not allowed"),
        (BotPolicy(allow_staff=[ADA], deny_staff=[ADA]), text_event("m", "hi"), "sender not allowed"),
        (BotPolicy(allow_groups=["g2"]), text_event("m", "hi", group="g"), "group not allowed"),
        (BotPolicy(deny_groups=["g"]), text_event("m", "hi", group="g"), "group not allowed"),
        (BotPolicy(allow_groups=["g2"]), text_event("m", "hi"), None),
        (BotPolicy(), CallbackEvent("bot_private_message", {"msgId": "m"}), "no sender"),
    ],
)
def test_policy_decides_which_messages_are_answered(policy: BotPolicy, event: CallbackEvent, refusal: str) -> None:
    assert policy.refusal(event.type, event.data) == refusal


def test_policy_lists_must_be_collections_of_ids() -> None:
    with pytest.raises(TypeError):
        BotPolicy(allow_staff="524288-1001")


@pytest.mark.anyio
async def test_refused_messages_never_reach_a_handler(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()
    dispatcher.on("bot_private_message", "bot_group_message")(inbox.add)
    async with bot(lansenger_sandbox, dispatcher) as runtime:
        runtime.submit([text_event("m1", "hi", group="g", reminder={}), text_event("m2", "hello")])
        await inbox.wait_for(1)
    assert [event.msg_id for event in inbox.events] == ["m2"]


# queues, debounce, stale drops


@pytest.mark.anyio
async def test_a_senders_rapid_messages_merge_into_one_event_after_a_quiet_window(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox, clock = Dispatcher(), Inbox(), FakeClock()
    dispatcher.on("bot_private_message")(inbox.add)
    async with bot(lansenger_sandbox, dispatcher, debounce=2.0, clock=clock, sleep=clock.sleep) as runtime:
        runtime.submit([text_event("m1", "first")])
        await until(lambda: clock.sleepers == 1)
        clock.advance(1.5)
        runtime.submit([text_event("m2", "second"), text_event("x1", "from grace", sender=GRACE)])
        clock.advance(1.0)  # 2.5 s after m1 but 1 s after m2: still inside m2's window
        await until(lambda: clock.sleepers == 2)
        assert inbox.events == []
        clock.advance(1.0)
        await inbox.wait_for(2)
        runtime.submit([text_event("m3", "much later")])
        await until(lambda: clock.sleepers == 1)
        clock.advance(2.0)
        await inbox.wait_for(3)
    merged = inbox.events[0] if inbox.events[0].sender == ADA else inbox.events[1]
    assert (merged.text, merged.msg_id, [event.data["msgId"] for event in merged.merged]) == (
        "first\nsecond",
        "m2",
        ["m1", "m2"],
    )
    assert [(event.text, event.merged) for event in inbox.events[2:]] == [("much later", ())]


@pytest.mark.anyio
async def test_commands_and_files_are_never_merged(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox, clock = Dispatcher(), Inbox(), FakeClock()
    dispatcher.on("bot_private_message")(inbox.add)
    picture = CallbackEvent(
        "bot_private_message", {"from": ADA, "msgId": "p1", "msgType": "image", "msgData": {"image": {"mediaIds": []}}}
    )
    async with bot(lansenger_sandbox, dispatcher, debounce=2.0, clock=clock, sleep=clock.sleep) as runtime:
        runtime.submit([text_event("c1", "/status"), picture, text_event("t1", "hi")])
        await inbox.wait_for(2)
        await until(lambda: clock.sleepers == 1)
        clock.advance(2.0)
        await inbox.wait_for(3)
    assert [event.msg_id for event in inbox.events] == ["c1", "p1", "t1"]


@pytest.mark.anyio
async def test_chats_keep_their_order_and_run_side_by_side_up_to_the_bound(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()
    gates = {chat: asyncio.Event() for chat in (ADA, GRACE, ALAN)}
    running: set[str] = set()
    most = 0

    @dispatcher.on("bot_private_message")
    async def handle(event: BotEvent) -> None:
        nonlocal most
        assert event.sender is not None
        running.add(event.sender)
        most = max(most, len(running))
        await gates[event.sender].wait()
        running.discard(event.sender)
        inbox.add(event)

    async with bot(lansenger_sandbox, dispatcher, max_concurrency=2) as runtime:
        runtime.submit([text_event(f"{sender}-{n}", str(n), sender=sender) for n in (1, 2) for sender in gates])
        await until(lambda: len(running) == 2)
        for _ in range(20):  # the third chat gets no slot while two are busy, however long the loop runs
            await asyncio.sleep(0)
        assert len(running) == 2
        for gate in gates.values():
            gate.set()
        await inbox.wait_for(6)
    assert most == 2
    for sender in gates:
        assert [event.text for event in inbox.events if event.sender == sender] == ["1", "2"]


@pytest.mark.anyio
async def test_messages_that_waited_too_long_are_dropped(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox, clock = Dispatcher(), Inbox(), FakeClock()
    started, release = asyncio.Event(), asyncio.Event()

    @dispatcher.on("bot_private_message")
    async def handle(event: BotEvent) -> None:
        if event.msg_id == "slow":
            started.set()
            await release.wait()
        inbox.add(event)

    options = {"max_age": 10.0, "max_concurrency": 1, "clock": clock, "sleep": clock.sleep}
    async with bot(lansenger_sandbox, dispatcher, **options) as runtime:
        runtime.submit([text_event("slow", "a"), text_event("stale", "b", sender=GRACE)])
        await started.wait()
        clock.advance(11.0)
        runtime.submit([text_event("fresh", "c", sender=ALAN)])
        release.set()
        await inbox.wait_for(2)
    assert [event.msg_id for event in inbox.events] == ["slow", "fresh"]
    assert runtime.dropped == 1


@pytest.mark.anyio
async def test_other_events_and_failing_handlers_do_not_stop_the_runtime(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()
    staff: list[str] = []

    @dispatcher.on("bot_private_message")
    async def handle(event: BotEvent) -> None:
        if event.text == "boom":
            raise RuntimeError("handler bug")
        inbox.add(event)

    threads: list[threading.Thread] = []

    @dispatcher.on("staff_create")
    def on_staff(event: CallbackEvent) -> None:
        threads.append(threading.current_thread())
        staff.append(event.data["staffId"])

    async with bot(lansenger_sandbox, dispatcher) as runtime:
        report = await dispatcher.adispatch([text_event("m1", "boom"), CallbackEvent("staff_create", {"staffId": "s"})])
        assert len(report.handled) == 2 and report.failures == []
        runtime.submit([text_event("m2", "fine")])
        await inbox.wait_for(1)
    assert staff == ["s"]
    assert threads != [threading.current_thread()], "a plain function handler runs on a worker thread"


# replies, acks, downloads


@pytest.mark.anyio
async def test_reply_quotes_in_private_and_mentions_the_sender_in_a_group(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()

    @dispatcher.on("bot_private_message", "bot_group_message")
    async def answer(event: BotEvent) -> None:
        await event.reply(f"echo {event.text}")
        inbox.add(event)

    async with AsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url
    ) as client:
        group = (await client.groups.create_group(name="bots", org_id=ORG, staff_id_list=[ADA])).group_id
        assert isinstance(group, str)
        async with BotRuntime(client, dispatcher) as runtime:
            runtime.submit([text_event("p1", "private"), text_event("g1", "in group", group=group)])
            await inbox.wait_for(2)
    bodies = {record["path"]: record["body"] for record in sent(lansenger_sandbox)}
    assert bodies["/v1/bot/messages/create"] == {
        "userIdList": [ADA],
        "msgType": "text",
        "msgData": {"text": {"content": "echo private"}},
        "refMsgId": "p1",
    }
    group_body = bodies["/v1/messages/group/create"]
    assert (group_body["groupId"], group_body["refMsgId"]) == (group, "g1")
    assert group_body["msgData"]["text"]["content"] == "echo in group"
    assert group_body["msgData"]["text"]["reminder"]["userIds"] == [ADA]


@pytest.mark.anyio
async def test_the_processing_message_is_revoked_when_the_answer_is_sent(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()
    seen_before_reply: list[list[dict[str, Any]]] = []

    @dispatcher.on("bot_private_message")
    async def answer(event: BotEvent) -> None:
        seen_before_reply.append(sent(lansenger_sandbox))
        await event.reply("done")
        inbox.add(event)

    async with bot(lansenger_sandbox, dispatcher, ack="Working on it…") as runtime:
        runtime.submit([text_event("m1", "do it")])
        await inbox.wait_for(1)
    (before,) = seen_before_reply
    assert [(record["body"]["msgData"]["text"]["content"], record["revoked"]) for record in before] == [
        ("Working on it…", False)
    ]
    records = sent(lansenger_sandbox)
    assert [(record["body"]["msgData"]["text"]["content"], record["revoked"]) for record in records] == [
        ("Working on it…", True),
        ("done", False),
    ]


@pytest.mark.anyio
async def test_the_processing_message_goes_even_when_the_handler_never_answers(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()

    @dispatcher.on("bot_private_message")
    async def silent(event: BotEvent) -> None:
        inbox.add(event)
        raise RuntimeError("no answer")

    async with bot(lansenger_sandbox, dispatcher, ack="…") as runtime:
        runtime.submit([text_event("m1", "do it")])
        await inbox.wait_for(1)
    assert [record["revoked"] for record in sent(lansenger_sandbox)] == [True]


@pytest.mark.anyio
async def test_download_media_saves_an_inbound_file(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()
    saved = io.BytesIO()

    @dispatcher.on("bot_private_message")
    async def receive(event: BotEvent) -> None:
        await event.download_media(saved)
        with pytest.raises(InvalidArgumentError):
            await event.download_media(io.BytesIO(), index=1)
        inbox.add(event)

    async with AsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url
    ) as client:
        uploaded = await client.media.upload(io.BytesIO(b"report body"), filename="report.txt")
        data = {"from": ADA, "msgId": "f1", "msgType": "file", "msgData": {"file": {"mediaIds": [uploaded.media_id]}}}
        async with BotRuntime(client, dispatcher) as runtime:
            runtime.submit([CallbackEvent("bot_private_message", data)])
            await inbox.wait_for(1)
        with pytest.raises(InvalidArgumentError, match="no media"):
            await BotEvent.bind((text_event("t", "no file"),), client).download_media(io.BytesIO())
    assert saved.getvalue() == b"report body"


def test_an_unbound_event_cannot_reply() -> None:
    event = BotEvent("bot_private_message", {"from": ADA, "msgId": "m"})
    with pytest.raises(InvalidArgumentError, match="not bound"):
        asyncio.run(event.reply("x"))


# commands


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("/deploy web --now", Command("deploy", ("web", "--now"), "web --now")),
        ("  /Deploy  'my app' ", Command("deploy", ("my app",), "'my app'")),
        ("@Bot /status", Command("status", (), "")),
        ("/say 'unbalanced", Command("say", ("'unbalanced",), "'unbalanced")),
        ("hello /deploy", None),
        ("/", None),
        ("@Bot", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_command(text: str | None, command: Command | None) -> None:
    assert parse_command(text) == command


@pytest.mark.anyio
async def test_commands_go_to_their_handler_with_parsed_arguments(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()
    plain: list[str | None] = []

    @dispatcher.command("/deploy", description="Deploy a service")
    async def deploy(event: BotEvent) -> None:
        inbox.add(event)

    @dispatcher.on("bot_private_message", "bot_group_message")
    async def chat(event: BotEvent) -> None:
        plain.append(event.text)
        inbox.add(event)

    async with bot(lansenger_sandbox, dispatcher) as runtime:
        runtime.submit([text_event("c1", "@Bot /DEPLOY web --now", group="g"), text_event("m1", "/unknown x")])
        await inbox.wait_for(2)
    command = next(event.command for event in inbox.events if event.msg_id == "c1")
    assert command == Command("deploy", ("web", "--now"), "web --now")
    assert plain == ["/unknown x"]


def test_command_names_are_checked() -> None:
    dispatcher = Dispatcher()
    for bad in ("", "/", "//x", "two words", 3):
        with pytest.raises(InvalidArgumentError):
            dispatcher.command(bad)(lambda event: None)  # type: ignore[arg-type]
    dispatcher.command("/ping")(lambda event: None)
    with pytest.raises(ValueError, match="already"):
        dispatcher.command("PING")(lambda event: None)


def test_runtime_options_are_checked(unsent_client: Any) -> None:
    for options in ({"debounce": -1}, {"max_age": 0}, {"max_concurrency": 0}, {"ack": " "}, {"drain_timeout": 0}):
        with pytest.raises(ValueError):
            BotRuntime(unsent_client, Dispatcher(), **options)
    dispatcher = Dispatcher()
    BotRuntime(unsent_client, dispatcher)
    with pytest.raises(ValueError, match="already"):
        BotRuntime(unsent_client, dispatcher)
