# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `messages` resource: its operations as methods, sync and async."""

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
    from ...models.account_message_request import AccountMessageRequest
    from ...models.account_msg_type import AccountMsgType, check_account_msg_type
    from ...models.bot_message_request import BotMessageRequest
    from ...models.bot_msg_type import BotMsgType, check_bot_msg_type
    from ...models.chat_list import ChatList
    from ...models.chat_list_request import ChatListRequest
    from ...models.chat_list_type import ChatListType, check_chat_list_type
    from ...models.chat_message_item import ChatMessageItem
    from ...models.chat_message_request import ChatMessageRequest
    from ...models.chat_messages_page import ChatMessagesPage
    from ...models.chat_messages_request import ChatMessagesRequest
    from ...models.chat_msg_type import ChatMsgType, check_chat_msg_type
    from ...models.dynamic_msg_type import DynamicMsgType, check_dynamic_msg_type
    from ...models.dynamic_update_data import DynamicUpdateData
    from ...models.dynamic_update_request import DynamicUpdateRequest
    from ...models.group_message_request import GroupMessageRequest
    from ...models.group_msg_type import GroupMsgType, check_group_msg_type
    from ...models.message_ack import MessageAck
    from ...models.message_reminder_request import MessageReminderRequest
    from ...models.message_reply_request import MessageReplyRequest
    from ...models.message_reply_type import MessageReplyType, check_message_reply_type
    from ...models.msg_data import MsgData
    from ...models.revoke_chat_type import RevokeChatType, check_revoke_chat_type
    from ...models.revoke_request import RevokeRequest
    from ...models.revoke_result import RevokeResult
    from ...models.revoke_system_message import RevokeSystemMessage
    from ...models.sent_message import SentMessage
    from ...models.urgent_reminder_type import UrgentReminderType, check_urgent_reminder_type
    from . import create_account_message as _create_account_message
    from . import create_bot_message as _create_bot_message
    from . import create_chat_message as _create_chat_message
    from . import create_group_message as _create_group_message
    from . import create_message_reminder as _create_message_reminder
    from . import create_message_reply as _create_message_reply
    from . import list_chat_messages as _list_chat_messages
    from . import list_chats as _list_chats
    from . import revoke_messages as _revoke_messages
    from . import update_dynamic_message as _update_dynamic_message
else:
    AccountMessageRequest = Deferred(__name__, "...models.account_message_request", "AccountMessageRequest")
    BotMessageRequest = Deferred(__name__, "...models.bot_message_request", "BotMessageRequest")
    ChatListRequest = Deferred(__name__, "...models.chat_list_request", "ChatListRequest")
    ChatMessageRequest = Deferred(__name__, "...models.chat_message_request", "ChatMessageRequest")
    ChatMessagesRequest = Deferred(__name__, "...models.chat_messages_request", "ChatMessagesRequest")
    DynamicUpdateRequest = Deferred(__name__, "...models.dynamic_update_request", "DynamicUpdateRequest")
    GroupMessageRequest = Deferred(__name__, "...models.group_message_request", "GroupMessageRequest")
    MessageReminderRequest = Deferred(__name__, "...models.message_reminder_request", "MessageReminderRequest")
    MessageReplyRequest = Deferred(__name__, "...models.message_reply_request", "MessageReplyRequest")
    RevokeRequest = Deferred(__name__, "...models.revoke_request", "RevokeRequest")
    _create_account_message = Deferred(__name__, ".create_account_message")
    _create_bot_message = Deferred(__name__, ".create_bot_message")
    _create_chat_message = Deferred(__name__, ".create_chat_message")
    _create_group_message = Deferred(__name__, ".create_group_message")
    _create_message_reminder = Deferred(__name__, ".create_message_reminder")
    _create_message_reply = Deferred(__name__, ".create_message_reply")
    _list_chat_messages = Deferred(__name__, ".list_chat_messages")
    _list_chats = Deferred(__name__, ".list_chats")
    _revoke_messages = Deferred(__name__, ".revoke_messages")
    _update_dynamic_message = Deferred(__name__, ".update_dynamic_message")


