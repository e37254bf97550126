"""Interactive cards over real loopback: send, click in the sandbox, route by key, update under the right identity."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import anyio
import httpx
import pytest
from lansenger import AsyncLansenger, FileTokenStore, Lansenger, PermissionDeniedError, RedisTokenStore
from lansenger.callbacks import CallbackReceiver, Dispatcher, wsgi_app
from lansenger.cards import AsyncCards, CardClick, Cards
from lansenger.inbound import AsyncWebSocketListener
from lansenger.testing import Sandbox
from lansenger.types import (
    ApproveCardBody,
    ApproveCardButton,
    ApproveCardMessage,
    ApproveCardUpdate,
    ApproveHeadStatus,
    CardContent,
    DynamicUpdateData,
    PermissionScope,
)

MANAGER, OTHER = "524288-1002", "524288-1003"
KEY = "approve-expense"


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the request line carries the signature."""


def approval(*buttons: ApproveCardButton) -> ApproveCardMessage:
    body = ApproveCardBody(title="Expense", content=CardContent(format_type=1, text="420 CNY"))
    return ApproveCardMessage(body=body, buttons=list(buttons) or [ApproveCardButton(text="OK", callback_info="ok")])


def approved(click: CardClick) -> ApproveCardUpdate:
    return ApproveCardUpdate(head_status=ApproveHeadStatus(describe=f"{click.action} by {click.staff_id}"), buttons=[])


