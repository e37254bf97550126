"""An approval card, round trip: python -m lansenger.testing.sandbox --run python examples/approval_card.py

The bot sends a manager an expense card with two buttons; the manager's click comes back as an encrypted, signed
`approve_card_callback`; the handler for the card's key updates the card in place (head status, no buttons).
"""

from __future__ import annotations

import os
import threading
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
from lansenger import Lansenger
from lansenger.callbacks import CallbackReceiver, Dispatcher, wsgi_app
from lansenger.cards import CardClick, Cards
from lansenger.types import (
    ApproveCardBody,
    ApproveCardButton,
    ApproveCardMessage,
    ApproveCardUpdate,
    ApproveHeadStatus,
    CardContent,
    CardField,
)

MANAGER = "524288-1002"


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """The request line carries the signature; keep it out of the output."""


def main() -> None:
    client = Lansenger()
    cards = Cards(client)  # pending cards are kept beside the client's tokens
    dispatcher = Dispatcher()

    @dispatcher.card("approve-expense", cards)
    def decide(click: CardClick) -> None:
        verdict = "Approved" if click.action == "approve" else "Rejected"
        print(f"{click.staff_id} clicked {click.action} on the expense of {click.card.state['amount']} CNY")
        status = ApproveHeadStatus(describe=f"{verdict} by {click.staff_id}", status_icon=1, colour="#2e7d32")
        cards.update(click.card, ApproveCardUpdate(head_status=status, buttons=[]), done=True)

    receiver = CallbackReceiver(
        os.environ["LANSENGER_ENCODING_KEY"], sign_token=os.environ["LANSENGER_CALLBACK_TOKEN"], dispatcher=dispatcher
    )
    server = make_server("127.0.0.1", 0, wsgi_app(receiver), handler_class=QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    card = ApproveCardMessage(
        body=ApproveCardBody(
            title="Expense: team dinner",
            content=CardContent(format_type=1, text="**420 CNY**, 6 people"),
            fields=[CardField(key="Requester", value="Li Lei")],
        ),
        buttons=[
            ApproveCardButton(text="Approve", callback_info="approve"),
            ApproveCardButton(text="Reject", callback_info="reject"),
        ],
    )
    with client, httpx.Client(base_url=os.environ["LANSENGER_API_GATEWAY_URL"]) as sandbox:
        pending = cards.send(MANAGER, card, key="approve-expense", state={"amount": 420})
        print(f"bot: sent approval card {pending.msg_id}")
        callback_url = f"http://127.0.0.1:{server.server_port}/lansenger/callback"
        sandbox.post("/sandbox/callbacks", json={"url": callback_url}).raise_for_status()
        click = {"msgId": pending.msg_id, "staffId": MANAGER, "button": 0}  # the manager clicks "Approve"
        answer = sandbox.post("/sandbox/cards/click", json=click).json()
        print(f"sandbox: the receiver replied {answer['data']['reply']}")
        again = sandbox.post("/sandbox/cards/click", json=click).json()
        print(f"sandbox: a second click is refused: {again['errMsg']}")
        print(f"card still pending: {cards.load(pending.card_id) is not None}")
    server.shutdown()


if __name__ == "__main__":
    main()
