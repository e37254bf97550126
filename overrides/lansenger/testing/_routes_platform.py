"""Notification chat and app events, installations, group webhooks and bot slash commands.

- Notification chat states are kept per person; baseVersion must grow from one update to the next.
- Notification messages become message records (one per recipient) that can be revoked and reminded of.
- Installations are a versioned list walked with base_version / latestVersion.
- A webhook is created in a test with ``sandbox.state.domain(HookStore.KEY, HookStore).create(group_id, ...)``;
  its messages land in the group's chat history. A signed webhook checks sign and a timestamp within an hour.
- Bot commands are kept per scope, and a scope must name what its scopeType needs (chatId, chatType, staffId).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Mapping
from typing import Any

from ._chat_history import Sent, group_key
from ._checks import check_message_payload, json_object, optional_text, text_list
from ._org_store import Roster, directory
from ._platform_stores import BotCommandStore, HookStore, NotificationStore, RoamingOrgs, ScopeKey
from ._replies import INVALID_TOKEN, MEDIA_NOT_FOUND, USER_NOT_FOUND, ApiError, Reply, invalid, success
from ._routes_chats import group_members, history, message_content
from ._routes_groups import GroupStore
from ._routing import Backend, Request, Route

SIGN_WINDOW_SECONDS = 3600
"""How far a signed webhook message's timestamp may be from now; the platform documents none, an hour is lenient."""
SCOPE_GROUP_MEMBER, SCOPE_GROUP_ADMINS, SCOPE_CHAT = 1, 2, 3
GROUP_SCOPES = (SCOPE_GROUP_MEMBER, SCOPE_GROUP_ADMINS)


def _notifications(backend: Backend) -> NotificationStore:
    return backend.state.domain(NotificationStore.KEY, NotificationStore)


def _known_staff(now: Roster, staff_ids: list[str], where: str) -> None:
    unknown = [staff_id for staff_id in staff_ids if staff_id not in now.staff]
    if unknown:
        raise ApiError(USER_NOT_FOUND, f"{where}: user {', '.join(unknown)} not found")


