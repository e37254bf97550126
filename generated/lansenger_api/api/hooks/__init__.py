# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `hooks` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import evolve

from ...client import apaginate, next_offset, next_page, paged, paginate, with_extra
from ...lazy import Deferred
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.hook_message_request import HookMessageRequest
    from ...models.message_ack import MessageAck
    from ...models.msg_data import MsgData
    from . import create_hook_message as _create_hook_message
else:
    HookMessageRequest = Deferred(__name__, "...models.hook_message_request", "HookMessageRequest")
    _create_hook_message = Deferred(__name__, ".create_hook_message")


class HooksResource:
    """Operations tagged `hooks` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def create_hook_message(
        self,
        *,
        msg_type: str,
        msg_data: MsgData,
        timestamp: str | Unset = UNSET,
        sign: str | Unset = UNSET,
        hook_token: str,
        app_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MessageAck | None:
        """Send a message to a group through the group's webhook bot.

        Authenticated by the webhook's hook_token, not by the app token. A webhook whose security setting is
        "signature" also needs timestamp (Unix seconds, as text) and sign: Base64 of HMAC-SHA256 keyed with
        `<timestamp>@<secret>` over an empty message. `client.hooks.send_text` / `send` compute both for
        you. A webhook tied to an app (security setting "app credential") additionally takes that app's
        token as app_token. The webhook documentation lists text, linkCard, appCard, oacard, appArticles and
        document as message types; msgType is passed as given.

        POST /v1/bot/hook/messages/create
        """
        return _create_hook_message.sync(
            client=self._http,
            body=with_extra(
                HookMessageRequest(
                    msg_type=msg_type,
                    msg_data=msg_data,
                    timestamp=timestamp,
                    sign=sign,
                ),
                extra_body,
            ),
            hook_token=hook_token,
            app_token=app_token,
        )


class AsyncHooksResource:
    """Operations tagged `hooks` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def create_hook_message(
        self,
        *,
        msg_type: str,
        msg_data: MsgData,
        timestamp: str | Unset = UNSET,
        sign: str | Unset = UNSET,
        hook_token: str,
        app_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
    ) -> MessageAck | None:
        """Send a message to a group through the group's webhook bot.

        Authenticated by the webhook's hook_token, not by the app token. A webhook whose security setting is
        "signature" also needs timestamp (Unix seconds, as text) and sign: Base64 of HMAC-SHA256 keyed with
        `<timestamp>@<secret>` over an empty message. `client.hooks.send_text` / `send` compute both for
        you. A webhook tied to an app (security setting "app credential") additionally takes that app's
        token as app_token. The webhook documentation lists text, linkCard, appCard, oacard, appArticles and
        document as message types; msgType is passed as given.

        POST /v1/bot/hook/messages/create
        """
        return await _create_hook_message.asyncio(
            client=self._http,
            body=with_extra(
                HookMessageRequest(
                    msg_type=msg_type,
                    msg_data=msg_data,
                    timestamp=timestamp,
                    sign=sign,
                ),
                extra_body,
            ),
            hook_token=hook_token,
            app_token=app_token,
        )


__all__ = ["AsyncHooksResource", "HooksResource"]
