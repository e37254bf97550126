"""`@dispatcher.card(key, cards)`: a click on a pending card reaches the handler registered for its key.

A click arrives as ``approve_card_callback`` (by webhook or WebSocket). Its ``eventData`` is read as one of our
callbacks (`_card_callbacks`); anything else (another app's button, a forged or mangled value) is ignored, and
so is a click on a card that is no longer pending (expired, finished, or kept by another process's memory store).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from lansenger_api.events import CallbackEvent

from ._card_callbacks import checked_name, parse_callback

if TYPE_CHECKING:
    from ._card_store import PendingCard
    from ._cards import AsyncCards, Cards

logger = logging.getLogger("lansenger.callbacks")

CARD_CLICK_EVENT = "approve_card_callback"


@dataclass(frozen=True)
class CardClick:
    """A person (`staff_id`) clicked the button `action` of a pending `card`; `event` is the event as received."""

    card: PendingCard
    action: str
    staff_id: str
    event: CallbackEvent


ClickHandler = TypeVar("ClickHandler", bound=Callable[[CardClick], Any])


class _Adds(Protocol):
    def add(self, event_type: str, handler: Callable[[CallbackEvent], Any]) -> None: ...


def _clicked(event: CallbackEvent, key: str) -> tuple[str, str, str] | None:
    """(card id, action, staff id) when the click is on a card under `key`; None otherwise."""
    callback = parse_callback(event.data.get("eventData"))
    staff_id = event.data.get("staffId")
    if callback is None or callback.key != key or not isinstance(staff_id, str) or not staff_id:
        return None
    return callback.card_id, callback.action, staff_id


def _click(event: CallbackEvent, key: str, found: tuple[str, str, str], card: PendingCard | None) -> CardClick | None:
    card_id, action, staff_id = found
    if card is None or card.key != key:
        logger.info("a click on card %s (%s) that is not pending; ignored", card_id, key)
        return None
    return CardClick(card, action, staff_id, event)


class CardRoutes:
    """What `Dispatcher` gains: card clicks routed by the key a card was sent under."""

    def card(self: _Adds, key: str, cards: Cards | AsyncCards) -> Callable[[ClickHandler], ClickHandler]:
        """Register a handler of `CardClick` for clicks on the cards `cards.send(..., key=key)` sent."""
        checked_name(key, "key")

        def register(handler: ClickHandler) -> ClickHandler:
            self.add(CARD_CLICK_EVENT, _route(key, cards, handler))
            return handler

        return register


def _route(key: str, cards: Cards | AsyncCards, handler: Callable[[CardClick], Any]) -> Callable[[CallbackEvent], Any]:
    """A sync route for a sync store lookup and handler, an async one when either is async."""
    from ._cards import AsyncCards
    from ._store import offload

    if isinstance(cards, AsyncCards) or inspect.iscoroutinefunction(handler):

        async def route_async(event: CallbackEvent) -> None:
            found = _clicked(event, key)
            if found is None:
                return
            if isinstance(cards, AsyncCards):
                card = await cards.load(found[0])
            else:
                card = await offload(lambda: cards.load(found[0]))
            click = _click(event, key, found, card)
            if click is not None:
                result = handler(click)
                if inspect.isawaitable(result):
                    await _awaited(result)

        route_async.__qualname__ = getattr(handler, "__qualname__", "card handler")
        return route_async

    def route(event: CallbackEvent) -> None:
        found = _clicked(event, key)
        if found is not None and (click := _click(event, key, found, cards.load(found[0]))) is not None:
            handler(click)

    route.__qualname__ = getattr(handler, "__qualname__", "card handler")
    return route


async def _awaited(awaitable: Awaitable[Any]) -> None:
    await awaitable
