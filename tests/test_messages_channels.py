"""Every channel and every message body on the wire, the channels' limits, streams and the WebSocket endpoint."""

from __future__ import annotations

from typing import Any

import pytest
import respx
from lansenger import (
    APIError,
    AsyncLansenger,
    AuthenticationError,
    InvalidArgumentError,
    Lansenger,
    PermissionDeniedError,
    UnexpectedResponseError,
)
from lansenger.testing import Sandbox
from lansenger_api.models.app_article import AppArticle
from lansenger_api.models.app_card_message import AppCardMessage
from lansenger_api.models.approve_card_body import ApproveCardBody
from lansenger_api.models.approve_card_button import ApproveCardButton
from lansenger_api.models.approve_card_message import ApproveCardMessage
from lansenger_api.models.approve_card_update import ApproveCardUpdate
from lansenger_api.models.approve_head_status import ApproveHeadStatus
from lansenger_api.models.card_content import CardContent
from lansenger_api.models.card_field import CardField
from lansenger_api.models.card_link import CardLink
from lansenger_api.models.dynamic_update_data import DynamicUpdateData
from lansenger_api.models.i18n_app_card_message import I18nAppCardMessage
from lansenger_api.models.i18n_text import I18nText
from lansenger_api.models.link_card_message import LinkCardMessage
from lansenger_api.models.message_common import MessageCommon
from lansenger_api.models.msg_data import MsgData
from lansenger_api.models.oa_card_message import OaCardMessage
from lansenger_api.models.permission_scope import PermissionScope
from lansenger_api.models.text_message import TextMessage
from lansenger_api.models.verify_card_message import VerifyCardMessage

from tests._envelopes import GATEWAY, TOKEN, ok
from tests._wire import Case, run_error, wire_tests

SENT = {"msgId": "m-1", "invalidStaff": ["gone"], "invalidDepartment": []}


def _sent(result: Any) -> None:
    assert result.msg_id == "m-1"
    assert result.invalid_staff == ["gone"]


ARTICLES = [AppArticle(img_url="https://i/1.png", title="One", url="https://a/1", pc_url="https://pc/1", summary="s")]
APPROVE = ApproveCardMessage(
    body=ApproveCardBody(title="Leave request", content=CardContent(format_type=1, text="**3 days**")),
    buttons=[
        ApproveCardButton(
            text="Approve",
            button_theme="primary",
            state=1,
            callback_info={"id": 7},
            permission_scope=PermissionScope(permitted_staffs=["s1"]),
        )
    ],
    expire_time=86400,
)