class MessagesResource:
    """Operations tagged `messages` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return MessagesResourceWithRawResponse(self)

    def create_account_message(
        self,
        *,
        msg_type: AccountMsgType,
        msg_data: MsgData,
        user_id_list: list[str] | Unset = UNSET,
        department_id_list: list[str] | Unset = UNSET,
        account_id: str | Unset = UNSET,
        entry_id: str | Unset = UNSET,
        attach: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> SentMessage:
        """Send a message from one of the app's official accounts to people or whole departments.

        At least one of userIdList (at most 1000) and departmentIdList (at most 100; `<orgId>-0` is the
        whole org) must be non-empty. accountId or entryId picks the account when the app has several.

        POST /v1/messages/create
        """
        return _create_account_message.sync(
            client=self._http,
            body=with_extra(
                AccountMessageRequest(
                    msg_type,
                    msg_data,
                    user_id_list,
                    department_id_list,
                    account_id,
                    entry_id,
                    attach,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_bot_message(
        self,
        *,
        msg_type: BotMsgType,
        msg_data: MsgData,
        user_id_list: list[str] | Unset = UNSET,
        department_id_list: list[str] | Unset = UNSET,
        entry_id: str | Unset = UNSET,
        ref_msg_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> SentMessage:
        """Send a message from the app's bot to people, one private chat each.

        At least one of userIdList and departmentIdList must be non-empty. @mention (reminder) has no effect
        in private chat.

        POST /v1/bot/messages/create
        """
        return _create_bot_message.sync(
            client=self._http,
            body=with_extra(
                BotMessageRequest(
                    msg_type,
                    msg_data,
                    user_id_list,
                    department_id_list,
                    entry_id,
                    ref_msg_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_chat_message(
        self,
        *,
        receiver_id: str,
        msg_type: ChatMsgType,
        msg_data: MsgData,
        uuid: str | Unset = UNSET,
        user_token: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> SentMessage:
        """Send a private message as the user of `user_token` (user impersonation).

        POST /v1/messages/chat/create
        """
        return _create_chat_message.sync(
            client=self._http,
            body=with_extra(
                ChatMessageRequest(
                    receiver_id,
                    msg_type,
                    msg_data,
                    uuid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_group_message(
        self,
        *,
        group_id: str,
        msg_type: GroupMsgType,
        msg_data: MsgData,
        sender_id: str | Unset = UNSET,
        outlines: str | Unset = UNSET,
        uuid: str | Unset = UNSET,
        entry_id: str | Unset = UNSET,
        ref_msg_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> SentMessage:
        """Send a message to a group chat.

        The sender is the user of `user_token` when given, else `senderId`, else the app's bot. The only
        channel where @mention (reminder) works, for text and formatText.

        POST /v1/messages/group/create
        """
        return _create_group_message.sync(
            client=self._http,
            body=with_extra(
                GroupMessageRequest(
                    group_id,
                    msg_type,
                    msg_data,
                    sender_id,
                    outlines,
                    uuid,
                    entry_id,
                    ref_msg_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_message_reminder(
        self,
        *,
        msg_id: str,
        reminder_types: list[UrgentReminderType],
        user_id_list: list[str],
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Urge recipients of a sent message to read it, by pop-up, SMS or phone call.

        Every id in userIdList (at most 100) must be a recipient of the message msgId. The platform
        documents no answer data.

        POST /v1/messages/reminder/create
        """
        _create_message_reminder.sync(
            client=self._http,
            body=with_extra(
                MessageReminderRequest(
                    msg_id,
                    reminder_types,
                    user_id_list,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_message_reply(
        self,
        *,
        msg_id: str,
        emoji_id: str,
        reply_type: MessageReplyType,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Add an emoji reply to a message, or cancel one (replyType 2), as the app or the user of `user_token`.

        emojiId is required in both modes: the platform needs it to know which reply to cancel. The platform
        documents no answer data.

        POST /v1/messages/reply/create
        """
        _create_message_reply.sync(
            client=self._http,
            body=with_extra(
                MessageReplyRequest(
                    msg_id,
                    emoji_id,
                    reply_type,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_chat_messages(
        self,
        *,
        staff_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        page_size: int | Unset = 100,
        base_version: str | Unset = "0",
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ChatMessagesPage:
        """One page of the history of a private chat (staffId) or a group chat (groupId).

        A cursor walk: base_version "0" for the first page, then each answer's lastVersion until hasMore is
        false. Give exactly one of staffId and groupId. startTime and endTime are microsecond timestamps.
        The chat is seen as the user of `user_token`, else as the app's bot.

        POST /v1/messages/fetch
        """
        return _list_chat_messages.sync(
            client=self._http,
            body=with_extra(
                ChatMessagesRequest(
                    staff_id,
                    group_id,
                    start_time,
                    end_time,
                    sender_id,
                ),
                extra_body,
            ),
            page_size=page_size,
            base_version=base_version,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_chat_messages(
        self,
        *,
        staff_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        page_size: int | Unset = 100,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[ChatMessageItem]:
        """Every item of `list_chat_messages`, following the `lastVersion` cursor from "0".

        Stops at an empty page or a cursor that does not move.
        """
        return paginate(
            lambda position: self.list_chat_messages(
                staff_id=staff_id,
                group_id=group_id,
                start_time=start_time,
                end_time=end_time,
                sender_id=sender_id,
                page_size=page_size,
                base_version=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first="0",
            items=lambda data: data.message_list,
            total=lambda data: None,
            advance=lambda cursor, data, received: data.last_version,
        )

    def list_chats(
        self,
        *,
        chat_type: ChatListType | Unset = UNSET,
        keyword: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ChatList:
        """The private and group chats of the app's bot, or of the user of `user_token`.

        Every filter is optional (the body may be empty). keyword matches chat names and works only together
        with chatType 1 or 2. startTime and endTime are microsecond timestamps.

        POST /v1/chats/fetch
        """
        return _list_chats.sync(
            client=self._http,
            body=with_extra(
                ChatListRequest(
                    chat_type,
                    keyword,
                    start_time,
                    end_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def revoke_messages(
        self,
        *,
        message_ids: list[str],
        chat_type: RevokeChatType | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        sys_msg: RevokeSystemMessage | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> RevokeResult | None:
        """Revoke (recall) sent messages.

        The call answers errCode 0 even when some messages were not revoked: each message's own outcome is
        in data.subStatus, one entry per id of messageIds, in the same order. sysMsg is the system message
        shown in place of the revoked one.

        POST /v1/messages/revoke
        """
        return _revoke_messages.sync(
            client=self._http,
            body=with_extra(
                RevokeRequest(
                    message_ids,
                    chat_type,
                    sender_id,
                    sys_msg,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_dynamic_message(
        self,
        *,
        msg_id: str,
        msg_type: DynamicMsgType,
        msg_data: DynamicUpdateData,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> MessageAck | None:
        """Update a dynamic card (an appCard sent with isDynamic, or an approveCard) in place.

        The update carries the identity that sent the card: the app alone for a card its bot sent; for a
        card a person sent (e.g. a group message sent with a user token), that person's `user_token` or
        their staff id in `userId`. Without it the platform answers 10005 (API_NOT_PERMITTED).

        POST /v1/messages/dynamic/update
        """
        return _update_dynamic_message.sync(
            client=self._http,
            body=with_extra(
                DynamicUpdateRequest(
                    msg_id,
                    msg_type,
                    msg_data,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class MessagesResourceWithRawResponse:
    """Every operation of `MessagesResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: MessagesResource) -> None:
        self.create_account_message = raw_method(resource.create_account_message, TABLE)
        self.create_bot_message = raw_method(resource.create_bot_message, TABLE)
        self.create_chat_message = raw_method(resource.create_chat_message, TABLE)
        self.create_group_message = raw_method(resource.create_group_message, TABLE)
        self.create_message_reminder = raw_method(resource.create_message_reminder, TABLE)
        self.create_message_reply = raw_method(resource.create_message_reply, TABLE)
        self.list_chat_messages = raw_method(resource.list_chat_messages, TABLE)
        self.list_chats = raw_method(resource.list_chats, TABLE)
        self.revoke_messages = raw_method(resource.revoke_messages, TABLE)
        self.update_dynamic_message = raw_method(resource.update_dynamic_message, TABLE)


class AsyncMessagesResource:
    """Operations tagged `messages` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncMessagesResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncMessagesResourceWithRawResponse(self)

    async def create_account_message(
        self,
        *,
        msg_type: AccountMsgType,
        msg_data: MsgData,
        user_id_list: list[str] | Unset = UNSET,
        department_id_list: list[str] | Unset = UNSET,
        account_id: str | Unset = UNSET,
        entry_id: str | Unset = UNSET,
        attach: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> SentMessage:
        """Send a message from one of the app's official accounts to people or whole departments.

        At least one of userIdList (at most 1000) and departmentIdList (at most 100; `<orgId>-0` is the
        whole org) must be non-empty. accountId or entryId picks the account when the app has several.

        POST /v1/messages/create
        """
        return await _create_account_message.asyncio(
            client=self._http,
            body=with_extra(
                AccountMessageRequest(
                    msg_type,
                    msg_data,
                    user_id_list,
                    department_id_list,
                    account_id,
                    entry_id,
                    attach,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_bot_message(
        self,
        *,
        msg_type: BotMsgType,
        msg_data: MsgData,
        user_id_list: list[str] | Unset = UNSET,
        department_id_list: list[str] | Unset = UNSET,
        entry_id: str | Unset = UNSET,
        ref_msg_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> SentMessage:
        """Send a message from the app's bot to people, one private chat each.

        At least one of userIdList and departmentIdList must be non-empty. @mention (reminder) has no effect
        in private chat.

        POST /v1/bot/messages/create
        """
        return await _create_bot_message.asyncio(
            client=self._http,
            body=with_extra(
                BotMessageRequest(
                    msg_type,
                    msg_data,
                    user_id_list,
                    department_id_list,
                    entry_id,
                    ref_msg_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_chat_message(
        self,
        *,
        receiver_id: str,
        msg_type: ChatMsgType,
        msg_data: MsgData,
        uuid: str | Unset = UNSET,
        user_token: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> SentMessage:
        """Send a private message as the user of `user_token` (user impersonation).

        POST /v1/messages/chat/create
        """
        return await _create_chat_message.asyncio(
            client=self._http,
            body=with_extra(
                ChatMessageRequest(
                    receiver_id,
                    msg_type,
                    msg_data,
                    uuid,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_group_message(
        self,
        *,
        group_id: str,
        msg_type: GroupMsgType,
        msg_data: MsgData,
        sender_id: str | Unset = UNSET,
        outlines: str | Unset = UNSET,
        uuid: str | Unset = UNSET,
        entry_id: str | Unset = UNSET,
        ref_msg_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> SentMessage:
        """Send a message to a group chat.

        The sender is the user of `user_token` when given, else `senderId`, else the app's bot. The only
        channel where @mention (reminder) works, for text and formatText.

        POST /v1/messages/group/create
        """
        return await _create_group_message.asyncio(
            client=self._http,
            body=with_extra(
                GroupMessageRequest(
                    group_id,
                    msg_type,
                    msg_data,
                    sender_id,
                    outlines,
                    uuid,
                    entry_id,
                    ref_msg_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_message_reminder(
        self,
        *,
        msg_id: str,
        reminder_types: list[UrgentReminderType],
        user_id_list: list[str],
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Urge recipients of a sent message to read it, by pop-up, SMS or phone call.

        Every id in userIdList (at most 100) must be a recipient of the message msgId. The platform
        documents no answer data.

        POST /v1/messages/reminder/create
        """
        await _create_message_reminder.asyncio(
            client=self._http,
            body=with_extra(
                MessageReminderRequest(
                    msg_id,
                    reminder_types,
                    user_id_list,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_message_reply(
        self,
        *,
        msg_id: str,
        emoji_id: str,
        reply_type: MessageReplyType,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> None:
        """Add an emoji reply to a message, or cancel one (replyType 2), as the app or the user of `user_token`.

        emojiId is required in both modes: the platform needs it to know which reply to cancel. The platform
        documents no answer data.

        POST /v1/messages/reply/create
        """
        await _create_message_reply.asyncio(
            client=self._http,
            body=with_extra(
                MessageReplyRequest(
                    msg_id,
                    emoji_id,
                    reply_type,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_chat_messages(
        self,
        *,
        staff_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        page_size: int | Unset = 100,
        base_version: str | Unset = "0",
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ChatMessagesPage:
        """One page of the history of a private chat (staffId) or a group chat (groupId).

        A cursor walk: base_version "0" for the first page, then each answer's lastVersion until hasMore is
        false. Give exactly one of staffId and groupId. startTime and endTime are microsecond timestamps.
        The chat is seen as the user of `user_token`, else as the app's bot.

        POST /v1/messages/fetch
        """
        return await _list_chat_messages.asyncio(
            client=self._http,
            body=with_extra(
                ChatMessagesRequest(
                    staff_id,
                    group_id,
                    start_time,
                    end_time,
                    sender_id,
                ),
                extra_body,
            ),
            page_size=page_size,
            base_version=base_version,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_chat_messages(
        self,
        *,
        staff_id: str | Unset = UNSET,
        group_id: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        page_size: int | Unset = 100,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[ChatMessageItem]:
        """Every item of `list_chat_messages`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_chat_messages(
                staff_id=staff_id,
                group_id=group_id,
                start_time=start_time,
                end_time=end_time,
                sender_id=sender_id,
                page_size=page_size,
                base_version=position,
                user_token=user_token,
                extra_body=extra_body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first="0",
            items=lambda data: data.message_list,
            total=lambda data: None,
            advance=lambda cursor, data, received: data.last_version,
        )

    async def list_chats(
        self,
        *,
        chat_type: ChatListType | Unset = UNSET,
        keyword: str | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> ChatList:
        """The private and group chats of the app's bot, or of the user of `user_token`.

        Every filter is optional (the body may be empty). keyword matches chat names and works only together
        with chatType 1 or 2. startTime and endTime are microsecond timestamps.

        POST /v1/chats/fetch
        """
        return await _list_chats.asyncio(
            client=self._http,
            body=with_extra(
                ChatListRequest(
                    chat_type,
                    keyword,
                    start_time,
                    end_time,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def revoke_messages(
        self,
        *,
        message_ids: list[str],
        chat_type: RevokeChatType | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        sys_msg: RevokeSystemMessage | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> RevokeResult | None:
        """Revoke (recall) sent messages.

        The call answers errCode 0 even when some messages were not revoked: each message's own outcome is
        in data.subStatus, one entry per id of messageIds, in the same order. sysMsg is the system message
        shown in place of the revoked one.

        POST /v1/messages/revoke
        """
        return await _revoke_messages.asyncio(
            client=self._http,
            body=with_extra(
                RevokeRequest(
                    message_ids,
                    chat_type,
                    sender_id,
                    sys_msg,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_dynamic_message(
        self,
        *,
        msg_id: str,
        msg_type: DynamicMsgType,
        msg_data: DynamicUpdateData,
        user_id: str | Unset = UNSET,
        user_token: str | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> MessageAck | None:
        """Update a dynamic card (an appCard sent with isDynamic, or an approveCard) in place.

        The update carries the identity that sent the card: the app alone for a card its bot sent; for a
        card a person sent (e.g. a group message sent with a user token), that person's `user_token` or
        their staff id in `userId`. Without it the platform answers 10005 (API_NOT_PERMITTED).

        POST /v1/messages/dynamic/update
        """
        return await _update_dynamic_message.asyncio(
            client=self._http,
            body=with_extra(
                DynamicUpdateRequest(
                    msg_id,
                    msg_type,
                    msg_data,
                    user_id,
                ),
                extra_body,
            ),
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncMessagesResourceWithRawResponse:
    """Every operation of `AsyncMessagesResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self.create_account_message = araw_method(resource.create_account_message, TABLE)
        self.create_bot_message = araw_method(resource.create_bot_message, TABLE)
        self.create_chat_message = araw_method(resource.create_chat_message, TABLE)
        self.create_group_message = araw_method(resource.create_group_message, TABLE)
        self.create_message_reminder = araw_method(resource.create_message_reminder, TABLE)
        self.create_message_reply = araw_method(resource.create_message_reply, TABLE)
        self.list_chat_messages = araw_method(resource.list_chat_messages, TABLE)
        self.list_chats = araw_method(resource.list_chats, TABLE)
        self.revoke_messages = araw_method(resource.revoke_messages, TABLE)
        self.update_dynamic_message = araw_method(resource.update_dynamic_message, TABLE)


__all__ = ["AsyncMessagesResource", "MessagesResource"]
