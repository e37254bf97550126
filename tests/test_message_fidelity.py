"""Platform fidelity of messaging: revoke's per-message outcomes and sysMsg, authorizationReq, emoji replies and the
per-call batch limits, over loopback against the sandbox and on the wire."""

from __future__ import annotations

import json
from typing import Any

import anyio
import httpx
import pytest
import respx
from lansenger import AsyncLansenger, Lansenger, MessageRevocation, PartialRevokeError
from lansenger.testing import Sandbox
from lansenger_api.errors import ErrorCode, InvalidArgumentError, NotFoundError, UnexpectedResponseError
from lansenger_api.models.message_reply_type import MESSAGE_REPLY_TYPE_ADD, MESSAGE_REPLY_TYPE_CANCEL
from lansenger_api.models.msg_data import MsgData
from lansenger_api.rules import BATCH_LIMITS

from ._envelopes import ok

ADA = "524288-1001"
GRACE = "524288-1002"
GATEWAY = "https://gw.example"


def test_revoke_answers_each_message_when_all_were_revoked(
    lansenger_client: Lansenger, lansenger_sandbox: Sandbox
) -> None:
    sent = [lansenger_client.messages.send_text(staff, "hi").msg_id or "" for staff in (ADA, GRACE)]

    results = lansenger_client.messages.revoke(sent)

    assert results == tuple(MessageRevocation(message_id, 0, "ok") for message_id in sent)
    assert all(record["revoked"] for record in lansenger_sandbox.state.messages)


def test_a_partial_revoke_raises_with_every_outcome_in_order(
    lansenger_client: Lansenger, lansenger_sandbox: Sandbox
) -> None:
    """The platform answers the call errCode 0; the helper does not let the failed entries pass unnoticed."""
    kept = lansenger_client.messages.send_text(ADA, "one").msg_id or ""
    gone = lansenger_client.messages.send_text(GRACE, "two").msg_id or ""
    lansenger_client.messages.revoke([gone])

    with pytest.raises(PartialRevokeError) as raised:
        lansenger_client.messages.revoke(["msg-never-sent", kept, gone])

    error = raised.value
    assert [result.message_id for result in error.results] == ["msg-never-sent", kept, gone]
    assert [result.message_id for result in error.revoked] == [kept]
    assert [(result.err_code, result.err_msg) for result in error.failed] == [
        (ErrorCode.NOT_FOUND, "message not found"),
        (ErrorCode.NOT_FOUND, "message already revoked"),
    ]
    assert error.err_code == ErrorCode.NOT_FOUND
    assert "2 of 3 messages were not revoked" in str(error)
    assert lansenger_sandbox.state.messages[0]["revoked"] is True


def test_async_revoke_and_react(lansenger_sandbox: Sandbox) -> None:
    async def main() -> PartialRevokeError:
        async with AsyncLansenger(
            lansenger_sandbox.app_id, lansenger_sandbox.app_secret, gateway_url=lansenger_sandbox.url
        ) as client:
            sent = (await client.messages.send_text(ADA, "hi")).msg_id or ""
            await client.messages.react(sent, "TYPE_OK")
            with pytest.raises(NotFoundError):
                await client.messages.react("msg-never-sent", "TYPE_OK")
            with pytest.raises(PartialRevokeError) as raised:
                await client.messages.revoke([sent, "msg-never-sent"])
            return raised.value

    error = anyio.run(main)
    assert [result.revoked for result in error.results] == [True, False]


@pytest.fixture
def wire() -> Any:
    with respx.mock(base_url=GATEWAY, assert_all_called=False) as router:
        router.get("/v1/apptoken/create").respond(json=ok({"appToken": "app-token", "expiresIn": 7200}))
        with Lansenger("app", "secret", gateway_url=GATEWAY, max_retries=0) as client:
            yield router, client


def test_revoke_sends_the_system_message_and_the_user_token(wire: Any) -> None:
    router, client = wire
    route = router.post("/v1/messages/revoke").respond(json=ok({"subStatus": [{"errCode": 0}]}))

    results = client.messages.revoke(
        ["m1"],
        chat_type="group",
        sender_id=ADA,
        system_message="withdrawn",
        system_media_id="media-1",
        user_token="user-token",
    )

    assert results == (MessageRevocation("m1", 0, ""),)
    request = route.calls.last.request
    assert request.url.params["user_token"] == "user-token"
    assert json.loads(request.content) == {
        "messageIds": ["m1"],
        "chatType": "group",
        "senderId": ADA,
        "sysMsg": {"content": "withdrawn", "mediaId": "media-1"},
    }


