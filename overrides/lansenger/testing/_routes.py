"""Tokens, messages and media: the sandbox's handlers for the first operations of the spec.

Accepted messages also go into the chat history (`_routes_chats`); media can be fetched by id, through a
temporary download link (`/sandbox/files/...`, what mediaPath points at) or by the share id of an attachment.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Mapping
from typing import Any

from ._checks import check_message_payload, json_object, optional_text, required_text, text_list
from ._multipart import MultipartError, UploadedFile, form_boundary, parse_form
from ._platform_stores import MediaLinks, MediaShares
from ._replies import INVALID_CREDENTIAL, MEDIA_NOT_FOUND, ApiError, FileReply, Reply, failure, invalid, success
from ._routes_chats import history, record_delivery
from ._routing import Backend, Request, Route
from ._state import TOKEN_PATH, MediaRecord, MessageRecord, UnknownMessages

CORE_MEDIA_TYPES = ("1", "2", "3")
APP_MEDIA_TYPES = ("file", "video", "image", "audio")
APP_MEDIA_DIMENSIONS = ("width", "height", "duration")
REVOKE_CHAT_TYPES = ("staff", "group", "notification", "account", "bot")
MAX_CARD_LINKS = 3
JSAPI_TOKEN_LIFETIME = 7200
FILE_LINK_PATH = "/sandbox/files/{ticket}"


def _same_secret(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def create_app_token(backend: Backend, request: Request) -> Reply:
    grant_type = request.required_param("grant_type")
    app_id = request.required_param("appid")
    secret = request.required_param("secret")
    if grant_type != "client_credential":
        raise invalid("grant_type: must be client_credential")
    if not (_same_secret(app_id, backend.app_id) & _same_secret(secret, backend.app_secret)):
        raise ApiError(INVALID_CREDENTIAL, "invalid credential")
    token = backend.state.issue_token(backend.token_lifetime)
    return success({"appToken": token, "expiresIn": int(backend.token_lifetime)})


def create_jsapi_token(backend: Backend, request: Request) -> Reply:
    """Nothing in the sandbox consumes JSAPI tokens, so none is remembered; a bad user_token is still refused."""
    backend.acting_staff(request)
    return success({"jsApiToken": secrets.token_urlsafe(24), "expiresIn": JSAPI_TOKEN_LIFETIME})


def send_bot_message(backend: Backend, request: Request) -> Reply:
    body = json_object(request.json, "body")
    if not (text_list(body, "userIdList") or text_list(body, "departmentIdList")):
        raise invalid("userIdList or departmentIdList: at least one recipient required")
    for key in ("entryId", "refMsgId"):
        optional_text(body, key)
    check_message_payload(body, backend.media_exists)
    message_id = _deliver(backend, request, body)
    return success({"msgId": message_id, "invalidStaff": [], "invalidDepartment": []})


def send_group_message(backend: Backend, request: Request) -> Reply:
    body = json_object(request.json, "body")
    required_text(body, "groupId")
    for key in ("senderId", "outlines", "uuid", "entryId", "refMsgId"):
        optional_text(body, key)
    check_message_payload(body, backend.media_exists)
    return success({"msgId": _deliver(backend, request, body)})


def send_account_message(backend: Backend, request: Request) -> Reply:
    body = json_object(request.json, "body")
    if not (text_list(body, "userIdList") or text_list(body, "departmentIdList")):
        raise invalid("userIdList or departmentIdList: at least one recipient required")
    for key in ("accountId", "entryId", "attach"):
        optional_text(body, key)
    check_message_payload(body, backend.media_exists)
    message_id = _deliver(backend, request, body)
    return success({"msgId": message_id, "invalidStaff": [], "invalidDepartment": []})


def send_chat_message(backend: Backend, request: Request) -> Reply:
    """Impersonation needs a live user token: the sender is that user."""
    if backend.acting_staff(request) is None:
        raise invalid("user_token: required")
    body = json_object(request.json, "body")
    required_text(body, "receiverId")
    optional_text(body, "uuid")
    check_message_payload(body, backend.media_exists)
    return success({"msgId": _deliver(backend, request, body)})


def _deliver(backend: Backend, request: Request, body: Mapping[str, Any]) -> str:
    message_id = backend.state.record_message(request.path, body, user_token=request.param("user_token") is not None)
    record_delivery(backend, request, body, message_id)
    return message_id


def upload_media(backend: Backend, request: Request) -> Reply:
    media_type = request.required_param("type")
    if media_type not in CORE_MEDIA_TYPES:
        raise invalid(f"type: must be one of {', '.join(CORE_MEDIA_TYPES)}")
    media_id = _store_upload(backend, request, media_type)
    return success({"mediaId": media_id, "createdTime": str(time.time_ns() // 1000)})


def upload_app_media_v2(backend: Backend, request: Request) -> Reply:
    """Uploads on behalf of a user: a live user_token is required."""
    if backend.acting_staff(request) is None:
        raise invalid("user_token: required")
    return upload_app_media(backend, request)


def upload_app_media(backend: Backend, request: Request) -> Reply:
    media_type = request.required_param("type")
    if media_type not in APP_MEDIA_TYPES:
        raise invalid(f"type: must be one of {', '.join(APP_MEDIA_TYPES)}")
    for name in APP_MEDIA_DIMENSIONS:
        value = request.param(name)
        if value is not None and not value.isdigit():
            raise invalid(f"{name}: expected non-negative integer")
    return success({"mediaId": _store_upload(backend, request, media_type)})


def _store_upload(backend: Backend, request: Request, media_type: str) -> str:
    upload = _receive_media_part(backend, request)
    return backend.state.add_media(
        MediaRecord(
            path=upload.path,
            size=upload.size,
            content_type=upload.content_type,
            filename=upload.filename,
            type=media_type,
        )
    )


def _receive_media_part(backend: Backend, request: Request) -> UploadedFile:
    try:
        form = parse_form(request.body, form_boundary(request.content_type), backend.media_dir)
    except MultipartError as error:
        raise invalid(f"media: {error}") from None
    upload = form.files.pop("media", None)
    form.discard_files()
    if upload is None:
        raise invalid("media: file part required")
    return upload


def fetch_media(backend: Backend, request: Request) -> Reply:
    record = backend.state.media_record(request.path_params["media_id"])
    if record is None:
        raise ApiError(MEDIA_NOT_FOUND, "media not found")
    return FileReply(record["path"], record["content_type"], record["size"])


def fetch_media_path(backend: Backend, request: Request) -> Reply:
    """The path is a sandbox URL that serves the file without a token for an hour, like the platform's."""
    backend.acting_staff(request)
    media_id = request.path_params["media_id"]
    record = backend.state.media_record(media_id)
    if record is None:
        raise ApiError(MEDIA_NOT_FOUND, "media not found")
    ticket = backend.state.domain(MediaLinks.KEY, MediaLinks).issue(media_id)
    link = f"http://{request.host or '127.0.0.1'}{FILE_LINK_PATH.format(ticket=ticket)}"
    return success({"mediaPath": link, "name": record["filename"], "type": record["type"], "size": record["size"]})


