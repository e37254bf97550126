"""Interactive cards, round trip: send a card that waits for clicks, find it again when one comes, update it in place.

`Cards.send` gives the card an id, rewrites each approval-card button's `callback_info` (its action name, as the
app wrote it) into ``{"card": <key>, "id": <card id>, "action": <action>}`` (the platform echoes it as the
``approve_card_callback`` event's ``eventData``), and keeps a `PendingCard` in the store beside the client's
tokens. `Cards.update` changes the card under the identity that sent it: the app alone for the bot's cards, the
sender's user token (or, when the client holds none for them, their staff id as ``userId``) for a person's.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

import attrs
from lansenger_api.errors import InvalidArgumentError
from lansenger_api.models.app_card_message import AppCardMessage
from lansenger_api.models.app_card_update import AppCardUpdate
from lansenger_api.models.approve_card_message import ApproveCardMessage
from lansenger_api.models.approve_card_update import ApproveCardUpdate
from lansenger_api.models.dynamic_msg_type import DynamicMsgType, check_dynamic_msg_type
from lansenger_api.models.dynamic_update_data import DynamicUpdateData
from lansenger_api.types import UNSET, Unset

from ._card_callbacks import callback_info, checked_name
from ._card_store import PendingCard, PendingCardStore, card_store_for
from ._errors import AuthorizationError
from ._message_bodies import ChatType
from ._store import offload

if TYPE_CHECKING:
    from ._client import AsyncLansenger, Lansenger

__all__ = ["DEFAULT_TTL", "AsyncCards", "Cards"]

DEFAULT_TTL = 7 * 24 * 3600.0
"""How long a pending card is kept when the card names no expiry (our choice: an approval card's default life)."""
Card = ApproveCardMessage | AppCardMessage
CardUpdate = ApproveCardUpdate | AppCardUpdate


def prepared(card: Card, key: str, card_id: str) -> Card:
    """The card as sent: its buttons' actions turned into callbacks; a dynamic app card stays as it is."""
    if isinstance(card, AppCardMessage):
        if card.is_dynamic is not True:
            raise InvalidArgumentError("an appCard changes in place only when sent with is_dynamic=True")
        return card
    if not isinstance(card, ApproveCardMessage):
        raise InvalidArgumentError("Cards.send takes an ApproveCardMessage or a dynamic AppCardMessage")
    if isinstance(card.buttons, Unset):
        return card
    buttons = []
    for button in card.buttons:
        if isinstance(button.callback_info, Unset):
            buttons.append(button)  # a link button: nothing calls back
            continue
        action = checked_name(button.callback_info, "a button's callback_info (its action name)")
        buttons.append(attrs.evolve(button, callback_info=callback_info(key, card_id, action)))
    return attrs.evolve(card, buttons=buttons)


def _lifetime(card: Card, ttl: float | None) -> float:
    if ttl is not None:
        return ttl
    expiry = card.expire_time if isinstance(card, ApproveCardMessage) else UNSET
    return float(expiry) if isinstance(expiry, int) and expiry > 0 else DEFAULT_TTL


def _state(state: Mapping[str, Any] | None) -> dict[str, Any]:
    """The app's state for the card: JSON, because it is stored (and may be read by another process)."""
    value = dict(state or {})
    try:
        json.dumps(value)
    except (TypeError, ValueError) as error:
        raise InvalidArgumentError(f"state: must be JSON (a {type(error).__name__})") from None
    return value


def update_data(card: PendingCard, update: CardUpdate) -> DynamicUpdateData:
    if not card.msg_id:
        raise InvalidArgumentError("no msgId: the platform gives none to apps outside the org; the card cannot change")
    expected = ApproveCardUpdate if card.msg_type == "approveCard" else AppCardUpdate
    if not isinstance(update, expected):
        raise InvalidArgumentError(f"a {card.msg_type} is updated with a {expected.__name__}")
    if isinstance(update, ApproveCardUpdate):
        return DynamicUpdateData(approve_card_update_msg=update)
    return DynamicUpdateData(app_card_update_msg=update)


def finishes(update: CardUpdate, done: bool | None) -> bool:
    """Whether the record goes after this update: as asked, else when an app card's update is its last."""
    if done is not None:
        return done
    return isinstance(update, AppCardUpdate) and update.is_last_update


def with_msg_id(card: PendingCard, msg_id: str | Unset) -> PendingCard:
    """The pending card with the msgId the platform gave (none for apps outside the org: it cannot change then)."""
    return replace(card, msg_id=msg_id if isinstance(msg_id, str) else "")


Identity = tuple[str | Unset, str | Unset]
"""(user_token, userId) of a dynamic update: both UNSET for the app's own cards."""
_Result = TypeVar("_Result", covariant=True)


class _UpdateOperation(Protocol[_Result]):
    def __call__(
        self,
        *,
        msg_id: str,
        msg_type: DynamicMsgType,
        msg_data: DynamicUpdateData,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
    ) -> _Result: ...


def call_update(
    operation: _UpdateOperation[_Result], card: PendingCard, data: DynamicUpdateData, who: Identity
) -> _Result:
    """The generated update operation (sync or async), called for `card` under the identity `who`."""
    user_token, user_id = who
    msg_type = check_dynamic_msg_type(card.msg_type)
    return operation(msg_id=card.msg_id, msg_type=msg_type, msg_data=data, user_token=user_token, user_id=user_id)


class _Plan(NamedTuple):
    card: Card
    pending: PendingCard


def _plan(
    card: Card,
    key: str,
    chat_type: ChatType,
    sender: str | None,
    state: Mapping[str, Any] | None,
    ttl: float | None,
    wall: float,
) -> _Plan:
    checked_name(key, "key")
    if sender is not None and (not isinstance(sender, str) or not sender):
        raise InvalidArgumentError("as_staff: a staff id")
    if sender is not None and chat_type not in ("group", "user"):
        raise InvalidArgumentError("as_staff: a person sends cards in group chats (chat_type='group') or as a user")
    card_id = secrets.token_urlsafe(12).replace("-", "x").replace("_", "y")
    sent = prepared(card, key, card_id)
    msg_type = "approveCard" if isinstance(card, ApproveCardMessage) else "appCard"
    pending = PendingCard(card_id, key, "", msg_type, sender, wall + _lifetime(card, ttl), _state(state))
    return _Plan(sent, pending)


class Cards:
    """Cards that wait for clicks, kept in `store` (by default beside `client`'s tokens, in the same backend)."""

    def __init__(self, client: Lansenger, *, store: PendingCardStore | None = None) -> None:
        self._client = client
        self.store = store if store is not None else card_store_for(client.token_store)

    def send(
        self,
        to: str,
        card: Card,
        *,
        key: str,
        chat_type: ChatType = "staff",
        as_staff: str | None = None,
        state: Mapping[str, Any] | None = None,
        ttl: float | None = None,
    ) -> PendingCard:
        """Send `card` and keep it pending under `key` (what `@dispatcher.card(key, cards)` routes on).

        `as_staff` sends it as that person (group or user chats), with their user token from `client.oauth`; it
        is then updated as them. `ttl` (seconds) defaults to the card's expiry, else `DEFAULT_TTL`.
        """
        plan = _plan(card, key, chat_type, as_staff, state, ttl, time.time())
        user_token = None if as_staff is None else self._client.oauth.user_token(as_staff)
        sent = self._client.messages.send(to, plan.card, chat_type=chat_type, user_token=user_token)
        pending = with_msg_id(plan.pending, sent.msg_id)
        self.store.save(pending)
        return pending

    def load(self, card_id: str) -> PendingCard | None:
        return self.store.load(card_id)

    def update(self, card: PendingCard, update: CardUpdate, *, done: bool | None = None) -> None:
        """Change the card in place under the identity that sent it; `done` forgets it (default: an app card's
        last update)."""
        data = update_data(card, update)
        call_update(self._client.messages.update_dynamic_message, card, data, self._identity(card.sender))
        if finishes(update, done):
            self.store.delete(card.card_id)

    def _identity(self, sender: str | None) -> Identity:
        if sender is None:
            return UNSET, UNSET
        try:
            return self._client.oauth.user_token(sender), UNSET
        except AuthorizationError:
            return UNSET, sender


class AsyncCards:
    """The async twin of `Cards`; store calls run in a worker thread."""

    def __init__(self, client: AsyncLansenger, *, store: PendingCardStore | None = None) -> None:
        self._client = client
        self.store = store if store is not None else card_store_for(client.token_store)

    async def send(
        self,
        to: str,
        card: Card,
        *,
        key: str,
        chat_type: ChatType = "staff",
        as_staff: str | None = None,
        state: Mapping[str, Any] | None = None,
        ttl: float | None = None,
    ) -> PendingCard:
        """See `Cards.send`."""
        plan = _plan(card, key, chat_type, as_staff, state, ttl, time.time())
        user_token = None if as_staff is None else await self._client.oauth.user_token(as_staff)
        sent = await self._client.messages.send(to, plan.card, chat_type=chat_type, user_token=user_token)
        pending = with_msg_id(plan.pending, sent.msg_id)
        await offload(lambda: self.store.save(pending))
        return pending

    async def load(self, card_id: str) -> PendingCard | None:
        return await offload(lambda: self.store.load(card_id))

    async def update(self, card: PendingCard, update: CardUpdate, *, done: bool | None = None) -> None:
        """See `Cards.update`."""
        data = update_data(card, update)
        await call_update(self._client.messages.update_dynamic_message, card, data, await self._identity(card.sender))
        if finishes(update, done):
            await offload(lambda: self.store.delete(card.card_id))

    async def _identity(self, sender: str | None) -> Identity:
        if sender is None:
            return UNSET, UNSET
        try:
            return await self._client.oauth.user_token(sender), UNSET
        except AuthorizationError:
            return UNSET, sender
