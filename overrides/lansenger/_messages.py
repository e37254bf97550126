"""Send helpers on top of the generated messages resource: one call per everyday message, checked locally."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import httpx
from lansenger_api.api.messages import AsyncMessagesResource, MessagesResource
from lansenger_api.models.account_msg_type import check_account_msg_type
from lansenger_api.models.bot_msg_type import check_bot_msg_type
from lansenger_api.models.chat_msg_type import check_chat_msg_type
from lansenger_api.models.group_msg_type import check_group_msg_type
from lansenger_api.models.sent_message import SentMessage

from . import _message_bodies as bodies
from ._message_bodies import AsUser, Body, ChatType, FromAccount, Outgoing, ToGroup

if TYPE_CHECKING:  # the media helpers are imported by `send_file`, off the path of a program's first text
    from ._files import FileSource
    from ._media import AsyncMedia, Media


class Messages(MessagesResource):
    """Messaging operations, plus `send_text`, `send_markdown` and `send_file`.

    `to` is a staff id (a private chat with the app's bot) or, with `chat_type="group"`, a group id.
    """

    def __init__(self, http: httpx.Client, media: Callable[[], Media]) -> None:
        """`media` gives the client's media helper when a file is sent."""
        super().__init__(http)
        self._media = media

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
        message = bodies.text(
            text, chat_type=chat_type, mentions=mentions, mention_all=mention_all, mention_bots=mention_bots
        )
        return self._deliver(to, chat_type, message, reply_to=reply_to, user_token=user_token)

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
        return self._deliver(to, chat_type, message, reply_to=reply_to, user_token=user_token)

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
        return self._deliver(to, chat_type, message, reply_to=reply_to, user_token=user_token)

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
        return self._deliver(to, chat_type, bodies.wrap(message), reply_to=reply_to, user_token=user_token)

    def _deliver(
        self, to: str, chat_type: ChatType, message: Outgoing, *, reply_to: str | None, user_token: str | None
    ) -> SentMessage:
        """Call the channel's generated operation, bound and typed: a renamed operation or field fails mypy."""
        plan = bodies.delivery(to, chat_type, message, reply_to=reply_to, user_token=user_token)
        body = plan.message
        if isinstance(plan, ToGroup):
            return self.create_group_message(
                group_id=plan.group_id,
                msg_type=check_group_msg_type(body.msg_type),
                msg_data=body.msg_data,
                ref_msg_id=plan.reply_to,
                user_token=plan.user_token,
            )
        if isinstance(plan, FromAccount):
            return self.create_account_message(
                msg_type=check_account_msg_type(body.msg_type),
                msg_data=body.msg_data,
                user_id_list=[plan.staff_id],
                user_token=plan.user_token,
            )
        if isinstance(plan, AsUser):
            return self.create_chat_message(
                receiver_id=plan.staff_id,
                msg_type=check_chat_msg_type(body.msg_type),
                msg_data=body.msg_data,
                user_token=plan.user_token,
            )
        return self.create_bot_message(
            msg_type=check_bot_msg_type(body.msg_type),
            msg_data=body.msg_data,
            user_id_list=[plan.staff_id],
            ref_msg_id=plan.reply_to,
            user_token=plan.user_token,
        )


class AsyncMessages(AsyncMessagesResource):
    """The async twin of `Messages`."""

    def __init__(self, http: httpx.AsyncClient, media: Callable[[], AsyncMedia]) -> None:
        """`media` gives the client's media helper when a file is sent."""
        super().__init__(http)
        self._media = media

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
        message = bodies.text(
            text, chat_type=chat_type, mentions=mentions, mention_all=mention_all, mention_bots=mention_bots
        )
        return await self._deliver(to, chat_type, message, reply_to=reply_to, user_token=user_token)

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
        return await self._deliver(to, chat_type, message, reply_to=reply_to, user_token=user_token)

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
        return await self._deliver(to, chat_type, message, reply_to=reply_to, user_token=user_token)

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
        return await self._deliver(to, chat_type, bodies.wrap(message), reply_to=reply_to, user_token=user_token)

    async def _deliver(
        self, to: str, chat_type: ChatType, message: Outgoing, *, reply_to: str | None, user_token: str | None
    ) -> SentMessage:
        plan = bodies.delivery(to, chat_type, message, reply_to=reply_to, user_token=user_token)
        body = plan.message
        if isinstance(plan, ToGroup):
            return await self.create_group_message(
                group_id=plan.group_id,
                msg_type=check_group_msg_type(body.msg_type),
                msg_data=body.msg_data,
                ref_msg_id=plan.reply_to,
                user_token=plan.user_token,
            )
        if isinstance(plan, FromAccount):
            return await self.create_account_message(
                msg_type=check_account_msg_type(body.msg_type),
                msg_data=body.msg_data,
                user_id_list=[plan.staff_id],
                user_token=plan.user_token,
            )
        if isinstance(plan, AsUser):
            return await self.create_chat_message(
                receiver_id=plan.staff_id,
                msg_type=check_chat_msg_type(body.msg_type),
                msg_data=body.msg_data,
                user_token=plan.user_token,
            )
        return await self.create_bot_message(
            msg_type=check_bot_msg_type(body.msg_type),
            msg_data=body.msg_data,
            user_id_list=[plan.staff_id],
            ref_msg_id=plan.reply_to,
            user_token=plan.user_token,
        )
