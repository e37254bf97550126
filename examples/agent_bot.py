"""An AI agent bot in one screen: python -m lansenger.testing.sandbox --run python examples/agent_bot.py

It answers messages with a streaming status card ("searching…", then the answer), takes `/expense AMOUNT WHAT`
and sends an approval card, and updates that card in place when it is approved. In demo mode it plays the
colleague itself through the sandbox's control routes, prints what happened and exits.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import AsyncIterator
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
from lansenger import AsyncLansenger
from lansenger.bot import BotEvent, BotRuntime, sync_commands
from lansenger.callbacks import CallbackReceiver, Dispatcher, wsgi_app
from lansenger.cards import AsyncCards, CardClick
from lansenger.types import (
    ApproveCardBody,
    ApproveCardButton,
    ApproveCardMessage,
    ApproveCardUpdate,
    ApproveHeadStatus,
    CardContent,
)

client = AsyncLansenger()  # LANSENGER_* from the environment (the sandbox's --run sets them)
cards, dispatcher = AsyncCards(client), Dispatcher()
sent_cards: asyncio.Queue[str] = asyncio.Queue()  # demo only: the approval cards' ids, for the colleague to click


async def fake_llm(question: str) -> AsyncIterator[str]:  # stands in for a model streaming tokens
    for token in ["Q3 revenue ", "was **215k**, ", "up 12% ", f"(you asked: {question})."]:
        yield token


@dispatcher.on("bot_private_message", "bot_group_message")
async def answer(event: BotEvent) -> None:
    async with event.open_stream() as stream:  # a status card in the chat, then the answer, then the card frozen
        await stream.status("searching…")
        async for token in fake_llm(event.text or ""):
            await stream.write(token)
    print(f"bot: answered {event.sender}: {stream.result.text if stream.result else ''}")


@dispatcher.command("/expense", description="Ask for an expense approval: /expense AMOUNT WHAT")
async def expense(event: BotEvent) -> None:
    assert event.command is not None and event.sender is not None
    amount, what = event.command.args[0], " ".join(event.command.args[1:])
    body = ApproveCardBody(title=f"Expense: {what}", content=CardContent(format_type=1, text=f"**{amount} CNY**"))
    buttons = [ApproveCardButton(text=action.title(), callback_info=action) for action in ("approve", "reject")]
    message = ApproveCardMessage(body=body, buttons=buttons)  # callback_info names the button's action
    card = await cards.send(event.sender, message, key="expense", state={"amount": amount})
    print(f"bot: sent the approval card for {amount} CNY ({what})")
    sent_cards.put_nowait(card.msg_id)


@dispatcher.card("expense", cards)
async def decide(click: CardClick) -> None:
    verdict = "Approved" if click.action == "approve" else "Rejected"
    status = ApproveHeadStatus(describe=f"{verdict} by {click.staff_id}", status_icon=1)
    await cards.update(click.card, ApproveCardUpdate(head_status=status, buttons=[]), done=True)
    print(f"bot: {verdict.lower()} {click.card.state['amount']} CNY, card updated in place")


class Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # request lines carry the signature
        pass


async def demo(colleague: str = "524288-1002") -> None:
    """Play the colleague: write to the bot, run the command, click Approve."""
    env = os.environ
    receiver = CallbackReceiver(
        env["LANSENGER_ENCODING_KEY"], sign_token=env["LANSENGER_CALLBACK_TOKEN"], dispatcher=dispatcher
    )
    server = make_server("127.0.0.1", 0, wsgi_app(receiver), handler_class=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    async with (
        client,
        BotRuntime(client, dispatcher),
        httpx.AsyncClient(base_url=env["LANSENGER_API_GATEWAY_URL"]) as sandbox,
    ):
        print(f"bot: commands synced: {await sync_commands(client, dispatcher)}")
        await sandbox.post("/sandbox/callbacks", json={"url": f"http://127.0.0.1:{server.server_port}/"})
        for text in ["How did Q3 go?", "/expense 420 team dinner"]:
            await sandbox.post("/sandbox/messages/to-bot", json={"from": colleague, "text": text})
        click = {"msgId": await sent_cards.get(), "staffId": colleague, "button": 0}
        await sandbox.post("/sandbox/cards/click", json=click)  # the bot answers at once; work goes on behind
    server.shutdown()  # leaving the runtime's block drained the handlers


if __name__ == "__main__":
    asyncio.run(demo())
