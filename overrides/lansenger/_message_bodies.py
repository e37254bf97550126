"""Message bodies built and checked locally, so a send that the platform would reject never leaves the machine."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple, TypeAlias, TypeVar

from lansenger_api.errors import InvalidArgumentError
from lansenger_api.models.msg_data import MsgData
from lansenger_api.models.text_message import TextMessage
from lansenger_api.rules import MAX_BYTES
from lansenger_api.types import UNSET, Unset

if TYPE_CHECKING:  # imported where a body is built or wrapped: a program sending plain text never loads them
    from lansenger_api.models.app_article import AppArticle
    from lansenger_api.models.app_card_message import AppCardMessage
    from lansenger_api.models.approve_card_message import ApproveCardMessage
    from lansenger_api.models.format_text_message import FormatTextMessage
    from lansenger_api.models.i18n_app_card_message import I18nAppCardMessage
    from lansenger_api.models.link_card_message import LinkCardMessage
    from lansenger_api.models.message_media_type import MessageMediaType
    from lansenger_api.models.msg_type import MsgType
    from lansenger_api.models.oa_card_message import OaCardMessage
    from lansenger_api.models.reminder import Reminder
    from lansenger_api.models.verify_card_message import VerifyCardMessage

ChatType = Literal["staff", "group", "account", "user"]
"""Where a send goes.

- "staff": a private chat between the app's bot and one staff member;
- "group": a group chat (sent by the bot, by `user_token`'s user, or by the platform's senderId rules);
- "account": a message from the app's official account to one staff member;
- "user": a private message sent as the user of `user_token` (required) to one staff member.
"""
CHAT_TYPES: Final = ("staff", "group", "account", "user")

Body: TypeAlias = (
    "TextMessage | FormatTextMessage | OaCardMessage | AppCardMessage | LinkCardMessage | VerifyCardMessage"
    " | I18nAppCardMessage | ApproveCardMessage | Sequence[AppArticle]"
)
"""Any message body model; a sequence of `AppArticle` is an appArticles message."""


@cache
def _body_types() -> dict[type[Any], tuple[MsgType, Callable[[Any], MsgData]]]:
    """Each body model's msgType and the msgData holding it, built by keyword so a renamed field fails mypy."""
    from lansenger_api.models.app_card_message import AppCardMessage
    from lansenger_api.models.approve_card_message import ApproveCardMessage
    from lansenger_api.models.format_text_message import FormatTextMessage
    from lansenger_api.models.i18n_app_card_message import I18nAppCardMessage
    from lansenger_api.models.link_card_message import LinkCardMessage
    from lansenger_api.models.oa_card_message import OaCardMessage
    from lansenger_api.models.verify_card_message import VerifyCardMessage

    return {
        TextMessage: ("text", lambda body: MsgData(text=body)),
        FormatTextMessage: ("formatText", lambda body: MsgData(format_text=body)),
        OaCardMessage: ("oacard", lambda body: MsgData(oacard=body)),
        AppCardMessage: ("appCard", lambda body: MsgData(app_card=body)),
        LinkCardMessage: ("linkCard", lambda body: MsgData(link_card=body)),
        VerifyCardMessage: ("verifyCard", lambda body: MsgData(verify_card=body)),
        I18nAppCardMessage: ("i18nAppCard", lambda body: MsgData(i18n_app_card=body)),
        ApproveCardMessage: ("approveCard", lambda body: MsgData(approve_card=body)),
    }


TEXT_LIMIT_BYTES: Final = MAX_BYTES["TextMessage"]["content"]
"""The platform's limit on text content (and captions), in bytes of UTF-8, as the spec states it."""
MARKDOWN_LIMIT_BYTES: Final = MAX_BYTES["FormatTextMessage"]["text"]

MARKDOWN_FORMAT: Final = 1

T = TypeVar("T")

# The records below are a NamedTuple (callers unpack it) and plain classes with slots rather than frozen
# dataclasses: defining them compiles no methods (a NamedTuple compiles its __new__ and each field's annotation,
# a dataclass all its methods), which keeps this module, on the path of every program's first send, cheap to import.


class Outgoing(NamedTuple):
    """A message ready to send: its type and the msgData holding the body under that type's key."""

    msg_type: MsgType
    msg_data: MsgData


def optional(value: T | None) -> T | Unset:
    """None means "not given" to users; the generated layer spells that UNSET."""
    return UNSET if value is None else value


def check_recipient(to: str, chat_type: ChatType) -> None:
    if chat_type not in CHAT_TYPES:
        raise InvalidArgumentError(f"chat_type must be one of {', '.join(map(repr, CHAT_TYPES))}, not {chat_type!r}")
    if not isinstance(to, str) or not to.strip():
        what = "group id" if chat_type == "group" else "staff id"
        raise InvalidArgumentError(f"the recipient {what} must be a non-empty string")


def _check_content(content: str, what: str, *, limit: int = TEXT_LIMIT_BYTES, allow_empty: bool = False) -> None:
    if not isinstance(content, str):
        raise InvalidArgumentError(f"{what} must be a string")
    if not allow_empty and not content.strip():
        raise InvalidArgumentError(f"{what} must not be empty")
    size = len(content) if content.isascii() else len(content.encode("utf-8"))  # ASCII: a byte a character
    if size > limit:
        raise InvalidArgumentError(f"{what} is {size} bytes of UTF-8; the platform accepts at most {limit}")


