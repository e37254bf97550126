"""Interactive cards on the wire (respx): what is sent, which identity updates a card, and what is refused first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import respx
from lansenger import InvalidArgumentError, Lansenger, StoreError
from lansenger.callbacks import CallbackEvent, Dispatcher
from lansenger.cards import CardClick, Cards, FileCardStore, MemoryCardStore, PendingCard, RedisCardStore
from lansenger.types import (
    AppCardMessage,
    AppCardUpdate,
    ApproveCardBody,
    ApproveCardButton,
    ApproveCardMessage,
    ApproveCardUpdate,
    CardContent,
    HeadStatusInfo,
    UserTokenGrant,
)

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, ok

STAFF, PERSON = "staff-1", "staff-9"
UPDATE = "/v1/messages/dynamic/update"


def approval(*buttons: ApproveCardButton) -> ApproveCardMessage:
    body = ApproveCardBody(title="Expense", content=CardContent(format_type=1, text="420 CNY"))
    return ApproveCardMessage(body=body, buttons=list(buttons), expire_time=3600)


def sent_json(route: respx.Route, index: int = -1) -> Any:
    return json.loads(route.calls[index].request.content)


def test_buttons_carry_their_card_and_action_and_the_bot_updates_as_the_app(router: respx.MockRouter) -> None:
    send = router.post("/v1/bot/messages/create").respond(json=ok({"msgId": "m-1"}))
    update = router.post(UPDATE).respond(json=ok({}))
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY) as client:
        cards = Cards(client)
        buttons = ApproveCardButton(text="Yes", callback_info="approve"), ApproveCardButton(text="Docs", link="l")
        card = approval(*buttons)
        pending = cards.send(STAFF, card, key="expense", state={"n": 1})
        cards.update(pending, ApproveCardUpdate(buttons=[]))
    buttons = sent_json(send)["msgData"]["approveCard"]["buttons"]
    assert json.loads(buttons[0]["callbackInfo"]) == {"card": "expense", "id": pending.card_id, "action": "approve"}
    assert buttons[1] == {"text": "Docs", "link": "l"}
    assert (pending.msg_id, pending.sender, pending.msg_type) == ("m-1", None, "approveCard")
    assert set(update.calls[0].request.url.params) == {"app_token"}
    assert sent_json(update) == {
        "msgId": "m-1",
        "msgType": "approveCard",
        "msgData": {"approveCardUpdateMsg": {"buttons": []}},
    }
    assert cards.load(pending.card_id) == pending  # not done: still pending


def test_a_persons_card_is_updated_with_their_user_token(router: respx.MockRouter) -> None:
    send = router.post("/v1/messages/group/create").respond(json=ok({"msgId": "m-2"}))
    update = router.post(UPDATE).respond(json=ok({}))
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY) as client:
        client.oauth.remember(UserTokenGrant(user_token="ut-person", refresh_token="rt", staff_id=PERSON))
        cards = Cards(client)
        card = AppCardMessage(body_title="Deploy", is_dynamic=True)
        pending = cards.send("group-1", card, key="deploy", chat_type="group", as_staff=PERSON)
        cards.update(pending, AppCardUpdate(is_last_update=True, head_status_info=HeadStatusInfo(description="done")))
        assert cards.load(pending.card_id) is None  # an app card's last update finishes it
    assert send.calls[0].request.url.params["user_token"] == "ut-person"
    assert update.calls[0].request.url.params["user_token"] == "ut-person"
    assert "userId" not in sent_json(update)


def test_without_the_persons_token_their_staff_id_travels_as_user_id(router: respx.MockRouter) -> None:
    update = router.post(UPDATE).respond(json=ok({}))
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY) as client:
        pending = PendingCard("c1", "deploy", "m-3", "appCard", PERSON, 1e12)
        Cards(client, store=MemoryCardStore()).update(pending, AppCardUpdate(is_last_update=False))
    assert "user_token" not in update.calls[0].request.url.params
    assert sent_json(update)["userId"] == PERSON


@pytest.mark.parametrize(
    ("why", "send"),
    [
        ("bad key", lambda cards: cards.send(STAFF, approval(), key="no spaces")),
        ("empty key", lambda cards: cards.send(STAFF, approval(), key="")),
        ("static app card", lambda cards: cards.send(STAFF, AppCardMessage(body_title="x"), key="k")),
        ("not a card", lambda cards: cards.send(STAFF, "hello", key="k")),
        ("action not a name", lambda cards: cards.send(STAFF, approval(ApproveCardButton(callback_info={})), key="k")),
        ("state not JSON", lambda cards: cards.send(STAFF, approval(), key="k", state={"at": object()})),
        ("empty sender", lambda cards: cards.send(STAFF, approval(), key="k", as_staff="")),
        ("person on the bot channel", lambda cards: cards.send(STAFF, approval(), key="k", as_staff=PERSON)),
        (
            "no msgId",
            lambda cards: cards.update(PendingCard("c", "k", "", "approveCard", None, 1e12), ApproveCardUpdate()),
        ),
        (
            "wrong update type",
            lambda cards: cards.update(PendingCard("c", "k", "m", "approveCard", None, 1e12), AppCardUpdate(True)),
        ),
    ],
)
def test_bad_input_is_refused_before_the_wire(unsent_client: Lansenger, why: str, send: Any) -> None:
    with pytest.raises(InvalidArgumentError):
        send(Cards(unsent_client, store=MemoryCardStore()))


def event(event_data: object, staff_id: object = STAFF) -> CallbackEvent:
    return CallbackEvent(type="approve_card_callback", data={"eventData": event_data, "staffId": staff_id})


def test_only_well_formed_clicks_on_pending_cards_of_the_key_reach_the_handler(unsent_client: Lansenger) -> None:
    store = MemoryCardStore()
    store.save(PendingCard("card1", "expense", "m", "approveCard", None, 1e12, {"n": 1}))
    store.save(PendingCard("card2", "other", "m", "approveCard", None, 1e12))
    clicks: list[CardClick] = []
    dispatcher = Dispatcher()
    dispatcher.card("expense", Cards(unsent_client, store=store))(clicks.append)
    good = json.dumps({"card": "expense", "id": "card1", "action": "approve"})
    hostile = [
        event("approve"),
        event(None),
        event("{not json"),
        event(json.dumps({"card": "expense", "id": "card1"})),
        event(json.dumps({"card": "expense", "id": "card1", "action": "x", "more": 1})),
        event(json.dumps({"card": "expense", "id": "card1", "action": "a b"})),
        event(json.dumps({"card": "expense", "id": "unknown", "action": "x"})),
        event(json.dumps({"card": "expense", "id": "card2", "action": "x"})),  # a card of another key
        event(good + " " * 2000),
        event(good, staff_id=None),
        event(good, staff_id=7),
    ]
    dispatcher.dispatch([*hostile, event(good)])
    routed = [(c.card.card_id, c.action, c.staff_id, c.card.state) for c in clicks]
    assert routed == [("card1", "approve", STAFF, {"n": 1})]


def test_a_card_key_must_be_a_name() -> None:
    with pytest.raises(InvalidArgumentError):
        Dispatcher().card("bad key", Cards.__new__(Cards))


def test_pending_cards_expire_in_memory_and_in_the_file(tmp_path: Path) -> None:
    now = [1000.0]
    card = PendingCard("c1", "k", "m", "approveCard", None, 1010.0, {"a": [1]})
    stores = [MemoryCardStore(lambda: now[0]), FileCardStore(tmp_path / "cards.json", "app", lambda: now[0])]
    for store in stores:
        store.save(card)
        assert store.load("c1") == card
    now[0] = 1010.0
    assert [store.load("c1") for store in stores] == [None, None]
    stores[1].save(PendingCard("c2", "k", "m", "approveCard", None, 2000.0))
    assert list(json.loads((tmp_path / "cards.json").read_text())["cards"]["app"]) == ["c2"]  # c1 dropped


def test_a_corrupt_card_file_or_record_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "cards.json"
    path.write_text("{not json")
    with pytest.raises(StoreError):
        FileCardStore(path).load("c1")
    with pytest.raises(StoreError):
        FileCardStore(path).save(PendingCard("c2", "k", "m", "approveCard", None, 1e12))
    assert path.read_text() == "{not json"  # left untouched
    path.write_text(json.dumps({"cards": {"": {"c1": {"card_id": "c1", "expires_at": "soon"}}}}))
    with pytest.raises(StoreError):
        FileCardStore(path).load("c1")
    FileCardStore(path).save(PendingCard("c2", "k", "m", "approveCard", None, 1e12))  # drops what is not a card
    assert list(json.loads(path.read_text())["cards"][""]) == ["c2"]


def test_redis_cards_expire_with_the_card(redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    store = RedisCardStore(client, prefix="ttl-test:")
    store.save(PendingCard("c1", "k", "m", "approveCard", "staff-9", 4e9))
    assert client.pttl("ttl-test:card:c1") > 0
    assert store.load("c1") == PendingCard("c1", "k", "m", "approveCard", "staff-9", 4e9)
    store.save(PendingCard("c1", "k", "m", "approveCard", None, 1.0))  # already expired: removed
    assert store.load("c1") is None
    client.set("ttl-test:card:c2", b"\xff")
    with pytest.raises(StoreError):
        store.load("c2")
