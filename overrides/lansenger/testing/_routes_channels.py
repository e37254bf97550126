"""The other message channels: notification messages (one record per recipient; unknown recipients get a
failed status) and group webhook bots (created in a test with ``sandbox.state.domain(HookStore.KEY,
HookStore).create(group_id, ...)``; a signed one checks sign and a timestamp within an hour).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from lansenger_api.errors import ErrorCode

from ._directory import ORG_ID, directory
from ._replies import ApiError, Reply, invalid, success
from ._routes import check_message, reachable_group
from ._routes_chats import group_key, history, message_content
from ._routing import Backend, Request, Route

SIGN_WINDOW_SECONDS = 3600
"""How far a signed webhook message's timestamp may be from now; the platform documents none, an hour is lenient."""


@dataclass(frozen=True)
class Webhook:
    """A group's webhook bot; ``secret`` is None when it accepts unsigned messages."""

    token: str
    group_id: str
    secret: str | None
    name: str

    def __repr__(self) -> str:
        return f"Webhook(group_id={self.group_id!r}, name={self.name!r}, signed={self.secret is not None})"


class HookStore:
    """The group webhook bots people added in the sandbox. Create one with `create` before sending through it."""

    KEY: ClassVar[str] = "hooks"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hooks: dict[str, Webhook] = {}

    def create(self, group_id: str, *, secret: str | None = None, name: str = "Webhook Bot") -> Webhook:
        """A webhook posting to ``group_id``; with ``secret`` it only accepts signed messages."""
        hook = Webhook(f"{ORG_ID}-{secrets.token_urlsafe(24)}", group_id, secret, name)
        with self._lock:
            self._hooks[hook.token] = hook
        return hook

    def find(self, token: str) -> Webhook | None:
        with self._lock:
            return self._hooks.get(token)


def create_notification_message(backend: Backend, request: Request) -> Reply:
    """One message per recipient; unknown recipients get a failed status instead of failing the call."""
    sender = backend.acting_staff(request)
    body = request.json
    if sender is None and not body.get("senderId"):
        raise invalid("senderId: required without a user_token")
    check_message(backend, body)
    now = directory(backend.state).read()
    message_ids: list[str] = []
    statuses: list[dict[str, Any]] = []
    for receiver in body["receiverIds"]:
        if receiver not in now.staff:
            statuses.append({"errCode": ErrorCode.USER_NOT_FOUND, "errMsg": f"user {receiver} not found"})
            continue
        single = {**body, "receiverIds": [receiver]}
        message_id = backend.state.record_message(request.path, single, user_token=sender is not None)
        message_ids.append(message_id)
        statuses.append({"errCode": 0, "errMsg": "ok"})
    return success({"msgIds": message_ids, "status": statuses})


def hook_sign(timestamp: str, secret: str) -> str:
    key = f"{timestamp}@{secret}".encode()
    return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode("ascii")


def create_hook_message(backend: Backend, request: Request) -> Reply:
    hook = backend.state.domain(HookStore.KEY, HookStore).find(request.required_param("hook_token"))
    if hook is None:
        raise invalid("hook_token: no such webhook")
    app_token = request.param("app_token")
    if app_token is not None and not backend.state.token_is_live(app_token):
        raise ApiError(ErrorCode.TOKEN_INVALID, "invalid or expired app_token")
    body = request.json
    if hook.secret is not None:
        _check_signature(body, hook.secret)
    check_message(backend, body)
    reachable_group(backend, hook.group_id, None)
    message = {key: value for key, value in body.items() if key in ("msgType", "msgData")}
    message_id = backend.state.record_message(request.path, {"groupId": hook.group_id, **message}, user_token=False)
    history(backend).record([group_key(hook.group_id)], message_id, None, hook.name, message_content(backend, body))
    return success({"msgId": message_id})


def _check_signature(body: Mapping[str, Any], secret: str) -> None:
    timestamp, sign = body.get("timestamp"), body.get("sign")
    if not timestamp or not sign:
        raise invalid("timestamp and sign: required by this webhook's signature setting")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > SIGN_WINDOW_SECONDS:
        raise invalid("timestamp: must be the current Unix time in seconds")
    if not hmac.compare_digest(sign.encode(), hook_sign(timestamp, secret).encode()):
        raise invalid("sign: does not match")


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/messages/notification/create", create_notification_message, takes_json=True),
    Route("POST", "/v1/bot/hook/messages/create", create_hook_message, takes_json=True, needs_app_token=False),
)
