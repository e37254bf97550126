"""Interactive cards, round trip: send a card that waits for clicks, route each click, update the card in place.

    from lansenger.cards import CardClick, Cards
    from lansenger.types import ApproveCardButton, ApproveCardUpdate

    cards = Cards(client)  # pending cards live beside the client's tokens (memory, file or Redis)
    cards.send("staff-1", card_with_buttons, key="approve-expense", state={"amount": 42})

    @dispatcher.card("approve-expense", cards)
    def on_click(click: CardClick) -> None:
        cards.update(click.card, ApproveCardUpdate(buttons=[]), done=True)

A button's `callback_info` names its action (``"approve"``); `click.action` is that name.
"""

from ._card_routes import CardClick
from ._card_store import FileCardStore, MemoryCardStore, PendingCard, PendingCardStore, RedisCardStore
from ._cards import DEFAULT_TTL, AsyncCards, Cards

__all__ = [
    "DEFAULT_TTL",
    "AsyncCards",
    "CardClick",
    "Cards",
    "FileCardStore",
    "MemoryCardStore",
    "PendingCard",
    "PendingCardStore",
    "RedisCardStore",
]
