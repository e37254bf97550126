# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `hooks` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import evolve

from ...client import apaginate, next_offset, next_page, paged, paginate, with_extra
from ...errors import TABLE
from ...lazy import Deferred
from ...options import TimeoutOption
from ...raw import aevents_method, araw_method, astreamed_method, events_method, raw_method, streamed_method
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

    @cached_property
    def with_raw_response(self) -> HooksResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return HooksResourceWithRawResponse(self)

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
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> MessageAck | None:
        """Send a message to a group through the group's webhook bot.

        Authenticated by the webhook's hook_token, not by the app token. A webhook whose security setting is
        "signature" also needs timestamp (Unix seconds, as text) and sign: Base64 of HMAC-SHA256 keyed with
        `<timestamp>@<secret>` over an empty message. `client.webhooks.send_text` / `send` compute both for
        you. A webhook tied to an app (security setting "app credential") additionally takes that app's
        token as app_token. The webhook documentation lists text, linkCard, appCard, oacard, appArticles and
        document as message types; msgType is passed as given.

        POST /v1/bot/hook/messages/create
        """
        return _create_hook_message.sync(
            client=self._http,
            body=with_extra(
                HookMessageRequest(
                    msg_type,
                    msg_data,
                    timestamp,
                    sign,
                ),
                extra_body,
            ),
            hook_token=hook_token,
            app_token=app_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class HooksResourceWithRawResponse:
    """Every operation of `HooksResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: HooksResource) -> None:
        self.create_hook_message = raw_method(resource.create_hook_message, TABLE)


class AsyncHooksResource:
    """Operations tagged `hooks` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncHooksResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncHooksResourceWithRawResponse(self)

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
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> MessageAck | None:
        """Send a message to a group through the group's webhook bot.

        Authenticated by the webhook's hook_token, not by the app token. A webhook whose security setting is
        "signature" also needs timestamp (Unix seconds, as text) and sign: Base64 of HMAC-SHA256 keyed with
        `<timestamp>@<secret>` over an empty message. `client.webhooks.send_text` / `send` compute both for
        you. A webhook tied to an app (security setting "app credential") additionally takes that app's
        token as app_token. The webhook documentation lists text, linkCard, appCard, oacard, appArticles and
        document as message types; msgType is passed as given.

        POST /v1/bot/hook/messages/create
        """
        return await _create_hook_message.asyncio(
            client=self._http,
            body=with_extra(
                HookMessageRequest(
                    msg_type,
                    msg_data,
                    timestamp,
                    sign,
                ),
                extra_body,
            ),
            hook_token=hook_token,
            app_token=app_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncHooksResourceWithRawResponse:
    """Every operation of `AsyncHooksResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncHooksResource) -> None:
        self.create_hook_message = araw_method(resource.create_hook_message, TABLE)


__all__ = ["AsyncHooksResource", "HooksResource"]
