"""Send helpers on top of the generated messages resource: one call per everyday message, checked locally."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import httpx
from lansenger_api.api.messages import AsyncMessagesResource, MessagesResource
from lansenger_api.lazy import Deferred
from lansenger_api.models.bot_msg_type import check_bot_msg_type
from lansenger_api.models.sent_message import SentMessage
from lansenger_api.types import UNSET

from . import _message_bodies as bodies
from ._message_bodies import Body, ChatType, FromAccount, ToGroup, optional

if TYPE_CHECKING:  # the media, bulk, reply and revoke helpers are imported where used, off a first text's path
    from lansenger_api.models.account_msg_type import check_account_msg_type
    from lansenger_api.models.chat_msg_type import check_chat_msg_type
    from lansenger_api.models.group_msg_type import check_group_msg_type
    from lansenger_api.models.message_reply_type import MessageReplyType
    from lansenger_api.models.msg_data import MsgData
    from lansenger_api.models.msg_type import MsgType
    from lansenger_api.models.revoke_chat_type import RevokeChatType

    from ._bulk_progress import BulkProgressStore
    from ._bulk_send import BulkProgress, BulkSendReport, Channel
    from ._files import FileSource
    from ._media import AsyncMedia, Media
    from ._rate_limit import RateLimiter
    from ._revoke import MessageRevocation
else:  # the other channels' msgType checks, imported by their first send (then bound here in their own place)
    check_account_msg_type = Deferred(__name__, "lansenger_api.models.account_msg_type", "check_account_msg_type")
    check_chat_msg_type = Deferred(__name__, "lansenger_api.models.chat_msg_type", "check_chat_msg_type")
    check_group_msg_type = Deferred(__name__, "lansenger_api.models.group_msg_type", "check_group_msg_type")


def _reply_type(cancel: bool) -> MessageReplyType:
    from lansenger_api.models.message_reply_type import MESSAGE_REPLY_TYPE_ADD, MESSAGE_REPLY_TYPE_CANCEL

    return MESSAGE_REPLY_TYPE_CANCEL if cancel else MESSAGE_REPLY_TYPE_ADD


class Messages(MessagesResource):
    """Messaging operations, plus `send_text`, `send_markdown`, `send_file`, `send`, `request_location`, `react`,
    `revoke` and `send_many`.

    `to` is a staff id (a private chat with the app's bot) or, with `chat_type="group"`, a group id.
    """

    def __init__(
        self,
        http: httpx.Client,
        media: Callable[[], Media],
        progress: Callable[[], BulkProgressStore],
    ) -> None:
        """`media` gives the client's media helper when a file is sent, `progress` where bulk sends keep theirs."""
        super().__init__(http)
        self._media = media
        self._progress = progress

    def send_text(
        self,
        to: str,
        text: str,
        *,
        chat_type: ChatType = "staff",
        mentions: Sequence[str] = (),
        mention_all: bool = False,
        mention_bots: Sequence[str] = (),
        reply_to: str | None = None,
        user_token: str | None = None,
    ) -> SentMessage:
        """Send plain text (within the spec's byte limit); @mention staff, bots or everyone in a group chat."""
        bodies.check_recipient(to, chat_type)
        data = bodies.text_data(
            text, chat_type=chat_type, mentions=mentions, mention_all=mention_all, mention_bots=mention_bots
        )
        return self._deliver(to, chat_type, "text", data, reply_to=reply_to, user_token=user_token)

    def send_markdown(
        self,
        to: str,
        markdown: str,
        *,
        chat_type: ChatType = "staff",
        mentions: Sequence[str] = (),
        mention_all: bool = False,
        mention_bots: Sequence[str] = (),
        reply_to: str | None = None,
        user_token: str | None = None,
    ) -> SentMessage:
        """Send Markdown (formatText, within the spec's UTF-8 byte limit)."""
        bodies.check_recipient(to, chat_type)
        message = bodies.markdown(
            markdown, chat_type=chat_type, mentions=mentions, mention_all=mention_all, mention_bots=mention_bots
        )
        return self._deliver(to, chat_type, *message, reply_to=reply_to, user_token=user_token)

    def send_file(
        self,
        to: str,
        file: FileSource,
        *,
        filename: str | None = None,
        caption: str = "",
        chat_type: ChatType = "staff",
        reply_to: str | None = None,
        user_token: str | None = None,
    ) -> SentMessage:
        """Upload a file (streamed) and send it; images and videos show inline, other files as attachments."""
        bodies.check_recipient(to, chat_type)
        bodies.check_caption(caption)
        from ._files import upload_source
        from ._media_kinds import MESSAGE_MEDIA_TYPE, app_media_type

        kind = app_media_type(upload_source(file, filename).filename)
        uploaded = self._media().upload(file, filename=filename, media_type=kind)
        message = bodies.attachment(MESSAGE_MEDIA_TYPE[kind], [uploaded.media_id], caption)
        return self._deliver(to, chat_type, *message, reply_to=reply_to, user_token=user_token)

    def send(
        self,
        to: str,
        message: Body,
        *,
        chat_type: ChatType = "staff",
        reply_to: str | None = None,
        user_token: str | None = None,
    ) -> SentMessage:
        """Send any message body model (an AppCardMessage, a list of AppArticle, ...) on any channel.

        The msgType comes from the model; whether the channel accepts it, and the platform's limits (byte
        lengths, numbers of fields and links), are checked before sending.
        """
        bodies.check_recipient(to, chat_type)
        return self._deliver(to, chat_type, *bodies.wrap(message), reply_to=reply_to, user_token=user_token)

    def request_location(self, to: str, *, reply_to: str | None = None, user_token: str | None = None) -> SentMessage:
        """Ask a staff member, in the bot's private chat (the only chat the platform takes it in), to share their
        location (an authorizationReq message); once they grant it, the bot receives report_location events."""
        bodies.check_recipient(to, "staff")
        return self._deliver(to, "staff", *bodies.location_request(), reply_to=reply_to, user_token=user_token)

    def react(self, message_id: str, emoji_id: str, *, cancel: bool = False, user_token: str | None = None) -> None:
        """Add an emoji reply (e.g. "TYPE_THUMB", "TYPE_OK") to a message, or cancel it; as the app, or as the user
        of `user_token`."""
        reply_type = _reply_type(cancel)
        self.create_message_reply(
            msg_id=message_id, emoji_id=emoji_id, reply_type=reply_type, user_token=optional(user_token)
        )

    def revoke(
        self,
        message_ids: Sequence[str],
        *,
        chat_type: RevokeChatType = "bot",
        sender_id: str | None = None,
        system_message: str | None = None,
        system_media_id: str | None = None,
        user_token: str | None = None,
    ) -> tuple[MessageRevocation, ...]:
        """Revoke messages; every message's outcome, in order, when all were revoked.

        Raises `PartialRevokeError` (its `results`, `revoked` and `failed`) when the platform revoked only some of
        them, though it answers the call itself with success. `system_message` / `system_media_id` are shown in
        place of the revoked message; `sender_id` is required for chat_type "staff" and "group".
        """
        from ._revoke import outcomes, revoke_arguments

        ids, sender, note = revoke_arguments(message_ids, chat_type, sender_id, system_message, system_media_id)
        answer = self.revoke_messages(
            message_ids=ids, chat_type=chat_type, sender_id=sender, sys_msg=note, user_token=optional(user_token)
        )
        return outcomes(ids, answer)

    def send_many(
        self,
        message: Body | str,
        *,
        staff_ids: Iterable[str] = (),
        department_ids: Iterable[str] = (),
        group_ids: Iterable[str] = (),
        channel: Channel = "bot",
        job_id: str | None = None,
        rate_limiter: RateLimiter | None = None,
        on_progress: Callable[[BulkProgress], None] | None = None,
        user_token: str | None = None,
    ) -> BulkSendReport:
        """Send one message (a body model, or plain text) to many staff, departments and groups.

        Staff and departments go through `channel` ("bot": a private chat each; "account": the official account)
        in chunks of the platform's per-call size, groups one call each. Each chunk is sent at most once; with a
        `job_id` progress is kept in the client's token store backend, and calling again with the same job id
        resumes after a crash. `rate_limiter` (`TokenBucket`, or `RedisTokenBucket` shared by processes) paces
        the calls; `on_progress` is called after each chunk. Returns every recipient's outcome.
        """
        from ._bulk_send import prepare, run, send_chunk

        recipients = (staff_ids, department_ids, group_ids)
        job, outgoing, plan = prepare(message, channel, recipients, job_id, self._progress, on_progress)
        token = optional(user_token)
        return run(job, lambda chunk: send_chunk(self, channel, outgoing, chunk, token), rate_limiter, plan)

    def _deliver(
        self,
        to: str,
        chat_type: ChatType,
        msg_type: MsgType,
        msg_data: MsgData,
        *,
        reply_to: str | None,
        user_token: str | None,
    ) -> SentMessage:
        """Call the channel's generated operation, bound and typed: a renamed operation or field fails mypy."""
        if chat_type == "staff":  # the usual send first: the bot's private chat takes every option, nothing to route
            return self.create_bot_message(
                msg_type=check_bot_msg_type(msg_type),
                msg_data=msg_data,
                user_id_list=[to],
                ref_msg_id=UNSET if reply_to is None else reply_to,  # `optional`, inline
                user_token=UNSET if user_token is None else user_token,
            )
        plan = bodies.delivery(to, chat_type, reply_to=reply_to, user_token=user_token)
        if isinstance(plan, ToGroup):
            return self.create_group_message(
                group_id=plan.group_id,
                msg_type=check_group_msg_type(msg_type),
                msg_data=msg_data,
                ref_msg_id=plan.reply_to,
                user_token=plan.user_token,
            )
        if isinstance(plan, FromAccount):
            return self.create_account_message(
                msg_type=check_account_msg_type(msg_type),
                msg_data=msg_data,
                user_id_list=[plan.staff_id],
                user_token=plan.user_token,
            )
        return self.create_chat_message(
            receiver_id=plan.staff_id,
            msg_type=check_chat_msg_type(msg_type),
            msg_data=msg_data,
            user_token=plan.user_token,
        )


class AsyncMessages(AsyncMessagesResource):
    """The async twin of `Messages`."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        media: Callable[[], AsyncMedia],
        progress: Callable[[], BulkProgressStore],
    ) -> None:
        """`media` gives the client's media helper when a file is sent, `progress` where bulk sends keep theirs."""
        super().__init__(http)
        self._media = media
        self._progress = progress

    async def send_text(
        self,
        to: str,
        text: str,
        *,
        chat_type: ChatType = "staff",
        mentions: Sequence[str] = (),
        mention_all: bool = False,
        mention_bots: Sequence[str] = (),
        reply_to: str | None = None,
        user_token: str | None = None,
    ) -> SentMessage:
        """Send plain text (within the spec's byte limit); @mention staff, bots or everyone in a group chat."""
        bodies.check_recipient(to, chat_type)
        data = bodies.text_data(
            text, chat_type=chat_type, mentions=mentions, mention_all=mention_all, mention_bots=mention_bots
        )
        return await self._deliver(to, chat_type, "text", data, reply_to=reply_to, user_token=user_token)

    async def send_markdown(
        self,
        to: str,
        markdown: str,
        *,
        chat_type: ChatType = "staff",
        mentions: Sequence[str] = (),
        mention_all: bool = False,
        mention_bots: Sequence[str] = (),
        reply_to: str | None = None,
        user_token: str | None = None,
    ) -> SentMessage:
        """Send Markdown (formatText, within the spec's UTF-8 byte limit)."""
        bodies.check_recipient(to, chat_type)
        message = bodies.markdown(
            markdown, chat_type=chat_type, mentions=mentions, mention_all=mention_all, mention_bots=mention_bots
        )
        return await self._deliver(to, chat_type, *message, reply_to=reply_to, user_token=user_token)

    async def send_file(
        self,
        to: str,
        file: FileSource,
        *,
        filename: str | None = None,
        caption: str = "",
        chat_type: ChatType = "staff",
        reply_to: str | None = None,
        user_token: str | None = None,
    ) -> SentMessage:
        """Upload a file (streamed) and send it; images and videos show inline, other files as attachments."""
        bodies.check_recipient(to, chat_type)
        bodies.check_caption(caption)
        from ._files import upload_source
        from ._media_kinds import MESSAGE_MEDIA_TYPE, app_media_type

        kind = app_media_type(upload_source(file, filename).filename)
        uploaded = await self._media().upload(file, filename=filename, media_type=kind)
        message = bodies.attachment(MESSAGE_MEDIA_TYPE[kind], [uploaded.media_id], caption)
        return await self._deliver(to, chat_type, *message, reply_to=reply_to, user_token=user_token)

    async def send(
        self,
        to: str,
        message: Body,
        *,
        chat_type: ChatType = "staff",
        reply_to: str | None = None,
        user_token: str | None = None,
    ) -> SentMessage:
        """Send any message body model on any channel; see `Messages.send`."""
        bodies.check_recipient(to, chat_type)
        return await self._deliver(to, chat_type, *bodies.wrap(message), reply_to=reply_to, user_token=user_token)

    async def request_location(
        self, to: str, *, reply_to: str | None = None, user_token: str | None = None
    ) -> SentMessage:
        """See `Messages.request_location`."""
        bodies.check_recipient(to, "staff")
        return await self._deliver(to, "staff", *bodies.location_request(), reply_to=reply_to, user_token=user_token)

    async def react(
        self, message_id: str, emoji_id: str, *, cancel: bool = False, user_token: str | None = None
    ) -> None:
        """See `Messages.react`."""
        reply_type = _reply_type(cancel)
        await self.create_message_reply(
            msg_id=message_id, emoji_id=emoji_id, reply_type=reply_type, user_token=optional(user_token)
        )

    async def revoke(
        self,
        message_ids: Sequence[str],
        *,
        chat_type: RevokeChatType = "bot",
        sender_id: str | None = None,
        system_message: str | None = None,
        system_media_id: str | None = None,
        user_token: str | None = None,
    ) -> tuple[MessageRevocation, ...]:
        """See `Messages.revoke`: raises `PartialRevokeError` unless every message was revoked."""
        from ._revoke import outcomes, revoke_arguments

        ids, sender, note = revoke_arguments(message_ids, chat_type, sender_id, system_message, system_media_id)
        answer = await self.revoke_messages(
            message_ids=ids, chat_type=chat_type, sender_id=sender, sys_msg=note, user_token=optional(user_token)
        )
        return outcomes(ids, answer)

    async def send_many(
        self,
        message: Body | str,
        *,
        staff_ids: Iterable[str] = (),
        department_ids: Iterable[str] = (),
        group_ids: Iterable[str] = (),
        channel: Channel = "bot",
        job_id: str | None = None,
        rate_limiter: RateLimiter | None = None,
        on_progress: Callable[[BulkProgress], None] | None = None,
        user_token: str | None = None,
    ) -> BulkSendReport:
        """See `Messages.send_many`."""
        from ._bulk_send import arun, asend_chunk, prepare

        recipients = (staff_ids, department_ids, group_ids)
        job, outgoing, plan = prepare(message, channel, recipients, job_id, self._progress, on_progress)
        token = optional(user_token)
        return await arun(job, lambda chunk: asend_chunk(self, channel, outgoing, chunk, token), rate_limiter, plan)

    def _deliver(
        self,
        to: str,
        chat_type: ChatType,
        msg_type: MsgType,
        msg_data: MsgData,
        *,
        reply_to: str | None,
        user_token: str | None,
    ) -> Coroutine[Any, Any, SentMessage]:
        """The generated operation's coroutine, for the caller to await: no coroutine of its own in between (the
        send helpers await it at once, so a refusal here is raised where it would be anyway)."""
        if chat_type == "staff":  # the usual send first: the bot's private chat takes every option, nothing to route
            return self.create_bot_message(
                msg_type=check_bot_msg_type(msg_type),
                msg_data=msg_data,
                user_id_list=[to],
                ref_msg_id=UNSET if reply_to is None else reply_to,  # `optional`, inline
                user_token=UNSET if user_token is None else user_token,
            )
        plan = bodies.delivery(to, chat_type, reply_to=reply_to, user_token=user_token)
        if isinstance(plan, ToGroup):
            return self.create_group_message(
                group_id=plan.group_id,
                msg_type=check_group_msg_type(msg_type),
                msg_data=msg_data,
                ref_msg_id=plan.reply_to,
                user_token=plan.user_token,
            )
        if isinstance(plan, FromAccount):
            return self.create_account_message(
                msg_type=check_account_msg_type(msg_type),
                msg_data=msg_data,
                user_id_list=[plan.staff_id],
                user_token=plan.user_token,
            )
        return self.create_chat_message(
            receiver_id=plan.staff_id,
            msg_type=check_chat_msg_type(msg_type),
            msg_data=msg_data,
            user_token=plan.user_token,
        )
