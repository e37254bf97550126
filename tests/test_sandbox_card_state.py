"""The sandbox's dynamic cards over loopback: updates change the head status and links (an approve card's head
status and buttons), never the body, and isLastUpdate freezes the card."""

from __future__ import annotations

from typing import Any

import pytest
from lansenger import APIError, Lansenger
from lansenger.testing import Sandbox, shown_card
from lansenger_api.models.approve_card_message import ApproveCardMessage
from lansenger_api.models.dynamic_update_data import DynamicUpdateData

STAFF = "524288-1002"
STATUS = {"description": "Running", "colour": "#888"}


def _update(client: Lansenger, msg_id: str, msg_type: str, update: dict[str, Any]) -> None:
    data = DynamicUpdateData.from_dict({f"{msg_type}UpdateMsg": update})
    client.messages.update_dynamic_message(msg_id=msg_id, msg_type=msg_type, msg_data=data)  # type: ignore[arg-type]


def _app_card(client: Lansenger) -> str:
    from lansenger_api.models.app_card_message import AppCardMessage

    card = AppCardMessage.from_dict(
        {"bodyTitle": "Build #7", "isDynamic": True, "headStatusInfo": STATUS, "links": [{"title": "Log"}]}
    )
    msg_id = client.messages.send(STAFF, card).msg_id
    assert isinstance(msg_id, str)
    return msg_id


def test_an_app_card_shows_its_latest_head_status_and_links_under_a_fixed_body() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        msg_id = _app_card(client)
        _update(client, msg_id, "appCard", {"isLastUpdate": False, "headStatusInfo": {"description": "Testing"}})
        _update(client, msg_id, "appCard", {"isLastUpdate": False, "links": [{"title": "Report"}]})
        (record,) = sandbox.state.messages
        shown = shown_card(record)
        assert shown["headStatusInfo"] == {"description": "Testing"} and shown["links"] == [{"title": "Report"}]
        assert shown["bodyTitle"] == "Build #7" and "isLastUpdate" not in shown
        assert record["body"]["msgData"]["appCard"]["headStatusInfo"] == STATUS, "the sent body stays on record"


@pytest.mark.parametrize("field", ["bodyTitle", "bodyContent", "fields"])
def test_the_body_cannot_change(field: str) -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        msg_id = _app_card(client)
        with pytest.raises(APIError, match=rf"appCardUpdateMsg\.{field} is not a field") as refused:
            _update(client, msg_id, "appCard", {"isLastUpdate": False, field: "changed"})
        assert refused.value.err_code == 40001
        assert sandbox.state.messages[0]["updates"] == []


def test_the_last_update_freezes_the_card() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        msg_id = _app_card(client)
        _update(client, msg_id, "appCard", {"isLastUpdate": True, "headStatusInfo": {"description": "Passed"}})
        with pytest.raises(APIError, match="last update"):
            _update(client, msg_id, "appCard", {"isLastUpdate": False, "headStatusInfo": {"description": "Again"}})
        assert shown_card(sandbox.state.messages[0])["headStatusInfo"] == {"description": "Passed"}


def test_an_approve_card_changes_its_head_status_and_buttons() -> None:
    card = ApproveCardMessage.from_dict(
        {
            "head": {"title": "Leave request", "headStatus": {"describe": "Pending", "statusIcon": 1}},
            "body": {"title": "3 days", "content": {"formatType": 1, "text": "Ada, 3 days"}},
            "buttons": [{"text": "Approve"}, {"text": "Reject"}],
        }
    )
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        msg_id = client.messages.send(STAFF, card).msg_id
        assert isinstance(msg_id, str)
        update = {"headStatus": {"describe": "Approved", "statusIcon": 1}, "buttons": [{"text": "Approved"}]}
        _update(client, msg_id, "approveCard", update)
        with pytest.raises(APIError, match=r"approveCardUpdateMsg\.body is not a field"):
            _update(client, msg_id, "approveCard", {"body": {"title": "changed"}})
        shown = shown_card(sandbox.state.messages[0])
        assert shown["head"] == {"title": "Leave request", "headStatus": {"describe": "Approved", "statusIcon": 1}}
        assert shown["buttons"] == [{"text": "Approved"}] and shown["body"]["title"] == "3 days"