def fetch_chat_notification(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    staff_id = request.path_params["user_id"]
    _known_staff(directory(backend.state).read(), [staff_id], "user_id")
    return success({"noDisturb": _notifications(backend).state(staff_id)["noDisturb"]})


def update_chat_notifications(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    statuses: list[Mapping[str, Any]] = json_object(request.json, "body")["statusList"]
    now = directory(backend.state).read()
    _known_staff(now, [status["userId"] for status in statuses], "statusList.userId")
    _notifications(backend).update(statuses, _check_status)
    return success({})


def _check_status(status: Mapping[str, Any], previous: int | None) -> None:
    where = f"statusList[{status['userId']}]"
    if ("noDisturb" in status) == ("unreadCount" in status):
        raise invalid(f"{where}: give exactly one of noDisturb and unreadCount")
    version = status.get("baseVersion")
    if version is None:
        return
    if not version.isdigit():
        raise invalid(f"{where}.baseVersion: expected a number")
    if previous is not None and int(version) <= previous:
        raise invalid(f"{where}.baseVersion: must be greater than {previous}")


def create_notification_message(backend: Backend, request: Request) -> Reply:
    """One message per recipient; unknown recipients get a failed status instead of failing the call."""
    sender = backend.acting_staff(request)
    body = json_object(request.json, "body")
    if sender is None and not optional_text(body, "senderId"):
        raise invalid("senderId: required without a user_token")
    check_message_payload(body, backend.media_exists)
    message_ids: list[str] = []
    statuses: list[dict[str, Any]] = []
    content = message_content(backend, body)
    staff = directory(backend.state).read().staff
    for receiver in text_list(body, "receiverIds"):
        if receiver not in staff:
            statuses.append({"errCode": USER_NOT_FOUND, "errMsg": f"user {receiver} not found"})
            continue
        single = {**body, "receiverIds": [receiver]}
        message_id = backend.state.record_message(request.path, single, user_token=sender is not None)
        sent = Sent(message_id, (), frozenset({receiver}), sender, "", str(body["msgType"]), content)
        history(backend).record(sent)
        message_ids.append(message_id)
        statuses.append({"errCode": 0, "errMsg": "ok"})
    return success({"msgIds": message_ids, "status": statuses})


def create_event_notification(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    events: list[Mapping[str, Any]] = json_object(request.json, "body")["events"]
    now = directory(backend.state).read()
    for index, event in enumerate(events):
        _known_staff(now, text_list(event, "receiverIds"), f"events[{index}].receiverIds")
    _notifications(backend).push(events)
    return success({})


def list_roaming_orgs(backend: Backend, request: Request) -> Reply:
    backend.acting_staff(request)
    cursor = request.required_param("base_version")
    if not cursor.isdigit():
        raise invalid("base_version: expected a microsecond timestamp")
    size = int(request.required_param("page_size"))
    changes = backend.state.domain(RoamingOrgs.KEY, RoamingOrgs).changes_after(int(cursor))
    page = changes[:size]
    orgs = [{"orgId": org.org_id, "orgName": org.org_name, "state": org.state} for org in page]
    latest = str(page[-1].version) if page else cursor
    return success({"orgList": orgs, "hasMore": len(changes) > len(page), "latestVersion": latest})


def hook_sign(timestamp: str, secret: str) -> str:
    key = f"{timestamp}@{secret}".encode()
    return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode("ascii")


def create_hook_message(backend: Backend, request: Request) -> Reply:
    hook = backend.state.domain(HookStore.KEY, HookStore).find(request.required_param("hook_token"))
    if hook is None:
        raise invalid("hook_token: no such webhook")
    app_token = request.param("app_token")
    if app_token is not None and not backend.state.token_is_live(app_token):
        raise ApiError(INVALID_TOKEN, "invalid or expired app_token")
    body = json_object(request.json, "body")
    if hook.secret is not None:
        _check_signature(body, hook.secret)
    check_message_payload(body, backend.media_exists)
    if backend.state.domain("groups", GroupStore).group(hook.group_id) is None:
        raise ApiError(MEDIA_NOT_FOUND, "the webhook's group no longer exists")
    message = {key: value for key, value in body.items() if key in ("msgType", "msgData")}
    message_id = backend.state.record_message(request.path, {"groupId": hook.group_id, **message}, user_token=False)
    members = group_members(backend, hook.group_id)
    content = message_content(backend, body)
    history(backend).record(
        Sent(message_id, (group_key(hook.group_id),), members, None, hook.name, str(body["msgType"]), content)
    )
    return success({"msgId": message_id})


def _check_signature(body: Mapping[str, Any], secret: str) -> None:
    timestamp, sign = optional_text(body, "timestamp"), optional_text(body, "sign")
    if not timestamp or not sign:
        raise invalid("timestamp and sign: required by this webhook's signature setting")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > SIGN_WINDOW_SECONDS:
        raise invalid("timestamp: must be the current Unix time in seconds")
    if not hmac.compare_digest(sign.encode(), hook_sign(timestamp, secret).encode()):
        raise invalid("sign: does not match")


def _scope(backend: Backend, body: Mapping[str, Any]) -> ScopeKey:
    """The scope a body names, checked against what its scopeType needs; scopes 4-7 ignore chat fields."""
    scope_type: int = body["scopeType"]
    if scope_type not in (*GROUP_SCOPES, SCOPE_CHAT):
        return (scope_type, None, None, None)
    chat_id, chat_type = optional_text(body, "chatId"), optional_text(body, "chatType")
    if not chat_id or not chat_type:
        raise invalid(f"chatId and chatType: required for scopeType {scope_type}")
    if scope_type in GROUP_SCOPES and chat_type != "group":
        raise invalid(f"chatType: must be group for scopeType {scope_type}")
    if chat_type == "staff":
        _known_staff(directory(backend.state).read(), [chat_id], "chatId")
        return (scope_type, chat_id, chat_type, None)
    group = backend.state.domain("groups", GroupStore).group(chat_id)
    if group is None:
        raise ApiError(MEDIA_NOT_FOUND, f"chatId: group {chat_id} not found")
    if scope_type != SCOPE_GROUP_MEMBER:
        return (scope_type, chat_id, chat_type, None)
    staff_id = optional_text(body, "staffId")
    if not staff_id:
        raise invalid("staffId: required for scopeType 1")
    if staff_id not in group.members:
        raise invalid(f"staffId: {staff_id} is not a member of the group")
    return (scope_type, chat_id, chat_type, staff_id)


def _commands(backend: Backend) -> BotCommandStore:
    return backend.state.domain(BotCommandStore.KEY, BotCommandStore)


def create_bot_commands(backend: Backend, request: Request) -> Reply:
    body = json_object(request.json, "body")
    scope = _scope(backend, body)
    commands: list[Mapping[str, Any]] = body["commands"]
    names = [command["command"] for command in commands]
    if len(set(names)) != len(names):
        raise invalid("commands: each command may appear once")
    _commands(backend).replace(scope, commands)
    return success({})


def fetch_bot_commands(backend: Backend, request: Request) -> Reply:
    scope = _scope(backend, json_object(request.json, "body"))
    echoed = dict(zip(("scopeType", "chatId", "chatType", "staffId"), scope, strict=True))
    answer = {key: value for key, value in echoed.items() if value is not None}
    return success({**answer, "commands": _commands(backend).commands(scope)})


def delete_bot_commands(backend: Backend, request: Request) -> Reply:
    _commands(backend).delete(_scope(backend, json_object(request.json, "body")))
    return success({})


ROUTES: tuple[Route, ...] = (
    Route("GET", "/v1/chat/notification/{user_id}/fetch", fetch_chat_notification),
    Route("POST", "/v2/chat/notification/update", update_chat_notifications, takes_json=True),
    Route("POST", "/v1/messages/notification/create", create_notification_message, takes_json=True),
    Route("POST", "/v2/event/notification/create", create_event_notification, takes_json=True),
    Route("GET", "/v1/app/roaming/orgs/fetch", list_roaming_orgs),
    Route("POST", "/v1/bot/hook/messages/create", create_hook_message, takes_json=True, needs_app_token=False),
    Route("POST", "/v1/bot/commands/create", create_bot_commands, takes_json=True),
    Route("POST", "/v1/bot/commands/fetch", fetch_bot_commands, takes_json=True),
    Route("POST", "/v1/bot/commands/delete", delete_bot_commands, takes_json=True),
)
