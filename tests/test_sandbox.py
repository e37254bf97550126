"""The sandbox gateway itself, exercised over real loopback HTTP with plain httpx."""

from __future__ import annotations

import hashlib
import json
import re
import signal
import socket
import ssl
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from lansenger.testing import Sandbox
from lansenger.testing import _server as sandbox_server
from lansenger.testing._directory import ORG_ID
from lansenger.testing._multipart import parse_form
from lansenger.testing._spec import SpecIndex
from lansenger.testing.sandbox import main
from lansenger_api.errors import ErrorCode

APP_ID = "app-1"
APP_SECRET = "secret-1"
TOKEN_PATH = "/v1/apptoken/create"
BOT_PATH = "/v1/bot/messages/create"
GROUP_PATH = "/v1/messages/group/create"
ACCOUNT_PATH = "/v1/messages/create"
CHAT_PATH = "/v1/messages/chat/create"
ADA, GRACE = f"{ORG_ID}-1001", f"{ORG_ID}-1002"
UPLOAD_PATH = "/v1/medias/create"
APP_UPLOAD_PATH = "/v1/app/medias/create"
REVOKE_PATH = "/v1/messages/revoke"
UPDATE_PATH = "/v1/messages/dynamic/update"
# Every httpx client would otherwise build its own TLS context, which costs more than a whole sandbox test.
SHARED_TLS = ssl.create_default_context()


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(app_id=APP_ID, app_secret=APP_SECRET) as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=10.0, verify=SHARED_TLS) as http:
        yield http


@pytest.fixture
def token(client: httpx.Client) -> str:
    data = request_token(client).json()["data"]
    assert isinstance(data["appToken"], str)
    return data["appToken"]


def request_token(client: httpx.Client, **overrides: str) -> httpx.Response:
    params = {"grant_type": "client_credential", "appid": APP_ID, "secret": APP_SECRET} | overrides
    return client.get(TOKEN_PATH, params=params)


def text_body(content: str = "hello", **text: Any) -> dict[str, Any]:
    return {"userIdList": [ADA], "msgType": "text", "msgData": {"text": {"content": content, **text}}}


def post(client: httpx.Client, path: str, token: str, body: Any, **params: str) -> dict[str, Any]:
    response = client.post(path, params={"app_token": token, **params}, json=body)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    envelope: dict[str, Any] = response.json()
    return envelope


def upload(
    client: httpx.Client,
    token: str,
    payload: bytes,
    *,
    path: str = UPLOAD_PATH,
    media_type: str = "2",
    filename: str = "photo.png",
    content_type: str = "image/png",
) -> dict[str, Any]:
    response = client.post(
        path,
        params={"app_token": token, "type": media_type},
        files={"media": (filename, payload, content_type)},
    )
    envelope: dict[str, Any] = response.json()
    return envelope


def assert_invalid(envelope: dict[str, Any], mentioning: str = "") -> None:
    assert envelope["errCode"] == 40001, envelope
    assert envelope["errMsg"].startswith("invalid parameter: ")
    assert mentioning in envelope["errMsg"]


# --- tokens -----------------------------------------------------------------------------------------------


def test_token_is_issued_for_the_app_credentials(sandbox: Sandbox, client: httpx.Client) -> None:
    response = request_token(client)

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    envelope = response.json()
    assert envelope["errCode"] == 0
    assert envelope["errMsg"] == "ok"
    assert envelope["data"]["expiresIn"] == 7200
    assert len(envelope["data"]["appToken"]) >= 16
    assert sandbox.state.token_requests == 1


@pytest.mark.parametrize(
    ("overrides", "err_code"),
    [
        ({"secret": "wrong"}, 40014),
        ({"appid": "other-app"}, 40014),
        ({"grant_type": "authorization_code"}, 40001),
        ({"secret": ""}, 40001),
    ],
)
def test_token_request_with_bad_credentials_is_refused(
    sandbox: Sandbox, client: httpx.Client, overrides: dict[str, str], err_code: int
) -> None:
    envelope = request_token(client, **overrides).json()

    assert envelope["errCode"] == err_code
    assert "data" not in envelope
    assert sandbox.state.token_requests == 1


