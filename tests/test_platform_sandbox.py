"""Notification messages, webhooks, chats and more media, end to
end against the sandbox gateway over real loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from lansenger import (
    AsyncLansenger,
    AuthenticationError,
    InvalidRequestError,
    Lansenger,
    NotFoundError,
    PermissionDeniedError,
)
from lansenger.testing import Sandbox
from lansenger.testing._directory import ORG_ID
from lansenger.testing._routes_channels import HookStore
from lansenger_api.models.bot_command import BotCommand
from lansenger_api.models.chat_message_info import ChatMessageInfo
from lansenger_api.models.chat_messages_page import ChatMessagesPage
from lansenger_api.models.link_card_message import LinkCardMessage
from lansenger_api.models.msg_data import MsgData
from lansenger_api.models.text_message import TextMessage
from lansenger_api.types import File

ADA, GRACE, ALAN, EDSGER, BARBARA, MARY = (f"{ORG_ID}-{1000 + n}" for n in range(1, 7))
HELP = BotCommand(command="help", description="Show help")
T = TypeVar("T")
DEPLOY = BotCommand(command="deploy", description="Deploy the build", icon="https://icons.example/deploy.png")


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as gateway:
        yield gateway


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Lansenger]:
    with Lansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as lansenger:
        yield lansenger


def new_group(client: Lansenger, *members: str) -> str:
    group_id = client.groups.create_group(name="Release crew", org_id=ORG_ID, owner_id=ADA, staff_id_list=list(members))
    assert isinstance(group_id.group_id, str)
    return group_id.group_id


def texts(page: ChatMessagesPage) -> list[tuple[str, str]]:
    """(sender, text) of each message of a history page."""
    assert isinstance(page.message_list, list)
    found = []
    for item in page.message_list:
        info = item.message_info
        assert isinstance(info, ChatMessageInfo) and isinstance(info.sender, str)
        found.append((info.sender, info.content["text"]))
    return found


def test_notification_messages_go_to_each_known_receiver(sandbox: Sandbox, client: Lansenger) -> None:
    hello = MsgData(text=TextMessage(content="Your leave was approved"))
    sent = client.notifications.create_notification_message(
        receiver_ids=[ADA, "ghost", GRACE], msg_type="text", msg_data=hello, sender_id=MARY
    )
    assert isinstance(sent.msg_ids, list) and len(sent.msg_ids) == 2
    assert isinstance(sent.status, list)
    assert [status.err_code for status in sent.status] == [0, 50001, 0]
    with pytest.raises(InvalidRequestError, match="senderId"):
        client.notifications.create_notification_message(receiver_ids=[ADA], msg_type="text", msg_data=hello)
    as_user = client.notifications.create_notification_message(
        receiver_ids=[ALAN], msg_type="text", msg_data=hello, user_token=sandbox.user_token(MARY)
    )
    assert isinstance(as_user.msg_ids, list) and len(as_user.msg_ids) == 1

    assert [record["body"]["receiverIds"] for record in sandbox.state.messages] == [[ADA], [GRACE], [ALAN]]


def test_group_webhooks_sign_and_land_in_the_group_chat(sandbox: Sandbox, client: Lansenger) -> None:
    group_id = new_group(client, GRACE)
    hooks = sandbox.state.domain(HookStore.KEY, HookStore)
    signed = hooks.create(group_id, secret="S3cret-Value", name="CI")
    assert "S3cret" not in repr(signed) and signed.token not in repr(signed)
    url = f"{sandbox.url}/v1/bot/hook/messages/create?hook_token={signed.token}"
    ack = client.webhooks.send_text(url, "build 42 is green", secret="S3cret-Value", mentions=[GRACE])
    assert isinstance(ack.msg_id, str)
    for wrong in ({"secret": "not-it"}, {}):
        with pytest.raises(InvalidRequestError):
            client.webhooks.send_text(signed.token, "forged", **wrong)
    with pytest.raises(InvalidRequestError, match="no such webhook"):
        client.webhooks.send_text("524288-unknown", "hi")

    plain = hooks.create(group_id)
    client.webhooks.send(plain.token, LinkCardMessage(title="Release notes", link="https://notes.example/42"))
    client.webhooks.send_text(plain.token, "with app token", app_token=client.app_token())

    page = client.messages.list_chat_messages(group_id=group_id)
    assert page.total == 3 and isinstance(page.message_list, list)
    senders = [item.message_info.sender for item in page.message_list if isinstance(item.message_info, ChatMessageInfo)]
    assert senders == ["CI", "Webhook Bot", "Webhook Bot"]
    card = page.message_list[1].message_info
    assert isinstance(card, ChatMessageInfo) and card.type_ == "linkCard"
    assert card.content["title"] == "Release notes"
    assert sandbox.state.messages[0]["body"]["groupId"] == group_id
    assert "sign" not in sandbox.state.messages[0]["body"]

    client.groups.delete_group(group_id)
    with pytest.raises(NotFoundError):
        client.webhooks.send_text(plain.token, "too late")


def test_chats_and_their_history(sandbox: Sandbox, client: Lansenger) -> None:
    ada = sandbox.user_token(ADA)
    group_id = new_group(client, GRACE, ALAN)
    first = client.messages.send_text(GRACE, "hello from the bot")
    with pytest.raises(NotFoundError):
        client.messages.send("user-nope", TextMessage(content="x"), chat_type="staff")
    client.messages.send(MARY, TextMessage(content="x"), chat_type="staff")
    client.messages.send_text(GRACE, "hi Grace", chat_type="user", user_token=ada)
    for number in range(5):
        sender = ada if number % 2 == 0 else sandbox.user_token(GRACE)
        client.messages.send_text(group_id, f"update {number}", chat_type="group", user_token=sender)
    client.messages.send_markdown(group_id, "**bot** note", chat_type="group", reply_to=first.msg_id)

    as_app = client.messages.list_chats()
    assert isinstance(as_app.staff_id_infos, list) and isinstance(as_app.group_id_infos, list)
    assert [(info.staff_id, info.staff_name) for info in as_app.staff_id_infos] == [
        (MARY, "Mary Jackson"),
        (GRACE, "Grace Hopper"),
    ]
    assert as_app.staff_id_infos[1].sector_name == ["Engineering"]
    assert [(info.group_id, info.group_name) for info in as_app.group_id_infos] == [(group_id, "Release crew")]

    as_ada = client.messages.list_chats(user_token=ada)
    assert [info.staff_id for info in as_ada.staff_id_infos or []] == [GRACE]
    assert [info.group_id for info in as_ada.group_id_infos or []] == [group_id]
    assert client.messages.list_chats(chat_type=2, user_token=ada).staff_id_infos == []
    assert client.messages.list_chats(chat_type=1, keyword="grace").staff_id_infos != []
    assert client.messages.list_chats(chat_type=1, keyword="nobody").staff_id_infos == []
    assert client.messages.list_chats(user_token=sandbox.user_token(MARY)).group_id_infos == []
    later = client.messages.list_chats(start_time=2**62)
    assert (later.staff_id_infos, later.group_id_infos) == ([], [])

    walked, cursor, pages = [], "0", 0
    while True:
        page = client.messages.list_chat_messages(group_id=group_id, page_size=2, base_version=cursor, user_token=ada)
        pages += 1
        assert (page.total, page.name, page.chat_type) == (6, "Release crew", "group")
        walked += texts(page)
        assert isinstance(page.last_version, str)
        cursor = page.last_version
        if not page.has_more:
            break
    assert pages == 3
    assert walked == [
        ("Ada Lovelace", "update 0"),
        ("Grace Hopper", "update 1"),
        ("Ada Lovelace", "update 2"),
        ("Grace Hopper", "update 3"),
        ("Ada Lovelace", "update 4"),
        ("Sandbox Bot", "**bot** note"),
    ]
    done = client.messages.list_chat_messages(group_id=group_id, base_version=cursor)
    assert (done.message_list, done.has_more, done.last_version) == ([], False, cursor)
    every = client.messages.iter_list_chat_messages(group_id=group_id, page_size=4, user_token=ada)
    assert texts(ChatMessagesPage(message_list=list(every))) == walked
    only_grace = client.messages.list_chat_messages(group_id=group_id, sender_id=GRACE)
    assert (only_grace.total, texts(only_grace)) == (2, [("Grace Hopper", "update 1"), ("Grace Hopper", "update 3")])

    private = client.messages.list_chat_messages(staff_id=GRACE)
    assert (private.name, private.chat_type, texts(private)) == (
        "Grace Hopper",
        "private",
        [("Sandbox Bot", "hello from the bot")],
    )
    assert texts(client.messages.list_chat_messages(staff_id=GRACE, user_token=ada)) == [("Ada Lovelace", "hi Grace")]

    client.messages.revoke_messages(message_ids=[first.msg_id or ""], chat_type="bot")
    assert client.messages.list_chat_messages(staff_id=GRACE).total == 0

    with pytest.raises(InvalidRequestError) as both:
        client.messages.list_chat_messages(staff_id=GRACE, group_id=group_id)
    assert both.value.err_code == 63002
    with pytest.raises(NotFoundError):
        client.messages.list_chat_messages(staff_id="ghost")
    with pytest.raises(NotFoundError):
        client.messages.list_chat_messages(group_id="no-such-group")
    with pytest.raises(PermissionDeniedError):
        client.messages.list_chat_messages(group_id=group_id, user_token=sandbox.user_token(MARY))


def test_media_links_shares_and_user_uploads(sandbox: Sandbox, client: Lansenger, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 300)
    uploaded = client.media.upload(report, user_token=sandbox.user_token(ADA))
    path = client.media.fetch_media_path(uploaded.media_id)
    assert (path.name, path.type_, path.size) == ("report.pdf", "file", report.stat().st_size)
    assert isinstance(path.media_path, str) and path.media_path.startswith(sandbox.url)
    download = httpx.get(path.media_path)
    assert (download.status_code, download.content) == (200, report.read_bytes())
    assert httpx.get(f"{sandbox.url}/sandbox/files/forged").status_code == 404
    with pytest.raises(NotFoundError):
        client.media.fetch_media_path("media-unknown")
    with pytest.raises(AuthenticationError):
        client.media.upload_app_media_v2(
            media=File(payload=b"%PDF", file_name="a.pdf"), type_="file", user_token="forged"
        )

    group_id = new_group(client, GRACE)
    client.messages.send_file(group_id, report, caption="Q3 report", chat_type="group")
    page = client.messages.list_chat_messages(group_id=group_id)
    assert isinstance(page.message_list, list)
    info = page.message_list[0].message_info
    assert isinstance(info, ChatMessageInfo) and info.content is not None
    (attachment,) = info.content["attachments"]
    assert (attachment["name"], attachment["size"]) == ("report.pdf", report.stat().st_size)
    copy = tmp_path / "copy.pdf"
    assert client.media.download_shared(attachment["shareId"], copy) == report.stat().st_size
    assert copy.read_bytes() == report.read_bytes()
    assert client.media.fetch_shared_media(attachment["shareId"]) == report.read_bytes()
    with pytest.raises(NotFoundError) as missing:
        client.media.download_shared("share-unknown", tmp_path / "never.pdf")
    assert missing.value.err_code == 64001
    assert not (tmp_path / "never.pdf").exists()


@pytest.mark.anyio
async def test_async_history_and_shared_download(tmp_path: Path) -> None:
    photo = tmp_path / "chart.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048)
    with Sandbox() as sandbox:
        async with AsyncLansenger(sandbox.app_id, sandbox.app_secret, gateway_url=sandbox.url) as client:
            await client.messages.send_file(BARBARA, photo)
            await client.messages.send_text(BARBARA, "see above")
            page = await client.messages.list_chat_messages(staff_id=BARBARA, page_size=1)
            assert (page.total, page.has_more) == (2, True)
            assert isinstance(page.message_list, list)
            info = page.message_list[0].message_info
            assert isinstance(info, ChatMessageInfo) and info.content is not None
            share_id = info.content["attachments"][0]["shareId"]
            assert await client.media.download_shared(share_id, tmp_path / "copy.png") == photo.stat().st_size
            rest = await client.messages.list_chat_messages(staff_id=BARBARA, base_version=page.last_version)
            assert rest.has_more is False and isinstance(rest.message_list, list) and len(rest.message_list) == 1
            user_upload = await client.media.upload(photo, user_token=sandbox.user_token(BARBARA))
            assert (await client.media.fetch_media_path(user_upload.media_id)).name == "chart.png"
