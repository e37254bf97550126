"""A stream reply sent with a user token shows its status card as that person, and updates it as them: the
platform (and the sandbox) refuse an update of a person's card under any other identity (10005)."""

from __future__ import annotations

import json

import pytest
import respx
from lansenger import AsyncLansenger, Lansenger, PermissionDeniedError
from lansenger.testing import Sandbox, shown_card
from lansenger_api.models.app_card_update import AppCardUpdate
from lansenger_api.models.dynamic_update_data import DynamicUpdateData

from tests._envelopes import GATEWAY, TOKEN, ok

PERSON = "524288-1002"
UPDATE_PATH = "/v1/messages/dynamic/update"


def test_the_card_and_its_updates_travel_with_the_user_token() -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        send = router.post("/v1/messages/group/create").respond(json=ok({"msgId": "card-1"}))
        update = router.post(UPDATE_PATH).respond(json=ok({}))
        with client.streams.open("g1", chat_type="group", user_token="user-tok", min_interval=0) as stream:
            stream.status("searching…")
            stream.write("found it")
        assert stream.result is not None and stream.result.card and stream.result.msg_id == "card-1"
        sends = [call.request for call in send.calls]
        assert [json.loads(request.content)["msgType"] for request in sends] == ["appCard", "formatText"]
        assert {request.url.params["user_token"] for request in sends} == {"user-tok"}
        updates = [call.request for call in update.calls]
        assert len(updates) == 3 and {request.url.params["user_token"] for request in updates} == {"user-tok"}
        assert [json.loads(request.content)["msgId"] for request in updates] == ["card-1"] * 3


def test_without_a_user_token_the_updates_carry_none() -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        router.post("/v1/bot/messages/create").respond(json=ok({"msgId": "card-1"}))
        update = router.post(UPDATE_PATH).respond(json=ok({}))
        assert client.streams.reply("s1", ["a"], min_interval=0).card
        assert update.called and all("user_token" not in call.request.url.params for call in update.calls)


@pytest.mark.anyio
async def test_a_persons_status_card_in_a_group_is_updated_as_them_in_the_sandbox(lansenger_sandbox: Sandbox) -> None:
    sandbox = lansenger_sandbox
    user_token = sandbox.user_token(PERSON)
    async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        group = await client.groups.create_group(name="agents", org_id="524288", staff_id_list=[PERSON])
        assert isinstance(group.group_id, str)
        async with client.streams.open(group.group_id, chat_type="group", user_token=user_token) as stream:
            await stream.write("All green.")
        assert stream.result is not None and stream.result.card
        card = next(record for record in sandbox.state.messages if record["id"] == stream.result.msg_id)
        assert card["sender"] == PERSON and card["updates"][-1]["isLastUpdate"] is True
        assert "已完成" in shown_card(card)["headStatusInfo"]["description"]

        data = DynamicUpdateData(app_card_update_msg=AppCardUpdate(is_last_update=True))
        with pytest.raises(PermissionDeniedError) as as_app:  # what the stream would get without the identity
            await client.messages.update_dynamic_message(msg_id=card["id"], msg_type="appCard", msg_data=data)
        assert as_app.value.err_code == 10005