def _reminder(
    chat_type: ChatType, mentions: Sequence[str], mention_all: bool, mention_bots: Sequence[str]
) -> Reminder | Unset:
    """The @mentions, when any is given (the callers test that first: most sends have none)."""
    if chat_type != "group":
        raise InvalidArgumentError("@mentions work in group chats only; the platform ignores them in private chats")
    if isinstance(mentions, str) or isinstance(mention_bots, str):
        raise InvalidArgumentError("mentions and mention_bots take a list of ids, not a single string")
    if any(not m for m in [*mentions, *mention_bots]):
        raise InvalidArgumentError("mention ids must be non-empty strings")
    from lansenger_api.models.reminder import Reminder

    return Reminder(all_=mention_all, user_ids=list(mentions), bot_ids=list(mention_bots))


def text_data(
    content: str,
    *,
    chat_type: ChatType,
    mentions: Sequence[str] = (),
    mention_all: bool = False,
    mention_bots: Sequence[str] = (),
) -> MsgData:
    """A text message's msgData (its msgType is "text"): `send_text` sends it without an `Outgoing` around it."""
    _check_content(content, "text")
    reminder = (
        _reminder(chat_type, mentions, mention_all, mention_bots) if mentions or mention_all or mention_bots else UNSET
    )
    return MsgData(text=TextMessage(content=content, reminder=reminder))


def markdown(
    content: str,
    *,
    chat_type: ChatType,
    mentions: Sequence[str] = (),
    mention_all: bool = False,
    mention_bots: Sequence[str] = (),
) -> Outgoing:
    _check_content(content, "markdown", limit=MARKDOWN_LIMIT_BYTES)
    reminder = (
        _reminder(chat_type, mentions, mention_all, mention_bots) if mentions or mention_all or mention_bots else UNSET
    )
    from lansenger_api.models.format_text_message import FormatTextMessage

    body = FormatTextMessage(format_type=MARKDOWN_FORMAT, text=content, reminder=reminder)
    return Outgoing("formatText", MsgData(format_text=body))


def check_caption(caption: str) -> None:
    _check_content(caption, "caption", allow_empty=True)


def attachment(media_type: MessageMediaType, media_ids: Sequence[str], caption: str = "") -> Outgoing:
    """A text message carrying uploaded media; files take no @mentions."""
    check_caption(caption)
    body = TextMessage(content=caption, media_type=media_type, media_ids=list(media_ids))
    return Outgoing("text", MsgData(text=body))


def location_request() -> Outgoing:
    """An authorizationReq asking for the person's location: its body sits directly in msgData, not under a key
    named after the type."""
    from lansenger_api.models.authorization_type import AUTHORIZATION_TYPE_LOCATION

    return Outgoing("authorizationReq", MsgData(authorization_type=AUTHORIZATION_TYPE_LOCATION))


def wrap(body: Body) -> Outgoing:
    """The msgType and msgData for any body model, so callers never spell the type twice."""
    if isinstance(body, Sequence) and not isinstance(body, str):
        from lansenger_api.models.app_article import AppArticle

        articles = list(body)
        if not articles or not all(isinstance(article, AppArticle) for article in articles):
            raise InvalidArgumentError("an appArticles message is a non-empty list of AppArticle")
        return Outgoing("appArticles", MsgData(app_articles=articles))
    found = _body_types().get(type(body))
    if found is None:
        raise InvalidArgumentError(f"not a message body model: {type(body).__name__}")
    msg_type, msg_data = found
    return Outgoing(msg_type, msg_data(body))


class ToGroup:
    """A group chat (create_group_message)."""

    __slots__ = ("group_id", "reply_to", "user_token")

    def __init__(self, group_id: str, reply_to: str | Unset, user_token: str | Unset) -> None:
        self.group_id = group_id
        self.reply_to = reply_to
        self.user_token = user_token


class FromAccount:
    """A message from the app's official account to one staff member (create_account_message)."""

    __slots__ = ("staff_id", "user_token")

    def __init__(self, staff_id: str, user_token: str | Unset) -> None:
        self.staff_id = staff_id
        self.user_token = user_token


class AsUser:
    """A private message sent as the user of `user_token` (create_chat_message)."""

    __slots__ = ("staff_id", "user_token")

    def __init__(self, staff_id: str, user_token: str) -> None:
        self.staff_id = staff_id
        self.user_token = user_token


Delivery: TypeAlias = ToGroup | FromAccount | AsUser
"""Which generated operation sends a message, with its arguments typed: the send helpers call it directly. The
bot's private chat (create_bot_message), the usual send, takes every option: the helpers send there unrouted."""


def delivery(
    to: str,
    chat_type: Literal["group", "account", "user"],
    *,
    reply_to: str | None,
    user_token: str | None,
) -> Delivery:
    """Route a message to its channel; what a channel cannot do is refused here, before sending."""
    if chat_type == "group":
        return ToGroup(to, optional(reply_to), optional(user_token))
    if reply_to is not None:
        raise InvalidArgumentError(f"reply_to is not supported on the {chat_type!r} channel")
    if chat_type == "account":
        return FromAccount(to, optional(user_token))
    if not user_token:
        raise InvalidArgumentError("the 'user' channel sends as a user: give their user_token")
    return AsUser(to, user_token)