@pytest.fixture
def receiver_url(lansenger_sandbox: Sandbox) -> Iterator[tuple[Dispatcher, str]]:
    """A dispatcher behind a verifying webhook receiver, registered with the sandbox."""
    dispatcher = Dispatcher()
    keys = lansenger_sandbox.aes_key, lansenger_sandbox.sign_token
    receiver = CallbackReceiver(keys[0], sign_token=keys[1], dispatcher=dispatcher)
    server: WSGIServer = make_server("127.0.0.1", 0, wsgi_app(receiver), handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/callback"
    assert httpx.post(f"{lansenger_sandbox.url}/sandbox/callbacks", json={"url": url}).json()["errCode"] == 0
    yield dispatcher, url
    server.shutdown()
    server.server_close()


def click(sandbox: Sandbox, msg_id: str, staff_id: str = MANAGER, button: int = 0, **more: Any) -> dict[str, Any]:
    body = {"msgId": msg_id, "staffId": staff_id, "button": button, **more}
    answer: dict[str, Any] = httpx.post(f"{sandbox.url}/sandbox/cards/click", json=body).json()
    return answer


def record(sandbox: Sandbox, msg_id: str) -> dict[str, Any]:
    return next(dict(found) for found in sandbox.state.messages if found["id"] == msg_id)


def update_query_keys(sandbox: Sandbox) -> list[list[str]]:
    return [keys for _method, path, keys in sandbox.state.requests if path == "/v1/messages/dynamic/update"]


def test_a_bot_card_round_trip_by_webhook(lansenger_sandbox: Sandbox, receiver_url: tuple[Dispatcher, str]) -> None:
    dispatcher, _url = receiver_url
    clicks: list[CardClick] = []
    with Lansenger(lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url) as client:
        cards = Cards(client)

        @dispatcher.card(KEY, cards)
        def decide(click: CardClick) -> None:
            clicks.append(click)
            cards.update(click.card, approved(click), done=True)

        @dispatcher.card("other-key", cards)
        def never(click: CardClick) -> None:
            raise AssertionError("a click is routed by its card's key only")

        card = approval(
            ApproveCardButton(text="Approve", callback_info="approve"),
            ApproveCardButton(text="Docs", link="https://example.test/policy"),
        )
        pending = cards.send(MANAGER, card, key=KEY, state={"amount": 420})
        answer = click(lansenger_sandbox, pending.msg_id)

        assert answer["data"]["reply"] == {"errCode": 0, "errMsg": "ok"}
        assert [(c.action, c.staff_id, c.card.state, c.card.sender) for c in clicks] == [
            ("approve", MANAGER, {"amount": 420}, None)
        ]
        assert cards.load(pending.card_id) is None  # done: forgotten
    sent = record(lansenger_sandbox, pending.msg_id)
    assert sent["body"]["msgData"]["approveCard"]["buttons"][1] == {
        "text": "Docs",
        "link": "https://example.test/policy",
    }
    assert sent["updates"] == [{"headStatus": {"describe": f"approve by {MANAGER}"}, "buttons": []}]
    assert update_query_keys(lansenger_sandbox) == [["app_token"]]  # the bot's card: the app alone
    refused = click(lansenger_sandbox, pending.msg_id)  # the card has no buttons now
    assert refused["errCode"] != 0 and "0 button" in refused["errMsg"]


def group_with(client: Lansenger, *members: str) -> str:
    group = client.groups.create_group(name="Expenses", org_id="524288", staff_id_list=list(members))
    return str(group.group_id)


def login(sandbox: Sandbox, client: Lansenger, staff_id: str) -> None:
    from lansenger.testing._routing import DEFAULT_SCOPE

    client.oauth.exchange(sandbox.oauth.issue_code(staff_id, "", DEFAULT_SCOPE, ""))


def test_a_card_sent_as_a_person_is_updated_as_them(
    lansenger_sandbox: Sandbox, receiver_url: tuple[Dispatcher, str]
) -> None:
    dispatcher, _url = receiver_url
    with Lansenger(lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url) as client:
        login(lansenger_sandbox, client, OTHER)
        group_id = group_with(client, MANAGER, OTHER)
        cards = Cards(client)
        dispatcher.card(KEY, cards)(lambda click: cards.update(click.card, approved(click)))
        pending = cards.send(group_id, approval(), key=KEY, chat_type="group", as_staff=OTHER)
        assert pending.sender == OTHER

        assert click(lansenger_sandbox, pending.msg_id)["data"]["reply"]["errCode"] == 0
        assert update_query_keys(lansenger_sandbox) == [["app_token", "user_token"]]
        assert record(lansenger_sandbox, pending.msg_id)["updates"][0]["buttons"] == []

        client.oauth.forget(OTHER)  # no user token held any more: the sender's staff id travels as userId
        cards.update(pending, ApproveCardUpdate(buttons=[ApproveCardButton(text="Reopen")]))
        assert update_query_keys(lansenger_sandbox)[-1] == ["app_token"]
        assert record(lansenger_sandbox, pending.msg_id)["updates"][-1]["buttons"] == [{"text": "Reopen"}]


def test_the_sandbox_refuses_an_update_without_the_senders_identity(lansenger_sandbox: Sandbox) -> None:
    with Lansenger(lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url) as client:
        login(lansenger_sandbox, client, OTHER)
        pending = Cards(client).send(group_with(client, OTHER), approval(), key=KEY, chat_type="group", as_staff=OTHER)
        data = DynamicUpdateData(approve_card_update_msg=ApproveCardUpdate(buttons=[]))
        update = client.messages.update_dynamic_message
        with pytest.raises(PermissionDeniedError) as as_app:
            update(msg_id=pending.msg_id, msg_type="approveCard", msg_data=data)
        with pytest.raises(PermissionDeniedError):
            update(msg_id=pending.msg_id, msg_type="approveCard", msg_data=data, user_id=MANAGER)
        with pytest.raises(PermissionDeniedError):
            someone_else = lansenger_sandbox.user_token(MANAGER)
            update(msg_id=pending.msg_id, msg_type="approveCard", msg_data=data, user_token=someone_else)
        update(msg_id=pending.msg_id, msg_type="approveCard", msg_data=data, user_id=OTHER)
    assert as_app.value.err_code == 10005
    assert len(record(lansenger_sandbox, pending.msg_id)["updates"]) == 1


def test_clicks_the_platform_would_not_allow_are_refused(lansenger_sandbox: Sandbox) -> None:
    with Lansenger(lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url) as client:
        only_manager = PermissionScope(permitted_staffs=[MANAGER])
        card = approval(
            ApproveCardButton(text="Approve", callback_info="approve", permission_scope=only_manager),
            ApproveCardButton(text="Read more", link="https://example.test"),
        )
        pending = Cards(client).send(MANAGER, card, key=KEY)
        text = client.messages.send_text(MANAGER, "not a card").msg_id
    refusals = {
        "unknown card": click(lansenger_sandbox, "msg-unknown"),
        "not a card": click(lansenger_sandbox, str(text)),
        "not a person": click(lansenger_sandbox, pending.msg_id, staff_id="nobody"),
        "not permitted": click(lansenger_sandbox, pending.msg_id, staff_id=OTHER),
        "no such button": click(lansenger_sandbox, pending.msg_id, button=5),
        "a link button": click(lansenger_sandbox, pending.msg_id, button=1),
        "no receiver": click(lansenger_sandbox, pending.msg_id),
        "unknown way": click(lansenger_sandbox, pending.msg_id, via="carrier-pigeon"),
    }
    assert {why: answer["errCode"] != 0 for why, answer in refusals.items()} == dict.fromkeys(refusals, True)
    assert lansenger_sandbox.callbacks.deliveries == []


def test_a_restart_keeps_pending_cards_in_the_state_file(
    lansenger_sandbox: Sandbox, receiver_url: tuple[Dispatcher, str], tmp_path: Path
) -> None:
    dispatcher, _url = receiver_url
    state_file = tmp_path / "sdk_state.json"
    options = {"gateway_url": lansenger_sandbox.url, "token_store": FileTokenStore(state_file)}
    with Lansenger(lansenger_sandbox.app_id, lansenger_sandbox.app_secret, **options) as before:
        pending = Cards(before).send(MANAGER, approval(), key=KEY, state={"step": 1})
    clicks: list[CardClick] = []
    with Lansenger(lansenger_sandbox.app_id, lansenger_sandbox.app_secret, **options) as after:
        cards = Cards(after)
        dispatcher.card(KEY, cards)(clicks.append)
        click(lansenger_sandbox, pending.msg_id)
    assert [(c.card.card_id, c.card.state) for c in clicks] == [(pending.card_id, {"step": 1})]
    assert (tmp_path / "sdk_state.json.cards.json").stat().st_mode & 0o777 == 0o600


def test_workers_share_pending_cards_through_redis(
    lansenger_sandbox: Sandbox, receiver_url: tuple[Dispatcher, str], redis_url: str
) -> None:
    dispatcher, _url = receiver_url
    app = (lansenger_sandbox.app_id, lansenger_sandbox.app_secret)
    prefix = f"cards-{lansenger_sandbox.app_id}:"
    sender = Lansenger(*app, gateway_url=lansenger_sandbox.url, token_store=RedisTokenStore(redis_url, prefix=prefix))
    worker = Lansenger(*app, gateway_url=lansenger_sandbox.url, token_store=RedisTokenStore(redis_url, prefix=prefix))
    with sender, worker:
        pending = Cards(sender).send(MANAGER, approval(), key=KEY, ttl=600)
        cards = Cards(worker)
        dispatcher.card(KEY, cards)(lambda click: cards.update(click.card, approved(click), done=True))
        click(lansenger_sandbox, pending.msg_id)
        assert Cards(sender).load(pending.card_id) is None  # the other worker finished it
    redis = RedisTokenStore(redis_url, prefix=prefix).for_app(lansenger_sandbox.url, lansenger_sandbox.app_id)
    assert record(lansenger_sandbox, pending.msg_id)["updates"][0]["buttons"] == []
    assert redis.redis.keys(f"{redis.key_prefix}card:*") == []


@pytest.mark.anyio
async def test_a_click_over_the_websocket_reaches_an_async_handler(lansenger_sandbox: Sandbox) -> None:
    done = anyio.Event()
    dispatcher = Dispatcher()
    async with AsyncLansenger(
        lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url
    ) as client:
        cards = AsyncCards(client)

        @dispatcher.card(KEY, cards)
        async def decide(click: CardClick) -> None:
            await cards.update(click.card, approved(click), done=True)
            done.set()

        pending = await cards.send(MANAGER, approval(), key=KEY)
        answer = await anyio.to_thread.run_sync(lambda: click(lansenger_sandbox, pending.msg_id, via="websocket"))
        assert answer["errCode"] == 0
        listener = AsyncWebSocketListener(client, dispatcher)
        task = asyncio.ensure_future(listener.run())
        with anyio.fail_after(10):
            await done.wait()
        listener.stop()
        await task
        assert await cards.load(pending.card_id) is None
    assert record(lansenger_sandbox, pending.msg_id)["updates"][0]["headStatus"] == {"describe": f"ok by {MANAGER}"}
