"""Notifications, installations, webhooks, bot commands, chats, reminders, more media and group shares: what
the platform receives for each call, and the typed answers the calls return."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from lansenger import (
    APIError,
    AsyncLansenger,
    InvalidArgumentError,
    InvalidRequestError,
    Lansenger,
    NotFoundError,
    hook_sign,
)
from lansenger import _webhooks as hooks_module
from lansenger_api.models.bot_command import BotCommand
from lansenger_api.models.bot_command_list import BotCommandList
from lansenger_api.models.bot_command_scope_type import (
    BOT_COMMAND_SCOPE_TYPE_ALL_GROUPS,
    BOT_COMMAND_SCOPE_TYPE_GROUP_MEMBER,
)
from lansenger_api.models.chat_list import ChatList
from lansenger_api.models.chat_list_type import CHAT_LIST_TYPE_PRIVATE
from lansenger_api.models.chat_message_info import ChatMessageInfo
from lansenger_api.models.chat_message_info_content import ChatMessageInfoContent
from lansenger_api.models.chat_messages_page import ChatMessagesPage
from lansenger_api.models.chat_notification_state import ChatNotificationState
from lansenger_api.models.chat_notification_status import ChatNotificationStatus
from lansenger_api.models.group_share import GroupShare
from lansenger_api.models.js_api_token import JsApiToken
from lansenger_api.models.link_card_message import LinkCardMessage
from lansenger_api.models.media_path import MediaPath
from lansenger_api.models.message_ack import MessageAck
from lansenger_api.models.msg_data import MsgData
from lansenger_api.models.notification_event import NotificationEvent
from lansenger_api.models.notification_messages_sent import NotificationMessagesSent
from lansenger_api.models.notification_push_data import NotificationPushData
from lansenger_api.models.notifications_accepted import NotificationsAccepted
from lansenger_api.models.oa_card_message import OaCardMessage
from lansenger_api.models.roaming_org_state import ROAMING_ORG_STATE_REMOVED
from lansenger_api.models.roaming_orgs_page import RoamingOrgsPage
from lansenger_api.models.text_message import TextMessage
from lansenger_api.models.uploaded_media import UploadedMedia
from lansenger_api.models.urgent_reminder_type import URGENT_REMINDER_TYPE_POPUP, URGENT_REMINDER_TYPE_SMS
from lansenger_api.types import UNSET

from tests._envelopes import GATEWAY, TOKEN, failed, ok
from tests._wire import Case, run_error, wire_tests

ORG = "524288"
ADA, GRACE = f"{ORG}-1001", f"{ORG}-1002"
GROUP = "g-100"
HOOK_TOKEN = "524288-hOoKtOkEn"
HOOK_SECRET = "SEC0123456789abcdef"
HOOK_PATH = "/v1/bot/hook/messages/create"
TEXT = {"text": {"content": "hi"}}


def check_jsapi(token: JsApiToken) -> None:
    assert (token.js_api_token, token.expires_in) == ("jsapi-secret-1", 7200)
    assert "jsapi-secret-1" not in repr(token)


def check_state(state: ChatNotificationState) -> None:
    assert isinstance(state, ChatNotificationState) and state.no_disturb == "true"


def check_accepted(accepted: NotificationsAccepted | None) -> None:
    assert isinstance(accepted, NotificationsAccepted) and accepted.additional_properties == {"future": 1}


def check_notification_sent(sent: NotificationMessagesSent) -> None:
    assert sent.msg_ids == ["nm-1"]
    assert isinstance(sent.status, list)
    assert [(status.err_code, status.err_msg) for status in sent.status] == [(0, "ok"), (50001, "user not found")]


def check_roaming(page: RoamingOrgsPage) -> None:
    assert isinstance(page.org_list, list)
    assert [(org.org_id, org.org_name, org.state) for org in page.org_list] == [
        (ORG, "Sandbox Org", 0),
        ("600001", "Partner", ROAMING_ORG_STATE_REMOVED),
    ]
    assert (page.has_more, page.latest_version) == (True, "1700000000000002")


def check_ack(ack: MessageAck | None) -> None:
    assert isinstance(ack, MessageAck) and ack.msg_id == "hm-1"


def check_none(result: object) -> None:
    assert result is None


def check_chats(chats: ChatList) -> None:
    assert isinstance(chats.staff_id_infos, list) and isinstance(chats.group_id_infos, list)
    staff = chats.staff_id_infos[0]
    assert (staff.staff_id, staff.staff_name, staff.sector_name) == (GRACE, "Grace Hopper", ["Engineering"])
    assert staff.additional_properties == {"sectorNames": ["Engineering"]}
    assert [(group.group_id, group.group_name) for group in chats.group_id_infos] == [(GROUP, "Release crew")]


def check_history(page: ChatMessagesPage) -> None:
    assert (page.total, page.has_more, page.last_version, page.name, page.chat_type) == (
        3,
        True,
        "1700000000000010",
        "Release crew",
        "group",
    )
    assert isinstance(page.message_list, list)
    item = page.message_list[0]
    assert (item.name, item.chat_type) == ("Release crew", "group")
    info = item.message_info
    assert isinstance(info, ChatMessageInfo)
    assert (info.send_time, info.sender, info.type_) == ("2023-11-15 06:13:20", "Ada Lovelace", "text")
    assert isinstance(info.content, ChatMessageInfoContent)
    assert info.content.additional_properties == {"text": "hello", "attachments": []}


def check_commands(found: BotCommandList) -> None:
    assert (found.scope_type, found.chat_id, found.chat_type, found.staff_id) == (1, GROUP, "group", ADA)
    assert isinstance(found.commands, list)
    assert [(command.command, command.description, command.icon) for command in found.commands] == [
        ("help", "Show help", UNSET)
    ]


def check_media_path(path: MediaPath) -> None:
    assert (path.media_path, path.name, path.type_, path.size) == ("https://dl.example/f?t=1", "a.pdf", "file", 1024)


def check_uploaded(media: UploadedMedia) -> None:
    assert media.media_id == "md-9"


def check_group_share(share: GroupShare) -> None:
    assert share.share_id == "gs-1"


COMMAND = BotCommand(command="help", description="Show help", icon="https://icons.example/help.png")
COMMAND_WIRE = {"command": "help", "description": "Show help", "icon": "https://icons.example/help.png"}

CASES = [
    Case(
        "create_jsapi_token",
        lambda c: c.auth.create_jsapi_token(user_token="ut-1"),
        "GET",
        "/v1/jsapitoken/create",
        data={"jsApiToken": "jsapi-secret-1", "expiresIn": 7200},
        query={"user_token": "ut-1"},
        check=check_jsapi,
    ),
    Case(
        "fetch_chat_notification",
        lambda c: c.notifications.fetch_chat_notification(ADA),
        "GET",
        f"/v1/chat/notification/{ADA}/fetch",
        data={"noDisturb": "true"},
        check=check_state,
    ),
    Case(
        "update_chat_notifications",
        lambda c: c.notifications.update_chat_notifications(
            status_list=[
                ChatNotificationStatus(user_id=ADA, no_disturb="true", base_version="1700000000000001"),
                ChatNotificationStatus(user_id=GRACE, unread_count=0, uuid="u-1"),
            ]
        ),
        "POST",
        "/v2/chat/notification/update",
        data={"future": 1},
        body={
            "statusList": [
                {"userId": ADA, "noDisturb": "true", "baseVersion": "1700000000000001"},
                {"userId": GRACE, "unreadCount": 0, "uuid": "u-1"},
            ]
        },
        check=check_accepted,
    ),
    Case(
        "create_notification_message",
        lambda c: c.notifications.create_notification_message(
            receiver_ids=[ADA, "ghost"],
            msg_type="text",
            msg_data=MsgData(text=TextMessage(content="hi")),
            sender_id=GRACE,
            uuid="dedup-1",
        ),
        "POST",
        "/v1/messages/notification/create",
        data={
            "msgIds": ["nm-1"],
            "status": [{"errCode": 0, "errMsg": "ok"}, {"errCode": 50001, "errMsg": "user not found"}],
        },
        body={"receiverIds": [ADA, "ghost"], "msgType": "text", "msgData": TEXT, "senderId": GRACE, "uuid": "dedup-1"},
        check=check_notification_sent,
    ),
    Case(
        "create_event_notification",
        lambda c: c.notifications.create_event_notification(
            events=[
                NotificationEvent(
                    event_type="app_changes",
                    receiver_ids=[ADA],
                    entry_id="entry-1",
                    event_data='{"badge": 3}',
                    device_type=3,
                    expires=0,
                    version=1700000000000000,
                    push_data=NotificationPushData(title="Badge", content="3 new"),
                )
            ],
            user_token="ut-1",
        ),
        "POST",
        "/v2/event/notification/create",
        data={"future": 1},
        query={"user_token": "ut-1"},
        body={
            "events": [
                {
                    "eventType": "app_changes",
                    "receiverIds": [ADA],
                    "entryId": "entry-1",
                    "eventData": '{"badge": 3}',
                    "deviceType": 3,
                    "expires": 0,
                    "version": 1700000000000000,
                    "pushData": {"title": "Badge", "content": "3 new"},
                }
            ]
        },
        check=check_accepted,
    ),
    Case(
        "list_roaming_orgs",
        lambda c: c.apps.list_roaming_orgs(page_size=2, base_version="1700000000000000"),
        "GET",
        "/v1/app/roaming/orgs/fetch",
        data={
            "orgList": [
                {"orgId": ORG, "orgName": "Sandbox Org", "state": 0},
                {"orgId": "600001", "orgName": "Partner", "state": 1},
            ],
            "hasMore": True,
            "latestVersion": "1700000000000002",
        },
        query={"page_size": "2", "base_version": "1700000000000000"},
        check=check_roaming,
    ),
    Case(
        "list_roaming_orgs_first_call",
        lambda c: c.apps.list_roaming_orgs(),
        "GET",
        "/v1/app/roaming/orgs/fetch",
        data={"orgList": [], "hasMore": False, "latestVersion": "0"},
        query={"page_size": "1000", "base_version": "0"},
    ),
    Case(
        "create_hook_message",
        lambda c: c.webhooks.create_hook_message(
            hook_token=HOOK_TOKEN,
            msg_type="text",
            msg_data=MsgData(text=TextMessage(content="hi")),
            timestamp="1",
            sign="s",
        ),
        "POST",
        HOOK_PATH,
        data={"msgId": "hm-1"},
        query={"hook_token": HOOK_TOKEN},
        body={"timestamp": "1", "sign": "s", "msgType": "text", "msgData": TEXT},
        check=check_ack,
        app_token=False,
    ),
    Case(
        "create_message_reminder",
        lambda c: c.messages.create_message_reminder(
            msg_id="m-1", reminder_types=[URGENT_REMINDER_TYPE_POPUP, URGENT_REMINDER_TYPE_SMS], user_id_list=[ADA]
        ),
        "POST",
        "/v1/messages/reminder/create",
        data={},
        body={"msgId": "m-1", "reminderTypes": [1, 2], "userIdList": [ADA]},
        check=check_none,
    ),
    Case(
        "list_chats",
        lambda c: c.messages.list_chats(
            chat_type=CHAT_LIST_TYPE_PRIVATE, keyword="Gra", start_time=1700000000000000, user_token="ut-1"
        ),
        "POST",
        "/v1/chats/fetch",
        data={
            "staffIdInfos": [
                {
                    "staffId": GRACE,
                    "staffName": "Grace Hopper",
                    "sectorName": ["Engineering"],
                    "sectorNames": ["Engineering"],
                }
            ],
            "groupIdInfos": [{"groupId": GROUP, "groupName": "Release crew"}],
        },
        query={"user_token": "ut-1"},
        body={"chatType": 1, "keyword": "Gra", "startTime": 1700000000000000},
        check=check_chats,
    ),
    Case(
        "list_chats_unfiltered",
        lambda c: c.messages.list_chats(),
        "POST",
        "/v1/chats/fetch",
        data={"staffIdInfos": [], "groupIdInfos": []},
        body={},
    ),
    Case(
        "list_chat_messages",
        lambda c: c.messages.list_chat_messages(
            group_id=GROUP, sender_id=ADA, end_time=1800000000000000, page_size=1, base_version="1700000000000009"
        ),
        "POST",
        "/v1/messages/fetch",
        data={
            "total": 3,
            "hasMore": True,
            "lastVersion": "1700000000000010",
            "name": "Release crew",
            "chatType": "group",
            "messageList": [
                {
                    "name": "Release crew",
                    "chatType": "group",
                    "messageInfo": {
                        "sendTime": "2023-11-15 06:13:20",
                        "sender": "Ada Lovelace",
                        "type": "text",
                        "content": {"text": "hello", "attachments": []},
                    },
                }
            ],
        },
        query={"page_size": "1", "base_version": "1700000000000009"},
        body={"groupId": GROUP, "senderId": ADA, "endTime": 1800000000000000},
        check=check_history,
    ),
    Case(
        "list_chat_messages_first_page",
        lambda c: c.messages.list_chat_messages(staff_id=GRACE, user_token="ut-1"),
        "POST",
        "/v1/messages/fetch",
        data={"total": 0, "hasMore": False, "lastVersion": "0", "messageList": []},
        query={"page_size": "100", "base_version": "0", "user_token": "ut-1"},
        body={"staffId": GRACE},
    ),
    Case(
        "create_bot_commands",
        lambda c: c.bots.create_bot_commands(
            scope_type=BOT_COMMAND_SCOPE_TYPE_GROUP_MEMBER,
            chat_id=GROUP,
            chat_type="group",
            staff_id=ADA,
            commands=[
                COMMAND,
                BotCommand(command="deploy", description="Deploy", i18n_description={"en": "Deploy", "zhHans": "部署"}),
            ],
        ),
        "POST",
        "/v1/bot/commands/create",
        data={},
        body={
            "scopeType": 1,
            "chatId": GROUP,
            "chatType": "group",
            "staffId": ADA,
            "commands": [
                COMMAND_WIRE,
                {"command": "deploy", "description": "Deploy", "i18nDescription": {"en": "Deploy", "zhHans": "部署"}},
            ],
        },
        check=check_none,
    ),
    Case(
        "fetch_bot_commands",
        lambda c: c.bots.fetch_bot_commands(
            scope_type=BOT_COMMAND_SCOPE_TYPE_GROUP_MEMBER, chat_id=GROUP, chat_type="group", staff_id=ADA
        ),
        "POST",
        "/v1/bot/commands/fetch",
        data={
            "scopeType": 1,
            "chatId": GROUP,
            "chatType": "group",
            "staffId": ADA,
            "commands": [{"command": "help", "description": "Show help"}],
        },
        body={"scopeType": 1, "chatId": GROUP, "chatType": "group", "staffId": ADA},
        check=check_commands,
    ),
    Case(
        "delete_bot_commands",
        lambda c: c.bots.delete_bot_commands(scope_type=BOT_COMMAND_SCOPE_TYPE_ALL_GROUPS),
        "POST",
        "/v1/bot/commands/delete",
        data={},
        body={"scopeType": 5},
        check=check_none,
    ),
    Case(
        "fetch_media_path",
        lambda c: c.media.fetch_media_path("md-1", user_token="ut-1"),
        "GET",
        "/v1/medias/md-1/path/fetch",
        data={"mediaPath": "https://dl.example/f?t=1", "name": "a.pdf", "type": "file", "size": 1024},
        query={"user_token": "ut-1"},
        check=check_media_path,
    ),
    Case(
        "create_group_share",
        lambda c: c.groups.create_group_share(GROUP, user_token="ut-1"),
        "POST",
        f"/v2/groups/{GROUP}/share/create",
        data={"shareId": "gs-1"},
        query={"user_token": "ut-1"},
        body={},
        check=check_group_share,
    ),
    Case(
        "reply_to_in_private_chat",
        lambda c: c.messages.send(ADA, OaCardMessage(title="Done"), reply_to="m-0"),
        "POST",
        "/v1/bot/messages/create",
        data={"msgId": "m-2"},
        body={"userIdList": [ADA], "msgType": "oacard", "msgData": {"oacard": {"title": "Done"}}, "refMsgId": "m-0"},
    ),
    Case(
        "reply_to_in_group_chat",
        lambda c: c.messages.send(GROUP, TextMessage(content="on it"), chat_type="group", reply_to="m-0"),
        "POST",
        "/v1/messages/group/create",
        data={"msgId": "m-3"},
        body={"groupId": GROUP, "msgType": "text", "msgData": {"text": {"content": "on it"}}, "refMsgId": "m-0"},
    ),
]


test_wire, test_wire_async = wire_tests(CASES)


def case(name: str) -> Case:
    return next(found for found in CASES if found.id == name)


@pytest.mark.parametrize(
    ("name", "code", "error"),
    [
        ("create_jsapi_token", 10005, APIError),
        ("fetch_chat_notification", 50001, NotFoundError),
        ("list_roaming_orgs", 40001, InvalidRequestError),
        ("create_hook_message", 40001, InvalidRequestError),
        ("list_chat_messages", 63002, InvalidRequestError),
        ("list_chats", 63001, APIError),
        ("create_message_reminder", 64001, NotFoundError),
        ("fetch_bot_commands", 40001, InvalidRequestError),
        ("fetch_media_path", 64001, NotFoundError),
        ("create_group_share", 30001, APIError),
    ],
)
def test_error_envelopes_raise_typed_errors(router: respx.MockRouter, name: str, code: int, error: type) -> None:
    run_error(router, case(name), code, error)


def test_the_answer_may_leave_out_data(router: respx.MockRouter) -> None:
    """Envelope-only successes: the webhook send still reports success, the notification update returns None."""
    router.post(HOOK_PATH).respond(json=ok())
    router.post("/v2/chat/notification/update").respond(json=ok())
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        assert client.webhooks.send_text(HOOK_TOKEN, "hi") == MessageAck()
        status = ChatNotificationStatus(user_id=ADA, unread_count=2)
        assert client.notifications.update_chat_notifications(status_list=[status]) is None


def test_hook_sign_matches_the_documented_algorithm() -> None:
    """Base64(HMAC-SHA256(key=f"{timestamp}@{secret}", message=b"")), computed here from the description alone."""
    by_hand = base64.b64encode(hmac.new(b"1599360473@" + HOOK_SECRET.encode(), b"", hashlib.sha256).digest())
    assert hook_sign(1599360473, HOOK_SECRET) == by_hand.decode() == "k5F6/fY67eSR3a5Kg+tdCH+ckZ7tbkHc58k7r9dEj0o="
    assert hook_sign("1599360473", HOOK_SECRET) == hook_sign(1599360473, HOOK_SECRET)
    assert hook_sign(1599360474, HOOK_SECRET) != hook_sign(1599360473, HOOK_SECRET)
    with pytest.raises(InvalidArgumentError, match="secret"):
        hook_sign(1599360473, "")


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(hooks_module, "_unix_seconds", lambda: 1599360473)
    return 1599360473


def test_signed_webhook_text_on_the_wire(router: respx.MockRouter, frozen_clock: int) -> None:
    route = router.post(HOOK_PATH).respond(json=ok({"msgId": "hm-1"}))
    url = f"https://gw.example.test/open/apigw{HOOK_PATH}?hook_token={HOOK_TOKEN}"
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        ack = client.webhooks.send_text(url, "deploy done", secret=HOOK_SECRET, mentions=[ADA])
    assert ack.msg_id == "hm-1"
    request = route.calls.last.request
    assert dict(request.url.params) == {"hook_token": HOOK_TOKEN}
    assert json.loads(request.content) == {
        "timestamp": str(frozen_clock),
        "sign": "k5F6/fY67eSR3a5Kg+tdCH+ckZ7tbkHc58k7r9dEj0o=",
        "msgType": "text",
        "msgData": {"text": {"content": "deploy done", "reminder": {"all": False, "userIds": [ADA], "botIds": []}}},
    }


@pytest.mark.anyio
async def test_unsigned_webhook_card_async_with_app_token(router: respx.MockRouter) -> None:
    route = router.post(HOOK_PATH).respond(json=ok({"msgId": "hm-2"}))
    card = LinkCardMessage(title="Build", link="https://ci.example/1")
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        ack = await client.webhooks.send(HOOK_TOKEN, card, app_token=await client.app_token())
    assert ack.msg_id == "hm-2"
    request = route.calls.last.request
    assert dict(request.url.params) == {"hook_token": HOOK_TOKEN, "app_token": TOKEN}
    assert json.loads(request.content) == {
        "msgType": "linkCard",
        "msgData": {"linkCard": {"title": "Build", "link": "https://ci.example/1"}},
    }


@pytest.mark.anyio
async def test_signed_webhook_async(router: respx.MockRouter, frozen_clock: int) -> None:
    route = router.post(HOOK_PATH).respond(json=ok({"msgId": "hm-3"}))
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        await client.webhooks.send_text(HOOK_TOKEN, "hi", secret=HOOK_SECRET)
    sent = json.loads(route.calls.last.request.content)
    assert (sent["timestamp"], sent["sign"]) == (str(frozen_clock), hook_sign(frozen_clock, HOOK_SECRET))


def test_webhook_credentials_stay_out_of_logs(router: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    router.post(HOOK_PATH).respond(json=ok({"msgId": "hm-1"}))
    with caplog.at_level(logging.DEBUG), Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        client.webhooks.send_text(HOOK_TOKEN, "hi", secret=HOOK_SECRET)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "hook_token=***" in logged
    assert HOOK_TOKEN not in logged and HOOK_SECRET not in logged


def test_upload_as_a_user_goes_to_app_upload_v2(router: respx.MockRouter, tmp_path: Path) -> None:
    route = router.post("/v2/app/medias/create").respond(json=ok({"mediaId": "md-9"}))
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64)
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        check_uploaded(client.media.upload(clip, duration=12, user_token="ut-1"))
    request = route.calls.last.request
    assert dict(request.url.params) == {"app_token": TOKEN, "type": "video", "user_token": "ut-1", "duration": "12"}
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="media"; filename="clip.mp4"' in request.content


@pytest.mark.anyio
async def test_upload_app_media_v2_operation_async(router: respx.MockRouter) -> None:
    from lansenger_api.types import File

    route = router.post("/v2/app/medias/create").respond(json=ok({"mediaId": "md-9"}))
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        media = await client.media.upload_app_media_v2(
            media=File(payload=b"%PDF-1.4", file_name="a.pdf"), type_="file", user_token="ut-1", context="ctx"
        )
    check_uploaded(media)
    expected = {"app_token": TOKEN, "type": "file", "user_token": "ut-1", "context": "ctx"}
    assert dict(route.calls.last.request.url.params) == expected


def test_shared_media_streams_to_disk(router: respx.MockRouter, tmp_path: Path) -> None:
    payload = bytes(range(256)) * 700
    route = router.get("/v1/media/share/sh%2F1/fetch").respond(
        content=payload, headers={"content-type": "application/pdf"}
    )
    target = tmp_path / "shared.pdf"
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        assert client.media.download_shared("sh/1", target, user_token="ut-1") == len(payload)
        assert client.media.fetch_shared_media("sh/1") == payload
    assert target.read_bytes() == payload
    assert dict(route.calls[0].request.url.params) == {"app_token": TOKEN, "user_token": "ut-1"}


@pytest.mark.anyio
async def test_shared_media_async_and_its_error_envelope(router: respx.MockRouter, tmp_path: Path) -> None:
    router.get("/v1/media/share/sh-1/fetch").respond(content=b"bytes", headers={"content-type": "image/png"})
    router.get("/v1/media/share/gone/fetch").respond(json=failed(64001, "share not found"))
    target = tmp_path / "kept.png"
    target.write_bytes(b"old")
    async with AsyncLansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        assert await client.media.download_shared("sh-1", tmp_path / "new.png") == 5
        assert await client.media.fetch_shared_media("sh-1") == b"bytes"
        with pytest.raises(NotFoundError) as raised:
            await client.media.download_shared("gone", target)
    assert raised.value.err_code == 64001
    assert target.read_bytes() == b"old"


def test_shared_media_error_envelope_sync(router: respx.MockRouter) -> None:
    router.get("/v1/media/share/gone/fetch").respond(json=failed(64001, "share not found"))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client, pytest.raises(NotFoundError):
        client.media.fetch_shared_media("gone")


BAD_INPUT: list[tuple[Callable[[Lansenger], Any], str]] = [
    (lambda c: c.messages.create_message_reminder(msg_id="m", reminder_types=[4], user_id_list=[ADA]), "one of"),
    (
        lambda c: c.messages.create_message_reminder(msg_id="m", reminder_types=[1], user_id_list=[]),
        "user_id_list must not",
    ),
    (
        lambda c: c.messages.create_message_reminder(msg_id="m", reminder_types=[], user_id_list=[ADA]),
        "reminder_types must not",
    ),
    (
        lambda c: c.messages.create_message_reminder(msg_id="m", reminder_types=[1], user_id_list=["s"] * 101),
        "at most 100",
    ),
    (lambda c: c.messages.list_chat_messages(), "staff_id, group_id"),
    (lambda c: c.messages.list_chat_messages(staff_id=GRACE, page_size=101), "at most 100"),
    (lambda c: c.messages.list_chats(chat_type=3), "one of"),
    (lambda c: c.bots.create_bot_commands(scope_type=8, commands=[COMMAND]), "one of"),
    (lambda c: c.bots.create_bot_commands(scope_type=7, commands=[]), "commands must not be empty"),
    (
        lambda c: c.bots.create_bot_commands(scope_type=7, commands=[BotCommand(command="", description="d")]),
        "at least 1",
    ),
    (lambda c: c.bots.fetch_bot_commands(scope_type=3, chat_id=GROUP, chat_type="channel"), "one of"),
    (lambda c: c.apps.list_roaming_orgs(page_size=1001), "at most 1000"),
    (lambda c: c.apps.list_roaming_orgs(base_version=""), "empty"),
    (lambda c: c.notifications.update_chat_notifications(status_list=[]), "status_list must not be empty"),
    (
        lambda c: c.notifications.update_chat_notifications(status_list=[ChatNotificationStatus(user_id=ADA)]),
        "no_disturb, unread_count",
    ),
    (
        lambda c: c.notifications.update_chat_notifications(
            status_list=[ChatNotificationStatus(user_id=ADA, no_disturb="yes")]
        ),
        "one of",
    ),
    (
        lambda c: c.notifications.create_notification_message(
            receiver_ids=["s"] * 1001, msg_type="text", msg_data=MsgData(text=TextMessage(content="x"))
        ),
        "at most 1000",
    ),
    (
        lambda c: c.notifications.create_event_notification(
            events=[NotificationEvent(event_type="app_changes", device_type=32)]
        ),
        "at most 31",
    ),
    (lambda c: c.notifications.create_event_notification(events=[]), "events must not be empty"),
    (lambda c: c.notifications.fetch_chat_notification(""), "empty"),
    (lambda c: c.webhooks.create_hook_message(hook_token="", msg_type="text", msg_data=MsgData()), "empty"),
    (lambda c: c.webhooks.send_text(" ", "hi"), "hook_token or its URL"),
    (lambda c: c.webhooks.send_text(f"https://gw.example.test{HOOK_PATH}?hook_token=", "hi"), "exactly one"),
    (lambda c: c.webhooks.send_text(HOOK_TOKEN, "hi", secret=""), "secret"),
    (lambda c: c.webhooks.send_text(HOOK_TOKEN, "x" * 6001), "6000"),
    (lambda c: c.media.fetch_media_path(""), "empty"),
    (lambda c: c.media.download_shared("", "x.bin"), "empty"),
    (lambda c: c.groups.create_group_share(""), "empty"),
]


@pytest.mark.parametrize(("call", "message"), BAD_INPUT)
def test_bad_input_is_refused_before_any_request(
    router: respx.MockRouter,
    call: Callable[[Lansenger], Any],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client, pytest.raises(InvalidArgumentError, match=message):
        call(client)
    assert all(route.call_count == 0 for route in router.routes)


def test_user_upload_checks_the_file_before_any_request(router: respx.MockRouter, tmp_path: Path) -> None:
    with (
        Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client,
        pytest.raises(InvalidArgumentError, match="no such"),
    ):
        client.media.upload(tmp_path / "missing.png", user_token="ut-1")
    assert all(route.call_count == 0 for route in router.routes)


def test_error_answer_of_the_webhook_is_typed(router: respx.MockRouter) -> None:
    router.post(HOOK_PATH).mock(return_value=httpx.Response(200, json=failed(40001, "hook_token: no such webhook")))
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client, pytest.raises(InvalidRequestError) as raised:
        client.webhooks.send(HOOK_TOKEN, TextMessage(content="hi"))
    assert raised.value.err_code == 40001