def download_media_link(backend: Backend, request: Request) -> Reply:
    media_id = backend.state.domain(MediaLinks.KEY, MediaLinks).media_id(request.path_params["ticket"])
    record = backend.state.media_record(media_id) if media_id is not None else None
    if record is None:
        return failure(MEDIA_NOT_FOUND, "link unknown or expired", status=404)
    return FileReply(record["path"], record["content_type"], record["size"])


def fetch_shared_media(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    media_id = backend.state.domain(MediaShares.KEY, MediaShares).media_id(request.path_params["share_id"])
    record = backend.state.media_record(media_id) if media_id is not None else None
    if record is None:
        raise ApiError(MEDIA_NOT_FOUND, "share not found")
    return FileReply(record["path"], record["content_type"], record["size"])


def revoke_messages(backend: Backend, request: Request) -> Reply:
    body = json_object(request.json, "body")
    chat_type = optional_text(body, "chatType")
    if chat_type is not None and chat_type not in REVOKE_CHAT_TYPES:
        raise invalid(f"chatType: must be one of {', '.join(REVOKE_CHAT_TYPES)}")
    message_ids = text_list(body, "messageIds")
    if not message_ids:
        raise invalid("messageIds: required")
    if not optional_text(body, "senderId") and chat_type in ("staff", "group"):
        raise invalid("senderId: required when chatType is staff or group")
    try:
        backend.state.revoke(message_ids)
    except UnknownMessages as error:
        raise invalid(f"messageIds: unknown message {error}") from None
    history(backend).revoke(message_ids)
    return success({})


def update_dynamic_card(backend: Backend, request: Request) -> Reply:
    body = json_object(request.json, "body")
    message_id = required_text(body, "msgId")
    if required_text(body, "msgType") != "appCard":
        raise invalid("msgType: must be appCard")
    where = "msgData.appCardUpdateMsg"
    update = json_object(json_object(body.get("msgData"), "msgData").get("appCardUpdateMsg"), where)
    if not isinstance(update.get("isLastUpdate"), bool):
        raise invalid(f"{where}.isLastUpdate: expected boolean")
    if "headStatusInfo" in update:
        json_object(update["headStatusInfo"], f"{where}.headStatusInfo")
    links = update.get("links", [])
    if not isinstance(links, list) or len(links) > MAX_CARD_LINKS:
        raise invalid(f"{where}.links: expected array of at most {MAX_CARD_LINKS} items")
    try:
        backend.state.record_update(message_id, update, _vet_dynamic_card)
    except UnknownMessages:
        raise invalid("msgId: unknown message") from None
    return success({})


def _vet_dynamic_card(record: MessageRecord) -> None:
    """Only cards sent with ``isDynamic: true`` change in place, and only until their last update."""
    card = record["body"].get("msgData", {}).get("appCard")
    if record["body"].get("msgType") != "appCard" or not isinstance(card, dict) or card.get("isDynamic") is not True:
        raise invalid("msgId: not a dynamic appCard")
    if any(update.get("isLastUpdate") is True for update in record["updates"]):
        raise invalid("msgId: card already had its last update")


ROUTES: tuple[Route, ...] = (
    Route("GET", TOKEN_PATH, create_app_token, needs_app_token=False),
    Route("GET", "/v1/jsapitoken/create", create_jsapi_token),
    Route("POST", "/v1/bot/messages/create", send_bot_message, takes_json=True),
    Route("POST", "/v1/messages/group/create", send_group_message, takes_json=True),
    Route("POST", "/v1/messages/create", send_account_message, takes_json=True),
    Route("POST", "/v1/messages/chat/create", send_chat_message, takes_json=True),
    Route("POST", "/v1/medias/create", upload_media),
    Route("POST", "/v1/app/medias/create", upload_app_media),
    Route("POST", "/v2/app/medias/create", upload_app_media_v2),
    Route("GET", "/v1/medias/{media_id}/fetch", fetch_media),
    Route("GET", "/v1/medias/{media_id}/path/fetch", fetch_media_path),
    Route("GET", "/v1/media/share/{share_id}/fetch", fetch_shared_media),
    Route("GET", FILE_LINK_PATH, download_media_link, needs_app_token=False),
    Route("POST", "/v1/messages/revoke", revoke_messages, takes_json=True),
    Route("POST", "/v1/messages/dynamic/update", update_dynamic_card, takes_json=True),
)
