"""`event.stream` / `event.open_stream`: a streaming status-card reply in the chat the message came from."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from lansenger import AsyncLansenger
from lansenger.bot import BotEvent
from lansenger.inbound import Dispatcher
from lansenger.testing import Sandbox, shown_card
from lansenger_api.errors import InvalidArgumentError

from tests.test_bot_runtime import ADA, ORG, Inbox, bot, sent, text_event


async def tokens() -> AsyncIterator[str]:
    for token in ["All ", "green."]:
        yield token


@pytest.mark.anyio
async def test_a_private_message_is_answered_with_a_status_card_on_the_bot_channel(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()
    before_end: list[list[dict[str, Any]]] = []

    @dispatcher.on("bot_private_message")
    async def answer(event: BotEvent) -> None:
        reply = await event.stream(["Hello ", "**Ada**"])
        assert reply.card and reply.text == "Hello **Ada**"
        before_end.append(sent(lansenger_sandbox))  # the handler has not returned yet
        inbox.add(event)

    async with bot(lansenger_sandbox, dispatcher, ack="…") as runtime:
        runtime.submit([text_event("m1", "hi")])
        await inbox.wait_for(1)
    (records,) = before_end
    ack, card, answer_ = records
    assert (ack["body"]["msgType"], ack["revoked"]) == ("text", True), "the answer withdrew the processing message"
    assert all(record["path"] == "/v1/bot/messages/create" for record in records)
    assert all(record["body"]["userIdList"] == [ADA] for record in records)
    assert card["body"]["msgType"] == "appCard" and card["updates"][-1]["isLastUpdate"] is True
    assert "已完成" in shown_card(card)["headStatusInfo"]["description"]
    assert answer_["body"]["msgData"]["formatText"]["text"] == "Hello **Ada**"


@pytest.mark.anyio
async def test_a_group_message_is_answered_in_the_group_with_the_agents_status(lansenger_sandbox: Sandbox) -> None:
    dispatcher, inbox = Dispatcher(), Inbox()

    @dispatcher.on("bot_group_message")
    async def answer(event: BotEvent) -> None:
        async with event.open_stream(markdown=False) as stream:
            await stream.status("searching…")
            async for token in tokens():
                await stream.write(token)
        inbox.add(event)

    sandbox = lansenger_sandbox
    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        group = (await client.groups.create_group(name="bots", org_id=ORG, staff_id_list=[ADA])).group_id
    assert isinstance(group, str)
    async with bot(lansenger_sandbox, dispatcher) as runtime:
        runtime.submit([text_event("g1", "status?", group=group)])
        await inbox.wait_for(1)
    card, answer_ = sent(lansenger_sandbox)
    assert {card["path"], answer_["path"]} == {"/v1/messages/group/create"}
    assert card["body"]["groupId"] == answer_["body"]["groupId"] == group
    assert "searching…" in card["updates"][0]["headStatusInfo"]["description"]
    assert card["updates"][-1]["isLastUpdate"] is True
    assert answer_["body"]["msgData"]["text"]["content"] == "All green."


@pytest.mark.anyio
async def test_an_unbound_event_cannot_stream() -> None:
    with pytest.raises(InvalidArgumentError, match="not bound to a client"):
        await BotEvent("bot_private_message", {"from": ADA, "msgId": "m"}).stream(["x"])
