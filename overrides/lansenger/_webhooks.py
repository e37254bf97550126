"""Group webhook bots: send to a group with its hook token, signed for you when the webhook has a secret.

A webhook's URL carries its token (``.../v1/bot/hook/messages/create?hook_token=...``); a webhook with the
"signature" security setting also has a secret, from which every message's ``sign`` is computed. Both are
credentials: they are only passed through, never stored, and redacted from logs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Sequence
from urllib.parse import parse_qs, urlsplit

from lansenger_api.api.hooks import AsyncHooksResource, HooksResource
from lansenger_api.errors import InvalidArgumentError
from lansenger_api.models.message_ack import MessageAck
from lansenger_api.types import UNSET, Unset

from . import _message_bodies as bodies
from ._message_bodies import Body, Outgoing

__all__ = ["AsyncWebhooks", "Webhooks", "hook_sign"]


def hook_sign(timestamp: int | str, secret: str) -> str:
    """The webhook signature: Base64 of HMAC-SHA256 keyed with ``<timestamp>@<secret>`` over an empty message.

    ``timestamp`` is Unix time in seconds, sent beside the signature as text.
    """
    if not isinstance(secret, str) or not secret:
        raise InvalidArgumentError("the webhook secret must be a non-empty string")
    key = f"{timestamp}@{secret}".encode()
    return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode("ascii")


def hook_token_of(hook: str) -> str:
    """The token of a webhook, given either the token itself or the whole webhook URL from its settings."""
    if not isinstance(hook, str) or not hook.strip():
        raise InvalidArgumentError("the webhook must be its hook_token or its URL, a non-empty string")
    if "hook_token=" not in hook:
        return hook.strip()
    tokens = parse_qs(urlsplit(hook.strip()).query).get("hook_token", [])
    if len(tokens) != 1 or not tokens[0]:
        raise InvalidArgumentError("the webhook URL must carry exactly one hook_token")
    return tokens[0]


def _unix_seconds() -> int:
    return int(time.time())


def _signed(secret: str | None) -> tuple[str | Unset, str | Unset]:
    """(timestamp, sign) for a webhook with a secret; nothing for one without."""
    if secret is None:
        return UNSET, UNSET
    timestamp = str(_unix_seconds())
    return timestamp, hook_sign(timestamp, secret)


def _text(text: str, mentions: Sequence[str], mention_all: bool) -> Outgoing:
    return Outgoing("text", bodies.text_data(text, chat_type="group", mentions=mentions, mention_all=mention_all))


class Webhooks(HooksResource):
    """Webhook operations, plus `send_text` and `send` that sign each message when given the secret.

    `hook` is the webhook's hook_token or its whole URL. `app_token` is only for a webhook tied to an app
    ("app credential" security): pass ``client.app_token()``.
    """

    def send_text(
        self,
        hook: str,
        text: str,
        *,
        secret: str | None = None,
        mentions: Sequence[str] = (),
        mention_all: bool = False,
        app_token: str | None = None,
    ) -> MessageAck:
        """Post plain text (within the spec's byte limit) to the webhook's group; @mention staff or everyone."""
        return self._post(hook, _text(text, mentions, mention_all), secret, app_token)

    def send(self, hook: str, message: Body, *, secret: str | None = None, app_token: str | None = None) -> MessageAck:
        """Post any message body model (a LinkCardMessage, an AppCardMessage, ...) to the webhook's group."""
        return self._post(hook, bodies.wrap(message), secret, app_token)

    def _post(self, hook: str, message: Outgoing, secret: str | None, app_token: str | None) -> MessageAck:
        token = hook_token_of(hook)
        timestamp, sign = _signed(secret)
        sent = self.create_hook_message(
            hook_token=token,
            msg_type=message.msg_type,
            msg_data=message.msg_data,
            timestamp=timestamp,
            sign=sign,
            app_token=bodies.optional(app_token),
        )
        return sent if sent is not None else MessageAck()


class AsyncWebhooks(AsyncHooksResource):
    """The async twin of `Webhooks`."""

    async def send_text(
        self,
        hook: str,
        text: str,
        *,
        secret: str | None = None,
        mentions: Sequence[str] = (),
        mention_all: bool = False,
        app_token: str | None = None,
    ) -> MessageAck:
        """See `Webhooks.send_text`."""
        return await self._post(hook, _text(text, mentions, mention_all), secret, app_token)

    async def send(
        self, hook: str, message: Body, *, secret: str | None = None, app_token: str | None = None
    ) -> MessageAck:
        """See `Webhooks.send`."""
        return await self._post(hook, bodies.wrap(message), secret, app_token)

    async def _post(self, hook: str, message: Outgoing, secret: str | None, app_token: str | None) -> MessageAck:
        token = hook_token_of(hook)
        timestamp, sign = _signed(secret)
        sent = await self.create_hook_message(
            hook_token=token,
            msg_type=message.msg_type,
            msg_data=message.msg_data,
            timestamp=timestamp,
            sign=sign,
            app_token=bodies.optional(app_token),
        )
        return sent if sent is not None else MessageAck()
