# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `notifications` resource: its operations as methods, sync and async."""

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
    from ...models.chat_notification_state import ChatNotificationState
    from ...models.chat_notification_status import ChatNotificationStatus
    from ...models.chat_notification_update import ChatNotificationUpdate
    from ...models.event_notification_request import EventNotificationRequest
    from ...models.msg_data import MsgData
    from ...models.msg_type import MsgType, check_msg_type
    from ...models.notification_event import NotificationEvent
    from ...models.notification_message_request import NotificationMessageRequest
    from ...models.notification_messages_sent import NotificationMessagesSent
    from ...models.notifications_accepted import NotificationsAccepted
    from . import create_event_notification as _create_event_notification
    from . import create_notification_message as _create_notification_message
    from . import fetch_chat_notification as _fetch_chat_notification
    from . import update_chat_notifications as _update_chat_notifications
else:
    ChatNotificationUpdate = Deferred(__name__, "...models.chat_notification_update", "ChatNotificationUpdate")
    EventNotificationRequest = Deferred(__name__, "...models.event_notification_request", "EventNotificationRequest")
    NotificationMessageRequest = Deferred(
        __name__, "...models.notification_message_request", "NotificationMessageRequest"
    )
    _create_event_notification = Deferred(__name__, ".create_event_notification")
    _create_notification_message = Deferred(__name__, ".create_notification_message")
    _fetch_chat_notification = Deferred(__name__, ".fetch_chat_notification")
    _update_chat_notifications = Deferred(__name__, ".update_chat_notifications")


class NotificationsResource:
    """Operations tagged `notifications` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> NotificationsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return NotificationsResourceWithRawResponse(self)

    def create_event_notification(
        self,
        *,
        events: list[NotificationEvent],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> NotificationsAccepted | None:
        """Push app events to people's clients, such as the workbench badge (eventType app_changes).

        The platform documents no answer data; what it sends is kept as is.

        POST /v2/event/notification/create
        """
        return _create_event_notification.sync(
            client=self._http,
            body=with_extra(
                EventNotificationRequest(
                    events,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_notification_message(
        self,
        *,
        receiver_ids: list[str],
        msg_type: MsgType,
        msg_data: MsgData,
        sender_id: str | Unset = UNSET,
        uuid: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> NotificationMessagesSent:
        """Send a message into the app's notification chat of up to 1000 people.

        The sender is the user of `user_token` when given, else senderId, which the platform then requires.
        The answer lists the message ids and one status per recipient, so a partly failed send still
        succeeds.

        POST /v1/messages/notification/create
        """
        return _create_notification_message.sync(
            client=self._http,
            body=with_extra(
                NotificationMessageRequest(
                    receiver_ids,
                    msg_type,
                    msg_data,
                    sender_id,
                    uuid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def fetch_chat_notification(
        self,
        user_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ChatNotificationState:
        """Fetch one person's state of the app's notification chat (do-not-disturb).

        GET /v1/chat/notification/{user_id}/fetch
        """
        return _fetch_chat_notification.sync(
            user_id=user_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_chat_notifications(
        self,
        *,
        status_list: list[ChatNotificationStatus],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> NotificationsAccepted | None:
        """Set the do-not-disturb flag or the unread badge of the app's notification chat, for many people.

        Each entry sets either noDisturb or unreadCount for one person, never both. baseVersion must grow
        from one update of a person to the next (a microsecond timestamp does), so a late, older update
        cannot overwrite a newer one. The platform documents no answer data; what it sends is kept as is.

        POST /v2/chat/notification/update
        """
        return _update_chat_notifications.sync(
            client=self._http,
            body=with_extra(
                ChatNotificationUpdate(
                    status_list,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class NotificationsResourceWithRawResponse:
    """Every operation of `NotificationsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: NotificationsResource) -> None:
        self.create_event_notification = raw_method(resource.create_event_notification, TABLE)
        self.create_notification_message = raw_method(resource.create_notification_message, TABLE)
        self.fetch_chat_notification = raw_method(resource.fetch_chat_notification, TABLE)
        self.update_chat_notifications = raw_method(resource.update_chat_notifications, TABLE)


class AsyncNotificationsResource:
    """Operations tagged `notifications` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncNotificationsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncNotificationsResourceWithRawResponse(self)

    async def create_event_notification(
        self,
        *,
        events: list[NotificationEvent],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> NotificationsAccepted | None:
        """Push app events to people's clients, such as the workbench badge (eventType app_changes).

        The platform documents no answer data; what it sends is kept as is.

        POST /v2/event/notification/create
        """
        return await _create_event_notification.asyncio(
            client=self._http,
            body=with_extra(
                EventNotificationRequest(
                    events,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_notification_message(
        self,
        *,
        receiver_ids: list[str],
        msg_type: MsgType,
        msg_data: MsgData,
        sender_id: str | Unset = UNSET,
        uuid: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> NotificationMessagesSent:
        """Send a message into the app's notification chat of up to 1000 people.

        The sender is the user of `user_token` when given, else senderId, which the platform then requires.
        The answer lists the message ids and one status per recipient, so a partly failed send still
        succeeds.

        POST /v1/messages/notification/create
        """
        return await _create_notification_message.asyncio(
            client=self._http,
            body=with_extra(
                NotificationMessageRequest(
                    receiver_ids,
                    msg_type,
                    msg_data,
                    sender_id,
                    uuid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def fetch_chat_notification(
        self,
        user_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ChatNotificationState:
        """Fetch one person's state of the app's notification chat (do-not-disturb).

        GET /v1/chat/notification/{user_id}/fetch
        """
        return await _fetch_chat_notification.asyncio(
            user_id=user_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_chat_notifications(
        self,
        *,
        status_list: list[ChatNotificationStatus],
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> NotificationsAccepted | None:
        """Set the do-not-disturb flag or the unread badge of the app's notification chat, for many people.

        Each entry sets either noDisturb or unreadCount for one person, never both. baseVersion must grow
        from one update of a person to the next (a microsecond timestamp does), so a late, older update
        cannot overwrite a newer one. The platform documents no answer data; what it sends is kept as is.

        POST /v2/chat/notification/update
        """
        return await _update_chat_notifications.asyncio(
            client=self._http,
            body=with_extra(
                ChatNotificationUpdate(
                    status_list,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncNotificationsResourceWithRawResponse:
    """Every operation of `AsyncNotificationsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncNotificationsResource) -> None:
        self.create_event_notification = araw_method(resource.create_event_notification, TABLE)
        self.create_notification_message = araw_method(resource.create_notification_message, TABLE)
        self.fetch_chat_notification = araw_method(resource.fetch_chat_notification, TABLE)
        self.update_chat_notifications = araw_method(resource.update_chat_notifications, TABLE)


__all__ = ["AsyncNotificationsResource", "NotificationsResource"]
