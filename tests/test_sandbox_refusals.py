"""The sandbox refuses what the platform refuses: sends naming unknown people or groups, text over the spec's limits.

Through the SDK against the sandbox over loopback, with the shipped pytest fixtures.
"""

from __future__ import annotations

import httpx
import pytest
from lansenger import Lansenger, NotFoundError, PermissionDeniedError
from lansenger.testing import Sandbox
from lansenger_api.models import MsgData, TextMessage
from lansenger_api.rules import MAX_BYTES

ORG_ID, ADA, GRACE, MARY = "524288", "524288-1001", "524288-1002", "524288-1006"


def test_a_send_to_an_unknown_group_is_refused_like_reading_it(
    lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    with pytest.raises(NotFoundError) as read:
        lansenger_client.groups.fetch_group_info("group-nope")
    with pytest.raises(NotFoundError) as sent:
        lansenger_client.messages.send_text("group-nope", "hello?", chat_type="group")

    assert sent.value.err_code == read.value.err_code == 64001
    assert lansenger_sandbox.state.messages == []


def test_a_user_outside_the_group_cannot_send_to_it(lansenger_sandbox: Sandbox, lansenger_client: Lansenger) -> None:
    group_id = str(lansenger_client.groups.create_group(name="Crew", org_id=ORG_ID, staff_id_list=[ADA]).group_id)
    outsider = lansenger_sandbox.user_token(MARY)

    with pytest.raises(PermissionDeniedError) as refused:
        lansenger_client.messages.send_text(group_id, "let me in", chat_type="group", user_token=outsider)
    sent = lansenger_client.messages.send_text(
        group_id, "hi crew", chat_type="group", user_token=lansenger_sandbox.user_token(ADA)
    )

    assert refused.value.err_code == 30001
    assert [record["id"] for record in lansenger_sandbox.state.messages] == [sent.msg_id]


def test_sends_and_streams_to_unknown_staff_are_refused(
    lansenger_sandbox: Sandbox, lansenger_client: Lansenger
) -> None:
    with pytest.raises(NotFoundError):
        lansenger_client.messages.send_text("staff-nope", "hello?")
    with pytest.raises(NotFoundError):
        lansenger_client.messages.send_text(
            "staff-nope", "hi", chat_type="user", user_token=lansenger_sandbox.user_token(ADA)
        )
    with pytest.raises(NotFoundError):
        lansenger_client.streams.create_stream_message(receiver_id="staff-nope", receiver_type="staff", stream_id="s-1")
    with pytest.raises(NotFoundError):
        lansenger_client.streams.create_stream_message(receiver_id="group-nope", receiver_type="group", stream_id="s-2")

    assert lansenger_sandbox.state.messages == []
    created = lansenger_client.streams.create_stream_message(receiver_id=GRACE, receiver_type="staff", stream_id="s-3")
    assert created.msg_id


def test_notifications_report_unknown_receivers_and_refuse_an_unknown_sender(lansenger_client: Lansenger) -> None:
    hello = MsgData(text=TextMessage(content="hello"))
    sent = lansenger_client.notifications.create_notification_message(
        receiver_ids=[GRACE, "staff-nope"], msg_type="text", msg_data=hello, sender_id=ADA
    )
    assert [status.err_code for status in sent.status or []] == [0, 50001]

    with pytest.raises(NotFoundError):
        lansenger_client.notifications.create_notification_message(
            receiver_ids=[GRACE], msg_type="text", msg_data=hello, sender_id="staff-nope"
        )


def test_the_text_limit_is_the_specs(lansenger_sandbox: Sandbox, lansenger_client: Lansenger) -> None:
    """Sent raw, past the client's own check: the sandbox holds the body to the same spec limit."""
    limit = MAX_BYTES["TextMessage"]["content"]
    at_limit, over = ({"content": "a" * size} for size in (limit, limit + 1))
    token = lansenger_client.app_token()

    answers = [
        httpx.post(
            f"{lansenger_sandbox.url}/v1/bot/messages/create",
            params={"app_token": token},
            json={"userIdList": [ADA], "msgType": "text", "msgData": {"text": text}},
        ).json()
        for text in (at_limit, over)
    ]

    assert [answer["errCode"] for answer in answers] == [0, 40001]
    assert f"the limit is {limit}" in answers[1]["errMsg"]
