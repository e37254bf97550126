"""Tokens and messages: the app token, the four send channels, revoke and dynamic card updates.

The spec check has held each body to its channel's schema (``msgType`` values, enums, byte limits, a recipient);
the rules here add what a schema cannot say: ``msgData`` carries the payload under the ``msgType`` key,
attachments exist, recipients are known (refused with the codes the matching reads answer). Accepted messages also
go into the chat history (`_routes_chats`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lansenger_api.errors import ErrorCode

from ._card_state import vet_card_update
from ._directory import Roster, directory
from ._replies import ApiError, Reply, invalid, success
from ._routes_chats import history, record_delivery
from ._routes_groups import GroupStore
from ._routing import Backend, Request, Route
from ._spec import message_body, message_payload
from ._state import TOKEN_PATH, MessageRecord, UnknownMessages


def check_message(backend: Backend, body: Mapping[str, Any]) -> None:
    msg_type = body["msgType"]
    payload = message_body(body["msgData"], msg_type)
    if payload is None or payload == {}:
        raise invalid(f"msgData.{msg_type}: required")
    if not isinstance(payload, dict):
        return
    where = f"msgData.{msg_type}."
    media_ids = payload.get("mediaIds", [])
    if msg_type == "text" and not payload.get("content") and not media_ids:
        raise invalid(f"{where}content: required unless mediaIds are given")
    unknown = [media_id for media_id in media_ids if not backend.media_exists(media_id)]
    if unknown:
        raise invalid(f"{where}mediaIds: unknown media {', '.join(unknown)}")


def known_staff(now: Roster, staff_id: str, where: str) -> str:
    """The platform answers an unknown staff id with "user not found", as its staff reads do."""
    if staff_id not in now.staff:
        raise ApiError(ErrorCode.USER_NOT_FOUND, f"{where}: user {staff_id} not found")
    return staff_id


def reachable_group(backend: Backend, group_id: str, sender: str | None) -> None:
    """An unknown group is refused as its read is (64001), a sender outside it with "not in group" (30001)."""
    backend.state.domain("groups", GroupStore).read(group_id, sender)


def split_recipients(backend: Backend, body: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """Unknown staff and departments of a broadcast, answered as invalidStaff / invalidDepartment; with no
    recipient left the send is refused (the stricter reading where the platform is silent)."""
    now = directory(backend.state).read()
    staff, departments = body.get("userIdList", []), body.get("departmentIdList", [])
    invalid_staff = [staff_id for staff_id in staff if staff_id not in now.staff]
    invalid_departments = [department for department in departments if department not in now.departments]
    if len(invalid_staff) == len(staff) and len(invalid_departments) == len(departments):
        raise ApiError(ErrorCode.USER_NOT_FOUND, "userIdList / departmentIdList: no known recipient")
    return invalid_staff, invalid_departments


def create_app_token(backend: Backend, request: Request) -> Reply:
    app_id, secret = request.required_param("appid"), request.required_param("secret")
    backend.check_credentials(app_id, secret)
    token = backend.state.issue_token(backend.token_lifetime)
    return success({"appToken": token, "expiresIn": int(backend.token_lifetime)})


def send_broadcast(backend: Backend, request: Request) -> Reply:
    """The bot and official-account channels: unknown recipients come back in invalidStaff / invalidDepartment."""
    check_message(backend, request.json)
    invalid_staff, invalid_departments = split_recipients(backend, request.json)
    message_id = _deliver(backend, request, request.json)
    return success({"msgId": message_id, "invalidStaff": invalid_staff, "invalidDepartment": invalid_departments})


def send_group_message(backend: Backend, request: Request) -> Reply:
    """The sender is the user of user_token, else senderId, else the app's bot; they must be in the group."""
    body = request.json
    sender = backend.acting_staff(request) or body.get("senderId") or None
    check_message(backend, body)
    reachable_group(backend, body["groupId"], sender)
    return success({"msgId": _deliver(backend, request, body, sender=sender)})


def send_chat_message(backend: Backend, request: Request) -> Reply:
    """The sender is the user of user_token (the spec requires it; x-lansenger-refers checks the receiverId)."""
    check_message(backend, request.json)
    sender = backend.acting_staff(request)
    return success({"msgId": _deliver(backend, request, request.json, sender=sender)})


def _deliver(backend: Backend, request: Request, body: Mapping[str, Any], *, sender: str | None = None) -> str:
    message_id = backend.state.record_message(
        request.path, body, user_token=request.param("user_token") is not None, sender=sender
    )
    record_delivery(backend, request, body, message_id)
    return message_id


def revoke_messages(backend: Backend, request: Request) -> Reply:
    """The call succeeds while each message's own outcome goes in subStatus, in request order: an id the sandbox
    never sent, or a message already revoked, is answered NOT_FOUND there (the platform documents no code)."""
    body = request.json
    if not body.get("senderId") and body.get("chatType") in ("staff", "group"):
        raise invalid("senderId: required when chatType is staff or group")
    outcomes = backend.state.revoke(body["messageIds"])
    history(backend).revoke(
        message_id for message_id, why in zip(body["messageIds"], outcomes, strict=True) if why is None
    )
    statuses = [
        {"errCode": 0, "errMsg": "ok"} if why is None else {"errCode": int(ErrorCode.NOT_FOUND), "errMsg": why}
        for why in outcomes
    ]
    return success({"subStatus": statuses})


def check_update_identity(record: MessageRecord, updater: str | None) -> None:
    """A card sent as a person changes only under that person (their user_token or userId), else 10005; a card
    the app's bot sent needs the app alone."""
    sender = record.get("sender")
    if sender is not None and updater != sender:
        raise ApiError(ErrorCode.API_NOT_PERMITTED, "no permission: the card was sent as a person; update it as them")


def update_dynamic_card(backend: Backend, request: Request) -> Reply:
    """The update travels under ``<msgType>UpdateMsg`` and applies to a card of that type sent as dynamic."""
    body = request.json
    updater = backend.acting_staff(request) or body.get("userId")
    msg_type = body["msgType"]
    update = body["msgData"].get(f"{msg_type}UpdateMsg")
    if not isinstance(update, dict):
        raise invalid(f"msgData.{msg_type}UpdateMsg: required")

    def vet(record: MessageRecord) -> None:
        check_update_identity(record, updater)
        card = record["body"].get("msgData", {}).get(msg_type)
        # a card whose schema has isDynamic changes in place only when sent with it set
        flagged = "isDynamic" in message_payload(msg_type).get("properties", {})
        dynamic = isinstance(card, dict) and (card.get("isDynamic") is True or not flagged)
        if record["body"].get("msgType") != msg_type or not dynamic:
            raise invalid(f"msgId: not a dynamic {msg_type}")
        vet_card_update(record)

    try:
        backend.state.record_update(body["msgId"], update, vet)
    except UnknownMessages:
        raise invalid("msgId: unknown message") from None
    return success({})


ROUTES: tuple[Route, ...] = (
    Route("GET", TOKEN_PATH, create_app_token, needs_app_token=False),
    Route("POST", "/v1/bot/messages/create", send_broadcast, takes_json=True),
    Route("POST", "/v1/messages/group/create", send_group_message, takes_json=True),
    Route("POST", "/v1/messages/create", send_broadcast, takes_json=True),
    Route("POST", "/v1/messages/chat/create", send_chat_message, takes_json=True),
    Route("POST", "/v1/messages/revoke", revoke_messages, takes_json=True),
    Route("POST", "/v1/messages/dynamic/update", update_dynamic_card, takes_json=True),
)