CASES = [
    Case(
        "account_text",
        lambda c: c.messages.create_account_message(
            user_id_list=["s1"],
            department_id_list=["524288-0"],
            msg_type="text",
            msg_data=MsgData(text=TextMessage(content="notice")),
            account_id="524288-acc",
            user_token="ut",
        ),
        "POST",
        "/v1/messages/create",
        data=SENT,
        query={"user_token": "ut"},
        body={
            "userIdList": ["s1"],
            "departmentIdList": ["524288-0"],
            "msgType": "text",
            "msgData": {"text": {"content": "notice"}},
            "accountId": "524288-acc",
        },
        check=_sent,
    ),
    Case(
        "chat_text_with_common",
        lambda c: c.messages.create_chat_message(
            receiver_id="s2",
            msg_type="text",
            msg_data=MsgData(text=TextMessage(content="hi"), common=MessageCommon(notify_type=1)),
            user_token="ut",
        ),
        "POST",
        "/v1/messages/chat/create",
        data={"msgId": "m-1", "invalidStaff": ["gone"]},
        query={"user_token": "ut"},
        body={
            "receiverId": "s2",
            "msgType": "text",
            "msgData": {"text": {"content": "hi"}, "common": {"notifyType": 1}},
        },
        check=_sent,
    ),
    Case(
        "send_app_card",
        lambda c: c.messages.send(
            "s1",
            AppCardMessage(
                body_title="<div>Build</div>",
                is_dynamic=True,
                fields=[CardField(key="k", value="v")],
                links=[CardLink(title="Open", link="https://x")],
            ),
        ),
        "POST",
        "/v1/bot/messages/create",
        data=SENT,
        body={
            "userIdList": ["s1"],
            "msgType": "appCard",
            "msgData": {
                "appCard": {
                    "bodyTitle": "<div>Build</div>",
                    "isDynamic": True,
                    "fields": [{"key": "k", "value": "v"}],
                    "links": [{"title": "Open", "link": "https://x"}],
                }
            },
        },
        check=_sent,
    ),
    Case(
        "send_oacard_to_group",
        lambda c: c.messages.send("g1", OaCardMessage(title="OA", staff_id="s1"), chat_type="group", reply_to="m0"),
        "POST",
        "/v1/messages/group/create",
        data=SENT,
        body={
            "groupId": "g1",
            "msgType": "oacard",
            "msgData": {"oacard": {"title": "OA", "staffId": "s1"}},
            "refMsgId": "m0",
        },
        check=_sent,
    ),
    Case(
        "send_link_card_from_account",
        lambda c: c.messages.send("s1", LinkCardMessage(title="T", link="https://l"), chat_type="account"),
        "POST",
        "/v1/messages/create",
        data=SENT,
        body={
            "userIdList": ["s1"],
            "msgType": "linkCard",
            "msgData": {"linkCard": {"title": "T", "link": "https://l"}},
        },
        check=_sent,
    ),
    Case(
        "send_articles",
        lambda c: c.messages.send("s1", ARTICLES),
        "POST",
        "/v1/bot/messages/create",
        data=SENT,
        body={
            "userIdList": ["s1"],
            "msgType": "appArticles",
            "msgData": {
                "appArticles": [
                    {
                        "imgUrl": "https://i/1.png",
                        "title": "One",
                        "url": "https://a/1",
                        "pcUrl": "https://pc/1",
                        "summary": "s",
                    }
                ]
            },
        },
        check=_sent,
    ),
    Case(
        "send_verify_card_as_user",
        lambda c: c.messages.send(
            "s2", VerifyCardMessage(title="Verify", app_name="HR"), chat_type="user", user_token="ut"
        ),
        "POST",
        "/v1/messages/chat/create",
        data=SENT,
        query={"user_token": "ut"},
        body={
            "receiverId": "s2",
            "msgType": "verifyCard",
            "msgData": {"verifyCard": {"title": "Verify", "appName": "HR"}},
        },
        check=_sent,
    ),
    Case(
        "send_i18n_app_card",
        lambda c: c.messages.send("s1", I18nAppCardMessage(i18n_head_title=I18nText(zh_hans="标题", en="Title"))),
        "POST",
        "/v1/bot/messages/create",
        data=SENT,
        body={
            "userIdList": ["s1"],
            "msgType": "i18nAppCard",
            "msgData": {"i18nAppCard": {"i18nHeadTitle": {"zhHans": "标题", "en": "Title"}}},
        },
        check=_sent,
    ),
    Case(
        "send_approve_card",
        lambda c: c.messages.send("g1", APPROVE, chat_type="group"),
        "POST",
        "/v1/messages/group/create",
        data=SENT,
        body={
            "groupId": "g1",
            "msgType": "approveCard",
            "msgData": {
                "approveCard": {
                    "body": {"title": "Leave request", "content": {"formatType": 1, "text": "**3 days**"}},
                    "buttons": [
                        {
                            "text": "Approve",
                            "buttonTheme": "primary",
                            "state": 1,
                            "callbackInfo": {"id": 7},
                            "permissionScope": {"permittedStaffs": ["s1"]},
                        }
                    ],
                    "expireTime": 86400,
                }
            },
        },
        check=_sent,
    ),
    Case(
        "update_approve_card",
        lambda c: c.messages.update_dynamic_message(
            msg_id="m-1",
            msg_type="approveCard",
            msg_data=DynamicUpdateData(
                approve_card_update_msg=ApproveCardUpdate(
                    head_status=ApproveHeadStatus(describe="Approved", status_icon=1)
                )
            ),
        ),
        "POST",
        "/v1/messages/dynamic/update",
        data={"msgId": "m-1"},
        body={
            "msgId": "m-1",
            "msgType": "approveCard",
            "msgData": {"approveCardUpdateMsg": {"headStatus": {"describe": "Approved", "statusIcon": 1}}},
        },
        check=lambda result: None if result.msg_id == "m-1" else pytest.fail("msgId not parsed"),
    ),
    Case(
        "create_stream_message",
        lambda c: c.streams.create_stream_message(receiver_id="s1", receiver_type="staff", stream_id="ai-reply-1"),
        "POST",
        "/v1/sse/msg/create",
        data={"msgId": "st-1"},
        body={"receiverId": "s1", "receiverType": "staff", "streamId": "ai-reply-1"},
        check=lambda result: None if result.msg_id == "st-1" else pytest.fail("msgId not parsed"),
    ),
    Case(
        "fetch_stream_message",
        lambda c: c.streams.fetch_stream_message(msg_id="st-1"),
        "POST",
        "/v1/sse/msg/fetch",
        data={"msgId": "st-1", "content": "partial"},
        body={"msgId": "st-1"},
        check=lambda result: None if result.content == "partial" else pytest.fail("content not parsed"),
    ),
    Case(
        "create_ws_endpoint",
        lambda c: c.websocket.create_ws_endpoint(app_id="3064064-1", secret="app-secret"),
        "POST",
        "/v1/ws/endpoint/create",
        data={"wsEndpoint": "wss://gw/open/wss/v1?ticket=t-1", "expiresIn": 7200, "pingInterval": 20},
        body={"appId": "3064064-1", "secret": "app-secret"},
        check=lambda result: (
            None if result.ping_interval == 20 and "t-1" not in repr(result) else pytest.fail(repr(result))
        ),
        app_token=False,
    ),
]