def test_an_answer_without_sub_status_counts_every_message_revoked(wire: Any) -> None:
    """Platforms before subStatus answered only the call's errCode."""
    router, client = wire
    router.post("/v1/messages/revoke").respond(json=ok())

    assert [result.revoked for result in client.messages.revoke(["m1", "m2"])] == [True, True]


def test_a_sub_status_that_does_not_match_the_request_is_unexpected(wire: Any) -> None:
    router, client = wire
    router.post("/v1/messages/revoke").respond(json=ok({"subStatus": [{"errCode": 0}]}))

    with pytest.raises(UnexpectedResponseError, match="1 entries for 2 message ids"):
        client.messages.revoke(["m1", "m2"])


@pytest.mark.parametrize(
    ("arguments", "mentioning"),
    [
        ({"message_ids": []}, "non-empty list"),
        ({"message_ids": "m1"}, "not a single string"),
        ({"message_ids": ["m1", ""]}, "non-empty message ids"),
        ({"message_ids": ["m1"], "chat_type": "staff"}, "sender_id"),
    ],
)
def test_bad_revoke_arguments_are_refused_before_sending(wire: Any, arguments: dict[str, Any], mentioning: str) -> None:
    router, client = wire
    route = router.post("/v1/messages/revoke").respond(json=ok())

    with pytest.raises(InvalidArgumentError, match=mentioning):
        client.messages.revoke(**arguments)
    assert not route.called


def test_a_location_request_carries_its_type_directly_in_msg_data(
    lansenger_client: Lansenger, lansenger_sandbox: Sandbox
) -> None:
    lansenger_client.messages.request_location(ADA)

    (record,) = lansenger_sandbox.state.messages
    assert record["path"] == "/v1/bot/messages/create"
    assert record["body"]["msgType"] == "authorizationReq"
    assert record["body"]["msgData"] == {"authorizationType": 1}


def test_a_location_request_is_refused_outside_the_bots_private_chat(
    lansenger_client: Lansenger, lansenger_sandbox: Sandbox
) -> None:
    """Locally by the spec's channel types, and by the sandbox for a request that skips the SDK's checks."""
    request = MsgData(authorization_type=1)
    with pytest.raises(InvalidArgumentError, match="msg_type"):
        lansenger_client.messages.create_group_message(
            group_id="group-1",
            msg_type="authorizationReq",  # type: ignore[arg-type]
            msg_data=request,
        )
    raw = httpx.post(
        f"{lansenger_sandbox.url}/v1/messages/group/create",
        params={"app_token": _app_token(lansenger_sandbox)},
        json={"groupId": "group-1", "msgType": "authorizationReq", "msgData": {"authorizationType": 1}},
    ).json()
    assert raw["errCode"] == ErrorCode.INVALID_PARAMETER
    assert "msgType" in raw["errMsg"]
    assert lansenger_sandbox.state.messages == []


def _app_token(sandbox: Sandbox) -> str:
    answer = httpx.get(
        f"{sandbox.url}/v1/apptoken/create",
        params={"grant_type": "client_credential", "appid": sandbox.app_id, "secret": sandbox.app_secret},
    ).json()
    return str(answer["data"]["appToken"])


def test_emoji_replies_are_added_and_cancelled_on_a_sent_message(lansenger_client: Lansenger) -> None:
    sent = lansenger_client.messages.send_text(ADA, "ship it?").msg_id or ""

    lansenger_client.messages.react(sent, "TYPE_THUMB")
    lansenger_client.messages.create_message_reply(
        msg_id=sent, emoji_id="TYPE_THUMB", reply_type=MESSAGE_REPLY_TYPE_CANCEL
    )

    with pytest.raises(NotFoundError):
        lansenger_client.messages.react("msg-never-sent", "TYPE_OK")


@pytest.mark.parametrize(("cancel", "reply_type"), [(False, MESSAGE_REPLY_TYPE_ADD), (True, MESSAGE_REPLY_TYPE_CANCEL)])
def test_emoji_replies_travel_as_the_platform_names_them(wire: Any, cancel: bool, reply_type: int) -> None:
    router, client = wire
    route = router.post("/v1/messages/reply/create").respond(json=ok())

    client.messages.react("m1", "TYPE_LOVE", cancel=cancel, user_token="user-token")

    request = route.calls.last.request
    assert request.url.params["user_token"] == "user-token"
    assert json.loads(request.content) == {"msgId": "m1", "emojiId": "TYPE_LOVE", "replyType": reply_type}


def test_the_batch_limits_come_from_the_spec() -> None:
    """maxItems where the platform documents a limit, x-lansenger-batch-limit where it does not."""
    assert BATCH_LIMITS["AccountMessageRequest"] == {"userIdList": 1000, "departmentIdList": 100}
    assert BATCH_LIMITS["BotMessageRequest"] == {"userIdList": 1000, "departmentIdList": 100}
