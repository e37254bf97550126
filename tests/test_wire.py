"""Every operation of the first slice, as the platform receives it: method, path, query keys and body."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from lansenger import Lansenger
from lansenger_api.models.app_card_update import AppCardUpdate
from lansenger_api.models.dynamic_update_data import DynamicUpdateData
from lansenger_api.models.head_status_info import HeadStatusInfo
from lansenger_api.types import File

from tests._envelopes import APP_ID, APP_SECRET, GATEWAY, TOKEN, ok

SENT = {"msgId": "m-1", "invalidStaff": [], "invalidDepartment": []}


@pytest.fixture
def client(router: respx.MockRouter) -> Iterator[Lansenger]:
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY) as lansenger:
        yield lansenger


def query(request: httpx.Request) -> dict[str, str]:
    return dict(request.url.params)


def body(request: httpx.Request) -> object:
    return json.loads(request.content)


def test_app_token_request(router: respx.MockRouter, client: Lansenger) -> None:
    assert client.app_token() == TOKEN
    request = router.routes[0].calls.last.request
    assert request.method == "GET"
    assert request.url.path == "/open/apigw/v1/apptoken/create"
    assert query(request) == {"grant_type": "client_credential", "appid": APP_ID, "secret": APP_SECRET}


def test_bot_private_text(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post("/v1/bot/messages/create").respond(json=ok(SENT))
    sent = client.messages.send_text("staff-1", "hello")
    assert sent.msg_id == "m-1"
    request = route.calls.last.request
    assert query(request) == {"app_token": TOKEN}
    assert request.headers["content-type"] == "application/json"
    assert body(request) == {"userIdList": ["staff-1"], "msgType": "text", "msgData": {"text": {"content": "hello"}}}


def test_bot_private_markdown_with_reply(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post("/v1/bot/messages/create").respond(json=ok(SENT))
    client.messages.send_markdown("staff-1", "**bold**", reply_to="m-0")
    assert body(route.calls.last.request) == {
        "userIdList": ["staff-1"],
        "msgType": "formatText",
        "msgData": {"formatText": {"formatType": 1, "text": "**bold**"}},
        "refMsgId": "m-0",
    }


def test_group_text_with_mentions_and_user_token(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post("/v1/messages/group/create").respond(json=ok({"msgId": "g-1"}))
    sent = client.messages.send_text(
        "group-1", "standup", chat_type="group", mentions=["s1", "s2"], mention_bots=["b1"], user_token="ut-1"
    )
    assert sent.msg_id == "g-1"
    request = route.calls.last.request
    assert query(request) == {"app_token": TOKEN, "user_token": "ut-1"}
    assert body(request) == {
        "groupId": "group-1",
        "msgType": "text",
        "msgData": {
            "text": {"content": "standup", "reminder": {"all": False, "userIds": ["s1", "s2"], "botIds": ["b1"]}}
        },
    }


def test_group_message_generated_method_takes_body_fields(router: respx.MockRouter, client: Lansenger) -> None:
    from lansenger_api.models.msg_data import MsgData
    from lansenger_api.models.text_message import TextMessage

    route = router.post("/v1/messages/group/create").respond(json=ok({"msgId": "g-2"}))
    client.messages.create_group_message(
        group_id="group-1",
        msg_type="text",
        msg_data=MsgData(text=TextMessage(content="hi")),
        sender_id="s9",
        outlines="[通知] hi",
        uuid="u-1",
    )
    assert body(route.calls.last.request) == {
        "groupId": "group-1",
        "msgType": "text",
        "msgData": {"text": {"content": "hi"}},
        "senderId": "s9",
        "outlines": "[通知] hi",
        "uuid": "u-1",
    }


def test_core_upload_is_multipart_with_media_part(router: respx.MockRouter, client: Lansenger, tmp_path: Path) -> None:
    route = router.post("/v1/medias/create").respond(json=ok({"mediaId": "md-1", "createdTime": "1700000000000000"}))
    source = tmp_path / "voice.amr"
    source.write_bytes(b"#!AMR\n" + b"\x00" * 100)
    with source.open("rb") as handle:
        media = client.media.upload_media(media=File(payload=handle, file_name="voice.amr"), type_=3)
    assert media.media_id == "md-1"
    request = route.calls.last.request
    assert query(request) == {"app_token": TOKEN, "type": "3"}
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="media"; filename="voice.amr"' in request.content


def test_app_upload_operation_sends_dimensions(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post("/v1/app/medias/create").respond(json=ok({"mediaId": "md-3"}))
    media = client.media.upload_app_media(
        media=File(payload=b"\x00\x00\x00\x18ftypmp42", file_name="clip.mp4"), type_="video", duration=12
    )
    assert media.media_id == "md-3"
    assert query(route.calls.last.request) == {"app_token": TOKEN, "type": "video", "duration": "12"}


def test_app_token_operation_called_directly(router: respx.MockRouter) -> None:
    """The token endpoint carries the credentials and no app_token of its own."""
    with Lansenger(app_token=TOKEN, gateway_url=GATEWAY) as client:
        issued = client.auth.create_app_token(appid=APP_ID, secret=APP_SECRET)
    assert issued.app_token == TOKEN and TOKEN not in repr(issued)
    assert query(router.routes[0].calls.last.request) == {
        "grant_type": "client_credential",
        "appid": APP_ID,
        "secret": APP_SECRET,
    }


def test_app_upload_detects_type_from_extension(router: respx.MockRouter, client: Lansenger, tmp_path: Path) -> None:
    route = router.post("/v1/app/medias/create").respond(json=ok({"mediaId": "md-2"}))
    picture = tmp_path / "chart.PNG"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    media = client.media.upload(picture, width=640, height=480)
    assert media.media_id == "md-2"
    request = route.calls.last.request
    assert query(request) == {"app_token": TOKEN, "type": "image", "width": "640", "height": "480"}
    assert b'filename="chart.PNG"' in request.content
    assert b"Content-Type: image/png" in request.content


@pytest.mark.parametrize(
    ("name", "upload_type", "message_type"),
    [("report.pdf", "file", 3), ("clip.mp4", "video", 1), ("photo.jpg", "image", 2), ("note.mp3", "audio", 3)],
)
def test_send_file_uploads_then_sends_text_with_media(
    router: respx.MockRouter, client: Lansenger, tmp_path: Path, name: str, upload_type: str, message_type: int
) -> None:
    upload = router.post("/v1/app/medias/create").respond(json=ok({"mediaId": "md-3"}))
    send = router.post("/v1/bot/messages/create").respond(json=ok(SENT))
    path = tmp_path / name
    path.write_bytes(b"content")
    client.messages.send_file("staff-1", path, caption="see attached")
    assert query(upload.calls.last.request)["type"] == upload_type
    assert body(send.calls.last.request) == {
        "userIdList": ["staff-1"],
        "msgType": "text",
        "msgData": {"text": {"content": "see attached", "mediaType": message_type, "mediaIds": ["md-3"]}},
    }


def test_download_streams_to_disk(router: respx.MockRouter, client: Lansenger, tmp_path: Path) -> None:
    payload = bytes(range(256)) * 1000
    route = router.get("/v1/medias/md%2F1/fetch").respond(content=payload, headers={"content-type": "application/pdf"})
    target = tmp_path / "copy.pdf"
    assert client.media.download("md/1", to=target) == len(payload)
    assert target.read_bytes() == payload
    request = route.calls.last.request
    assert request.method == "GET"
    assert query(request) == {"app_token": TOKEN}
    assert client.media.fetch_media("md/1") == payload


def test_revoke(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post("/v1/messages/revoke").respond(json=ok())
    assert client.messages.revoke_messages(message_ids=["m-1", "m-2"], chat_type="group", sender_id="s1") is None
    request = route.calls.last.request
    assert query(request) == {"app_token": TOKEN}
    assert body(request) == {"messageIds": ["m-1", "m-2"], "chatType": "group", "senderId": "s1"}


def test_dynamic_card_update(router: respx.MockRouter, client: Lansenger) -> None:
    route = router.post("/v1/messages/dynamic/update").respond(json=ok({"msgId": "m-1"}))
    update = AppCardUpdate(is_last_update=True, head_status_info=HeadStatusInfo(description="Done", colour="#00aa00"))
    ack = client.messages.update_dynamic_message(
        msg_id="m-1", msg_type="appCard", msg_data=DynamicUpdateData(app_card_update_msg=update)
    )
    assert ack is not None and ack.msg_id == "m-1"
    assert body(route.calls.last.request) == {
        "msgId": "m-1",
        "msgType": "appCard",
        "msgData": {
            "appCardUpdateMsg": {"isLastUpdate": True, "headStatusInfo": {"description": "Done", "colour": "#00aa00"}}
        },
    }


def test_unknown_response_fields_are_kept(router: respx.MockRouter, client: Lansenger) -> None:
    router.post("/v1/bot/messages/create").respond(json=ok({**SENT, "futureField": 7}))
    sent = client.messages.send_text("staff-1", "hello")
    assert sent["futureField"] == 7


def test_injected_http_client_gets_base_url_token_and_retries(router: respx.MockRouter) -> None:
    route = router.post("/v1/bot/messages/create").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=ok(SENT))]
    )
    own = httpx.Client(headers={"x-team": "ops"})
    with Lansenger(APP_ID, APP_SECRET, gateway_url=GATEWAY, http_client=own) as client:
        client.messages.send_text("staff-1", "hello")
    request = route.calls.last.request
    assert query(request) == {"app_token": TOKEN}
    assert request.headers["x-team"] == "ops"
    assert route.call_count == 2
    assert own.is_closed