def test_token_lifetime_is_reported_in_whole_seconds() -> None:
    with (
        Sandbox(app_id=APP_ID, app_secret=APP_SECRET, token_lifetime=90.0) as sandbox,
        httpx.Client(base_url=sandbox.url, verify=SHARED_TLS) as client,
    ):
        assert request_token(client).json()["data"]["expiresIn"] == 90


def test_calls_without_a_live_token_are_refused(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    missing = client.post(BOT_PATH, json=text_body()).json()
    unknown = post(client, BOT_PATH, "not-a-token", text_body())
    accepted = post(client, BOT_PATH, token, text_body())
    sandbox.expire_tokens()
    expired = post(client, BOT_PATH, token, text_body())

    refusal = {"errCode": 10004, "errMsg": "invalid or expired app_token"}
    assert (missing, unknown, expired) == (refusal, refusal, refusal)
    assert accepted["errCode"] == 0
    assert len(sandbox.state.messages) == 1


# --- sending ----------------------------------------------------------------------------------------------


def test_bot_text_message_is_recorded(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    body = text_body("hi there") | {"departmentIdList": [f"{ORG_ID}-3"], "entryId": "entry-1"}

    envelope = post(client, BOT_PATH, token, body)

    assert envelope["errCode"] == 0
    assert envelope["data"]["invalidStaff"] == []
    assert envelope["data"]["invalidDepartment"] == []
    [record] = sandbox.state.messages
    assert record == {
        "id": envelope["data"]["msgId"],
        "path": BOT_PATH,
        "body": body,
        "user_token": False,
        "sender": None,
        "revoked": False,
        "updates": [],
    }


def test_user_token_presence_is_recorded_but_not_its_value(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    user_token = sandbox.user_token(ADA)
    post(client, BOT_PATH, token, text_body(), user_token=user_token)

    assert sandbox.state.messages[0]["user_token"] is True
    assert user_token not in repr(sandbox.state.requests)
    assert token not in repr(sandbox.state.requests)
    assert sandbox.state.requests[-1] == ("POST", BOT_PATH, ["app_token", "user_token"])


@pytest.mark.parametrize(
    ("body", "mentioning"),
    [
        ({"msgType": "text", "msgData": {"text": {"content": "x"}}}, "userIdList"),
        (text_body() | {"userIdList": [], "departmentIdList": []}, "at least one of: userIdList"),
        (text_body() | {"userIdList": ADA}, "userIdList"),
        (text_body() | {"msgType": "shout"}, "msgType"),
        (text_body() | {"msgData": {"formatText": {"formatType": 1, "text": "x"}}}, "msgData.text"),
        (text_body(content=""), "content"),
        (text_body() | {"msgData": {"text": {"content": 5}}}, "content"),
        (text_body(reminder={"all": "yes"}), "reminder"),
        ({"userIdList": ["s"], "msgType": "formatText", "msgData": {"formatText": {"formatType": 2, "text": "x"}}}, ""),
        ({"userIdList": ["s"], "msgType": "appCard", "msgData": {"appCard": "card"}}, "appCard"),
        ([1, 2, 3], "body"),
    ],
)
def test_bot_message_with_bad_body_is_refused(
    sandbox: Sandbox, client: httpx.Client, token: str, body: Any, mentioning: str
) -> None:
    assert_invalid(post(client, BOT_PATH, token, body), mentioning)
    assert sandbox.state.messages == []


def test_body_that_is_not_json_is_refused(client: httpx.Client, token: str) -> None:
    response = client.post(BOT_PATH, params={"app_token": token}, content=b"{not json")

    assert_invalid(response.json(), "JSON")


def test_text_content_limit_is_6000_utf8_bytes(client: httpx.Client, token: str) -> None:
    at_limit = "界" * 2000

    assert post(client, BOT_PATH, token, text_body(at_limit))["errCode"] == 0
    assert_invalid(post(client, BOT_PATH, token, text_body(at_limit + "a")), "the limit is 6000")


def test_attachment_only_text_needs_stored_media(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    media_id = upload(client, token, b"file bytes", media_type="3", filename="a.txt", content_type="text/plain")[
        "data"
    ]["mediaId"]

    assert_invalid(post(client, BOT_PATH, token, text_body("", mediaType=3, mediaIds=["media-missing"])), "mediaIds")
    assert post(client, BOT_PATH, token, text_body("", mediaType=3, mediaIds=[media_id]))["errCode"] == 0
    assert len(sandbox.state.messages) == 1


def test_group_message_with_reminder_is_recorded(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    group_id = post(client, "/v2/groups/create", token, {"name": "Crew", "orgId": ORG_ID, "staffIdList": [ADA, GRACE]})
    reminder = {"all": False, "userIds": [GRACE], "botIds": ["bot-1"]}
    body = {
        "groupId": group_id["data"]["groupId"],
        "msgType": "text",
        "msgData": {"text": {"content": "@grace ping", "reminder": reminder}},
        "senderId": ADA,
        "outlines": "[通知] ping",
    }

    envelope = post(client, GROUP_PATH, token, body, user_token=sandbox.user_token(GRACE))

    assert envelope["errCode"] == 0
    assert set(envelope["data"]) == {"msgId"}
    [record] = sandbox.state.messages
    assert (record["id"], record["path"], record["body"], record["user_token"]) == (
        envelope["data"]["msgId"],
        GROUP_PATH,
        body,
        True,
    )
    assert_invalid(post(client, GROUP_PATH, token, body | {"groupId": ""}), "groupId")


@pytest.mark.parametrize(
    ("path", "body", "user", "code"),
    [
        (GROUP_PATH, {"groupId": "group-nope"}, None, 64001),
        (GROUP_PATH, {"groupId": "CREW"}, "524288-1007", 30001),
        (BOT_PATH, {"userIdList": ["staff-nope"]}, None, 50001),
        (ACCOUNT_PATH, {"departmentIdList": ["dept-nope"]}, None, 50001),
        (CHAT_PATH, {"receiverId": "staff-nope"}, ADA, 50001),
    ],
)
def test_sends_to_unknown_or_unreachable_recipients_get_the_platforms_refusal(
    sandbox: Sandbox, client: httpx.Client, token: str, path: str, body: dict[str, Any], user: str | None, code: int
) -> None:
    crew = post(client, "/v2/groups/create", token, {"name": "Crew", "orgId": ORG_ID, "staffIdList": [ADA]})
    target = {key: crew["data"]["groupId"] if value == "CREW" else value for key, value in body.items()}
    message = {"msgType": "text", "msgData": {"text": {"content": "hi"}}}
    user_token = sandbox.user_token(user) if user is not None else None

    refused = post(client, path, token, target | message, user_token=user_token)

    assert refused["errCode"] == code
    assert sandbox.state.messages == []


def test_broadcasts_report_unknown_recipients_beside_the_known_ones(
    sandbox: Sandbox, client: httpx.Client, token: str
) -> None:
    body = text_body() | {"userIdList": [ADA, "staff-nope"], "departmentIdList": ["dept-nope"]}

    sent = post(client, BOT_PATH, token, body)

    assert (sent["data"]["invalidStaff"], sent["data"]["invalidDepartment"]) == (["staff-nope"], ["dept-nope"])
    assert len(sandbox.state.messages) == 1


@pytest.mark.anyio
async def test_concurrent_sends_each_get_their_own_message(sandbox: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sandbox.url, verify=SHARED_TLS) as client:
        params = {"grant_type": "client_credential", "appid": APP_ID, "secret": APP_SECRET}
        token = (await client.get(TOKEN_PATH, params=params)).json()["data"]["appToken"]
        message_ids: list[str] = []

        async def send(number: int) -> None:
            response = await client.post(BOT_PATH, params={"app_token": token}, json=text_body(f"n{number}"))
            message_ids.append(response.json()["data"]["msgId"])

        async with anyio.create_task_group() as group:
            for number in range(20):
                group.start_soon(send, number)

    assert len(set(message_ids)) == 20
    assert sorted(record["id"] for record in sandbox.state.messages) == sorted(message_ids)


# --- media ------------------------------------------------------------------------------------------------


def test_upload_then_download_round_trip(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    payload = bytes(range(256)) * 1000

    envelope = upload(client, token, payload, filename="照片.png")

    assert envelope["errCode"] == 0
    media_id = envelope["data"]["mediaId"]
    assert envelope["data"]["createdTime"].isdigit()
    record = sandbox.state.media[media_id]
    assert (record["size"], record["filename"], record["type"], record["content_type"]) == (
        len(payload),
        "照片.png",
        "2",
        "image/png",
    )
    downloaded = client.get(f"/v1/medias/{media_id}/fetch", params={"app_token": token})
    assert downloaded.status_code == 200
    assert downloaded.headers["content-type"] == "image/png"
    assert downloaded.headers["content-length"] == str(len(payload))
    assert downloaded.content == payload


def test_app_upload_checks_its_query(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    response = client.post(
        APP_UPLOAD_PATH,
        params={"app_token": token, "type": "video", "width": "640", "height": "480", "duration": "3"},
        files={"media": ("clip.mp4", b"\x00\x00\x00\x18ftypmp42", "video/mp4")},
    )

    assert set(response.json()["data"]) == {"mediaId"}
    assert sandbox.state.media[response.json()["data"]["mediaId"]]["type"] == "video"
    assert_invalid(upload(client, token, b"x", path=APP_UPLOAD_PATH, media_type="2"), "type")
    bad_width = client.post(
        APP_UPLOAD_PATH,
        params={"app_token": token, "type": "image", "width": "wide"},
        files={"media": ("a.png", b"x", "image/png")},
    )
    assert_invalid(bad_width.json(), "width")


def test_upload_needs_a_multipart_media_part(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    params = {"app_token": token, "type": "2"}

    wrong_part = client.post(UPLOAD_PATH, params=params, files={"file": ("a.png", b"x", "image/png")})
    not_multipart = client.post(UPLOAD_PATH, params=params, json={"media": "x"})
    missing_type = client.post(UPLOAD_PATH, params={"app_token": token}, files={"media": ("a.png", b"x")})

    assert_invalid(wrong_part.json(), "media")
    assert_invalid(not_multipart.json(), "multipart")
    assert_invalid(missing_type.json(), "type")
    assert sandbox.state.media == {}


def _rotated_blocks(count: int) -> Iterator[bytes]:
    block = bytes(range(256)) * 256
    for index in range(count):
        shift = index % 251
        yield block[shift:] + block[:shift]


def test_large_chunked_upload_is_streamed_to_disk(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    blocks = 800  # 800 x 64 KiB = 50 MiB
    boundary = "sandbox-boundary-7f3a"
    expected = hashlib.sha256()

    def body() -> Iterator[bytes]:
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="media"; filename="big.bin"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        for block in _rotated_blocks(blocks):
            expected.update(block)
            yield block
        yield f"\r\n--{boundary}--\r\n".encode()

    tracemalloc.start()
    try:
        response = client.post(
            UPLOAD_PATH,
            params={"app_token": token, "type": "3"},
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            content=body(),
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert response.request.headers["transfer-encoding"] == "chunked"
    media_id = response.json()["data"]["mediaId"]
    assert peak < 8 * 1024 * 1024
    assert sandbox.state.media[media_id]["size"] == blocks * 64 * 1024
    downloaded = hashlib.sha256()
    with client.stream("GET", f"/v1/medias/{media_id}/fetch", params={"app_token": token}) as stream:
        for chunk in stream.iter_bytes():
            downloaded.update(chunk)
    assert downloaded.hexdigest() == expected.hexdigest()


def test_unknown_media_is_a_json_error(client: httpx.Client, token: str) -> None:
    response = client.get("/v1/medias/media-unknown/fetch", params={"app_token": token})

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"errCode": 64001, "errMsg": "media not found"}


def test_multipart_parser_finds_boundaries_split_across_reads(tmp_path: Path) -> None:
    boundary = b"xyzzy"
    tricky = b"a\r\n--xyzz\r\n--xyz" * 50
    body = (
        b"preamble\r\n--xyzzy\r\n"
        b'Content-Disposition: form-data; name="note"\r\n\r\n'
        b"hello\r\n--xyzzy\r\n"
        b'Content-Disposition: form-data; name="media"; filename="t.bin"\r\n'
        b"Content-Type: application/x-test\r\n\r\n" + tricky + b"\r\n--xyzzy--\r\nepilogue"
    )

    class Trickle:
        """Hands out a few bytes at a time, so every marker straddles some read."""

        def __init__(self, data: bytes) -> None:
            self._data = data

        def read(self, size: int) -> bytes:
            piece, self._data = self._data[: min(size, 7)], self._data[min(size, 7) :]
            return piece

    form = parse_form(Trickle(body), boundary, tmp_path)

    assert form.fields == {"note": "hello"}
    upload_file = form.files["media"]
    assert (upload_file.filename, upload_file.content_type, upload_file.size) == (
        "t.bin",
        "application/x-test",
        len(tricky),
    )
    assert upload_file.path.read_bytes() == tricky


# --- revoke and dynamic updates ---------------------------------------------------------------------------


def test_revoke_marks_only_the_named_messages(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    first = post(client, BOT_PATH, token, text_body("one"))["data"]["msgId"]
    second = post(client, BOT_PATH, token, text_body("two"))["data"]["msgId"]

    envelope = post(client, REVOKE_PATH, token, {"chatType": "bot", "messageIds": [first]})

    assert envelope == {"errCode": 0, "errMsg": "ok", "data": {"subStatus": [{"errCode": 0, "errMsg": "ok"}]}}
    revoked = {record["id"]: record["revoked"] for record in sandbox.state.messages}
    assert revoked == {first: True, second: False}


def test_revoke_reports_each_message_in_request_order(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    """The call succeeds while unknown and already revoked messages fail in subStatus, as on the platform."""
    first = post(client, BOT_PATH, token, text_body("one"))["data"]["msgId"]
    second = post(client, BOT_PATH, token, text_body("two"))["data"]["msgId"]
    post(client, REVOKE_PATH, token, {"messageIds": [first]})

    envelope = post(client, REVOKE_PATH, token, {"messageIds": ["msg-unknown", first, second]})

    assert envelope["errCode"] == 0
    assert envelope["data"]["subStatus"] == [
        {"errCode": ErrorCode.NOT_FOUND, "errMsg": "message not found"},
        {"errCode": ErrorCode.NOT_FOUND, "errMsg": "message already revoked"},
        {"errCode": 0, "errMsg": "ok"},
    ]
    assert all(record["revoked"] for record in sandbox.state.messages)


@pytest.mark.parametrize(
    ("body", "mentioning"),
    [
        ({"messageIds": []}, "messageIds"),
        ({"chatType": "group", "messageIds": ["KNOWN"]}, "senderId"),
        ({"chatType": "channel", "messageIds": ["KNOWN"]}, "chatType"),
    ],
)
def test_bad_revoke_changes_nothing(
    sandbox: Sandbox, client: httpx.Client, token: str, body: dict[str, Any], mentioning: str
) -> None:
    known = post(client, BOT_PATH, token, text_body())["data"]["msgId"]
    body = json.loads(json.dumps(body).replace("KNOWN", known))

    assert_invalid(post(client, REVOKE_PATH, token, body), mentioning)
    assert sandbox.state.messages[0]["revoked"] is False


def app_card_body(*, dynamic: bool) -> dict[str, Any]:
    card = {"bodyTitle": "Build #7", "isDynamic": dynamic, "headStatusInfo": {"description": "Running"}}
    return {"userIdList": [ADA], "msgType": "appCard", "msgData": {"appCard": card}}


def card_update(msg_id: str, *, last: bool) -> dict[str, Any]:
    update = {"isLastUpdate": last, "headStatusInfo": {"description": "Done", "colour": "#0a0"}, "links": []}
    return {"msgId": msg_id, "msgType": "appCard", "msgData": {"appCardUpdateMsg": update}}


def test_dynamic_card_updates_are_recorded_until_the_last(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    msg_id = post(client, BOT_PATH, token, app_card_body(dynamic=True))["data"]["msgId"]

    assert post(client, UPDATE_PATH, token, card_update(msg_id, last=False)) == {
        "errCode": 0,
        "errMsg": "ok",
        "data": {},
    }
    assert post(client, UPDATE_PATH, token, card_update(msg_id, last=True))["errCode"] == 0
    assert_invalid(post(client, UPDATE_PATH, token, card_update(msg_id, last=True)), "last update")

    updates = sandbox.state.messages[0]["updates"]
    assert [update["isLastUpdate"] for update in updates] == [False, True]
    assert updates[0]["headStatusInfo"]["description"] == "Done"


def test_dynamic_update_needs_a_dynamic_card(client: httpx.Client, token: str) -> None:
    static = post(client, BOT_PATH, token, app_card_body(dynamic=False))["data"]["msgId"]
    missing_flag = card_update(static, last=False)
    del missing_flag["msgData"]["appCardUpdateMsg"]["isLastUpdate"]

    assert_invalid(post(client, UPDATE_PATH, token, card_update(static, last=False)), "dynamic")
    assert_invalid(post(client, UPDATE_PATH, token, card_update("msg-unknown", last=False)), "msgId")
    assert_invalid(post(client, UPDATE_PATH, token, missing_flag), "isLastUpdate")


# --- fault injection --------------------------------------------------------------------------------------


def test_injected_status_fails_once_and_is_not_delivered(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    sandbox.fail_next(BOT_PATH)

    failed = client.post(BOT_PATH, params={"app_token": token}, json=text_body())
    retried = client.post(BOT_PATH, params={"app_token": token}, json=text_body())

    assert failed.status_code == 503
    assert failed.json() == {"errCode": 503, "errMsg": "service unavailable"}
    assert retried.json()["errCode"] == 0
    assert [record["id"] for record in sandbox.state.messages] == [retried.json()["data"]["msgId"]]


def test_injected_429_carries_retry_after(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    sandbox.fail_next(BOT_PATH, status=429, retry_after=2)

    response = client.post(BOT_PATH, params={"app_token": token}, json=text_body())

    assert response.status_code == 429
    assert response.headers["retry-after"] == "2"
    assert response.json()["errCode"] == 429
    assert sandbox.state.messages == []


def test_injected_err_code_is_an_http_200_envelope(sandbox: Sandbox, client: httpx.Client, token: str) -> None:
    sandbox.fail_next(BOT_PATH, err_code=10000, times=2)

    envelopes = [post(client, BOT_PATH, token, text_body()) for _ in range(3)]

    assert [envelope["errCode"] for envelope in envelopes] == [10000, 10000, 0]
    assert len(sandbox.state.messages) == 1


def test_injected_reset_drops_the_connection_after_the_request(
    sandbox: Sandbox, client: httpx.Client, token: str
) -> None:
    sandbox.fail_next(BOT_PATH, reset=True)

    with pytest.raises(httpx.RemoteProtocolError):
        client.post(BOT_PATH, params={"app_token": token}, json=text_body())

    assert sandbox.state.requests[-1] == ("POST", BOT_PATH, ["app_token"])
    assert sandbox.state.messages == []
    assert post(client, BOT_PATH, token, text_body())["errCode"] == 0


def test_faults_apply_to_their_exact_path_only(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.fail_next(TOKEN_PATH, status=500)

    assert client.get("/v1/medias/x/fetch").json()["errCode"] == 10004
    assert request_token(client).status_code == 500
    assert request_token(client).json()["errCode"] == 0
    assert sandbox.state.token_requests == 2


def test_contradictory_faults_are_rejected(sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match="reset"):
        sandbox.fail_next(BOT_PATH, reset=True, err_code=1)
    with pytest.raises(ValueError, match="status"):
        sandbox.fail_next(BOT_PATH, status=200)
    with pytest.raises(ValueError, match="times"):
        sandbox.fail_next(BOT_PATH, times=0)


# --- HTTP behaviour ---------------------------------------------------------------------------------------


def test_unknown_path_and_wrong_method(client: httpx.Client, token: str) -> None:
    unknown = client.get("/v1/nothing/here", params={"app_token": token})
    wrong_method = client.get(BOT_PATH, params={"app_token": token})

    assert unknown.status_code == 404
    assert unknown.json() == {"errCode": 404, "errMsg": "not found"}
    assert wrong_method.status_code == 405
    assert wrong_method.json()["errCode"] == 405
    assert wrong_method.headers["allow"] == "POST"


def test_connections_are_kept_alive(client: httpx.Client, token: str) -> None:
    first = client.post(BOT_PATH, params={"app_token": token}, json=text_body())
    second = client.get("/v1/nothing")

    def client_port(response: httpx.Response) -> object:
        return response.extensions["network_stream"].get_extra_info("client_addr")

    assert client_port(first) == client_port(second)


def test_broken_chunked_framing_is_a_bad_request(sandbox: Sandbox, token: str) -> None:
    host, port = sandbox.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as raw:
        raw.sendall(
            f"POST {BOT_PATH}?app_token={token} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            "zz\r\n".encode()
        )
        reply = raw.makefile("rb").read()

    assert reply.startswith(b"HTTP/1.1 400 ")
    assert b"Connection: close" in reply


def test_stop_removes_stored_media() -> None:
    with (
        Sandbox(app_id=APP_ID, app_secret=APP_SECRET) as sandbox,
        httpx.Client(base_url=sandbox.url, verify=SHARED_TLS) as client,
    ):
        token = request_token(client).json()["data"]["appToken"]
        media_id = upload(client, token, b"bytes")["data"]["mediaId"]
        stored = sandbox.state.media[media_id]["path"]
        assert stored.is_file()

    assert not stored.exists()
    assert not stored.parent.exists()


# --- spec-driven validation -------------------------------------------------------------------------------

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        UPLOAD_PATH: {
            "parameters": [{"$ref": "#/components/parameters/AppToken"}],
            "post": {"parameters": [{"name": "type", "in": "query", "required": True, "schema": {"type": "integer"}}]},
        },
        REVOKE_PATH: {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Revoke"}}},
                }
            }
        },
    },
    "components": {
        "parameters": {
            "AppToken": {"name": "app_token", "in": "query", "required": True, "schema": {"type": "string"}}
        },
        "schemas": {
            "Revoke": {
                "type": "object",
                "required": ["messageIds"],
                "additionalProperties": False,
                "properties": {
                    "chatType": {"enum": ["staff", "group", "notification", "account", "bot"]},
                    "messageIds": {"type": "array", "items": {"type": "string", "minLength": 1}, "maxItems": 2},
                    "senderId": {"type": "string"},
                },
            }
        },
    },
}


def test_spec_rules_are_enforced_when_the_document_is_bundled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox_server, "bundled_spec_index", lambda: SpecIndex(SPEC))
    with (
        Sandbox(app_id=APP_ID, app_secret=APP_SECRET) as sandbox,
        httpx.Client(base_url=sandbox.url, verify=SHARED_TLS) as client,
    ):
        token = request_token(client).json()["data"]["appToken"]
        sent = post(client, BOT_PATH, token, text_body())["data"]["msgId"]

        assert_invalid(upload(client, token, b"x", media_type="two"), "type must be integer, not string")
        assert_invalid(
            post(client, REVOKE_PATH, token, {"messageIds": [sent], "extra": 1}), "extra is not a field of body"
        )
        assert_invalid(
            post(client, REVOKE_PATH, token, {"messageIds": ["a", "b", "c"]}), "messageIds must have at most 2 items"
        )
        assert post(client, REVOKE_PATH, token, {"messageIds": [sent]})["errCode"] == 0


def test_bundled_spec_adds_its_rules_to_the_handlers_checks(client: httpx.Client, token: str) -> None:
    """Zero width and the internal i18nSystem type pass the handlers but not the generated document."""
    zero_width = client.post(
        APP_UPLOAD_PATH,
        params={"app_token": token, "type": "image", "width": "0"},
        files={"media": ("a.png", b"x", "image/png")},
    )
    internal_type = text_body() | {"msgType": "i18nSystem", "msgData": {"i18nSystem": {}}}

    assert_invalid(zero_width.json(), "width must be at least 1")
    assert_invalid(post(client, BOT_PATH, token, internal_type), "msgType must be one of")


# --- command line -----------------------------------------------------------------------------------------

CHILD_CHECKS = f"""
import json, os, sys, urllib.parse, urllib.request
gateway = os.environ["LANSENGER_API_GATEWAY_URL"]
assert gateway.startswith("http://127.0.0.1:"), gateway
assert os.environ["LANSENGER_APP_ID"] == "cli-app"
query = urllib.parse.urlencode({{"grant_type": "client_credential", "appid": "cli-app",
                                 "secret": os.environ["LANSENGER_APP_SECRET"]}})
with urllib.request.urlopen(gateway + "{TOKEN_PATH}?" + query) as response:
    assert json.load(response)["errCode"] == 0
sys.exit(3)
"""


def test_run_option_returns_the_commands_exit_code() -> None:
    status = main(["--app-id", "cli-app", "--app-secret", "cli-secret", "--run", sys.executable, "-c", CHILD_CHECKS])

    assert status == 3


def test_module_serves_until_terminated() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "lansenger.testing.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        found = re.fullmatch(r"Lansenger sandbox listening on (http://127\.0\.0\.1:\d+)\n", line)
        assert found, line
        assert httpx.get(found.group(1) + "/v1/nothing", verify=SHARED_TLS).status_code == 404
    finally:
        server.send_signal(signal.SIGTERM)
        _, errors = server.communicate(timeout=10)

    assert server.returncode == 0
    assert errors == ""