test_wire, test_wire_async = wire_tests(CASES)


def test_not_in_group_is_permission_denied(router: respx.MockRouter) -> None:
    run_error(router, CASES[3], 30001, PermissionDeniedError)


def test_stream_error_envelope(router: respx.MockRouter) -> None:
    run_error(router, CASES[10], 10005, PermissionDeniedError)


def test_ws_endpoint_refused(router: respx.MockRouter) -> None:
    run_error(router, CASES[12], 10005, PermissionDeniedError)


def test_empty_msg_id_on_send_is_not_an_error(router: respx.MockRouter) -> None:
    """The platform leaves msgId empty for ISV apps; the send still happened."""
    router.post("/v1/bot/messages/create").respond(json=ok({"msgId": ""}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        assert client.messages.send_text("s1", "hi").msg_id == ""


def test_stream_create_without_msg_id_is_an_error(router: respx.MockRouter) -> None:
    router.post("/v1/sse/msg/create").respond(json=ok({"msgId": ""}))
    with (
        Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client,
        pytest.raises(UnexpectedResponseError, match="msgId"),
    ):
        client.streams.create_stream_message(receiver_id="s1", receiver_type="staff", stream_id="x")


BIG = "字" * 201  # 603 bytes


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.messages.send("s1", APPROVE, chat_type="account"), "msg_type must be one of"),
        (lambda c: c.messages.send("s1", ARTICLES, chat_type="user", user_token="ut"), "msg_type must be one of"),
        (lambda c: c.messages.send("s1", VerifyCardMessage(title="t"), chat_type="user"), "user_token"),
        (lambda c: c.messages.send("s1", OaCardMessage(title="t"), chat_type="account", reply_to="m"), "reply_to"),
        (lambda c: c.messages.send("s1", AppCardMessage(body_title=BIG)), "body_title is 603 bytes"),
        (lambda c: c.messages.send("s1", AppCardMessage(body_title="t", fields=[CardField()] * 11)), "at most 10"),
        (lambda c: c.messages.send("s1", AppCardMessage(body_title="t", links=[CardLink()] * 4)), "at most 3"),
        (lambda c: c.messages.send("s1", ApproveCardMessage(expire_time=2592001)), "expire_time must be at most"),
        (lambda c: c.messages.send("s1", []), "non-empty list"),
        (lambda c: c.messages.send("s1", "plain text"), "not a message body"),
        (
            lambda c: c.messages.create_bot_message(
                user_id_list=["s1"], msg_type="text", msg_data=MsgData(text=TextMessage(content="x" * 6001))
            ),
            "msg_data.text.content is 6001 bytes",
        ),
        (
            lambda c: c.messages.create_account_message(
                msg_type="text", msg_data=MsgData(text=TextMessage(content="x"))
            ),
            "at least one of: user_id_list, department_id_list",
        ),
        (
            lambda c: c.streams.create_stream_message(receiver_id="s", receiver_type="bot", stream_id="x"),
            "receiver_type",
        ),
        (
            lambda c: c.streams.create_stream_message(receiver_id="", receiver_type="staff", stream_id="x"),
            "receiver_id",
        ),
        (lambda c: c.messages.send_text("s1", "hi", chat_type="channel"), "chat_type"),
    ],
)
def test_rejected_before_any_request(call: Any, message: str) -> None:
    with respx.mock(base_url=GATEWAY) as router, Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        with pytest.raises(InvalidArgumentError, match=message):
            call(client)
        assert not router.calls


def test_channels_against_the_sandbox() -> None:
    with Sandbox() as sandbox, Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
        user_token = sandbox.user_token()
        client.messages.send("524288-1002", AppCardMessage(body_title="Build green"))
        client.messages.send("524288-1002", LinkCardMessage(title="Docs", link="https://d"), chat_type="account")
        client.messages.send("524288-1002", OaCardMessage(title="Hi"), chat_type="user", user_token=user_token)
        group = client.groups.create_group(name="Approvals", org_id="524288", staff_id_list=["524288-1002"])
        client.messages.send(str(group.group_id), APPROVE, chat_type="group")
        client.messages.send("524288-1002", ARTICLES)
        kinds = [(record["path"], record["body"]["msgType"]) for record in sandbox.state.messages]
        assert kinds == [
            ("/v1/bot/messages/create", "appCard"),
            ("/v1/messages/create", "linkCard"),
            ("/v1/messages/chat/create", "oacard"),
            ("/v1/messages/group/create", "approveCard"),
            ("/v1/bot/messages/create", "appArticles"),
        ]
        with pytest.raises(AuthenticationError):
            client.messages.send("524288-1002", OaCardMessage(title="x"), chat_type="user", user_token="not-a-token")


@pytest.mark.anyio
async def test_streams_and_ws_endpoint_against_the_sandbox() -> None:
    with Sandbox() as sandbox:
        async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
            created = await client.streams.create_stream_message(
                receiver_id="524288-1002", receiver_type="staff", stream_id="ai-reply-7"
            )
            again = await client.streams.create_stream_message(
                receiver_id="524288-1002", receiver_type="staff", stream_id="ai-reply-7"
            )
            assert again.msg_id == created.msg_id
            fetched = await client.streams.fetch_stream_message(msg_id=created.msg_id)
            assert fetched is not None and fetched["streamId"] == "ai-reply-7"
            endpoint = await client.websocket.create_ws_endpoint(app_id=sandbox.app_id, secret=sandbox.app_secret)
            assert endpoint.ws_endpoint.startswith("ws://127.0.0.1:")
            assert (
                await client.websocket.create_ws_endpoint(app_id=sandbox.app_id, secret=sandbox.app_secret)
            ).ws_endpoint == endpoint.ws_endpoint
            with pytest.raises(APIError) as refused:
                await client.websocket.create_ws_endpoint(app_id=sandbox.app_id, secret="wrong")
            assert "wrong" not in str(refused.value)
        ws_requests = [keys for method, path, keys in sandbox.state.requests if path == "/v1/ws/endpoint/create"]
        assert ws_requests and all(keys == [] for keys in ws_requests), "the endpoint call carries no app_token"


def test_user_identity_stays_on_its_own_call(router: respx.MockRouter) -> None:
    """user_token and user_id are per call: the next call goes out as the app again."""
    sends = router.post("/v1/bot/messages/create").respond(json=ok(SENT))
    primary = router.get("/v1/calendars/primary").respond(json=ok({"calendarId": "c-1"}))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.messages.send_text("s1", "as a user", user_token="ut")
        client.messages.send_text("s1", "as the app")
        client.calendars.fetch_primary_calendar(user_id="s9")
        client.calendars.fetch_primary_calendar()
    assert [dict(call.request.url.params) for call in sends.calls] == [
        {"app_token": TOKEN, "user_token": "ut"},
        {"app_token": TOKEN},
    ]
    assert [dict(call.request.url.params) for call in primary.calls] == [
        {"app_token": TOKEN, "user_id": "s9"},
        {"app_token": TOKEN},
    ]
