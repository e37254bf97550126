"""`send text|markdown|file|card`: one message to a staff member (the bot's private chat), a group, and more."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from lansenger_api.errors import InvalidArgumentError
from lansenger_api.models.app_card_message import AppCardMessage
from lansenger_api.models.approve_card_message import ApproveCardMessage
from lansenger_api.models.i18n_app_card_message import I18nAppCardMessage
from lansenger_api.models.link_card_message import LinkCardMessage
from lansenger_api.models.oa_card_message import OaCardMessage
from lansenger_api.models.sent_message import SentMessage
from lansenger_api.models.verify_card_message import VerifyCardMessage
from lansenger_api.rules import MAX_BYTES

from .._client import Lansenger
from .._message_bodies import Body, ChatType
from . import _config
from ._login import AsOption
from ._output import emit
from ._runtime import JsonFlag, use_json

app = typer.Typer(help="Send a message.", no_args_is_help=True)
TEXT_BYTES, MARKDOWN_BYTES = MAX_BYTES["TextMessage"]["content"], MAX_BYTES["FormatTextMessage"]["text"]


class Chat(str, Enum):
    staff = "staff"
    group = "group"
    account = "account"
    user = "user"


class CardKind(str, Enum):
    app_card = "appCard"
    link_card = "linkCard"
    oacard = "oacard"
    verify_card = "verifyCard"
    i18n_app_card = "i18nAppCard"
    approve_card = "approveCard"


CARD_MODELS: dict[CardKind, Any] = {
    CardKind.app_card: AppCardMessage,
    CardKind.link_card: LinkCardMessage,
    CardKind.oacard: OaCardMessage,
    CardKind.verify_card: VerifyCardMessage,
    CardKind.i18n_app_card: I18nAppCardMessage,
    CardKind.approve_card: ApproveCardMessage,
}

To = Annotated[str, typer.Argument(help="Staff id (private chat with the app's bot), or group id with --chat group.")]
ChatOption = Annotated[
    Chat,
    typer.Option(
        "--chat",
        "-c",
        help="staff: the bot's private chat; group: a group chat; account: the official account; "
        "user: as the logged-in user (--as).",
    ),
]
Mentions = Annotated[list[str] | None, typer.Option("--mention", "-m", help="@mention this staff id (groups).")]
MentionAll = Annotated[bool, typer.Option("--mention-all", help="@mention everyone (groups).")]
ReplyTo = Annotated[str | None, typer.Option("--reply-to", help="The msgId this message answers.")]


def _read(text: str) -> str:
    """`-` reads stdin, so `git log -1 | lansenger send text ...` works."""
    return sys.stdin.read() if text == "-" else text


def _acting(client: Lansenger, chat: Chat, staff_id: str | None) -> str | None:
    """A user token when the message is sent as a user: --as given, or the user channel (which needs one)."""
    if staff_id is None and chat is not Chat.user:
        return None
    return _config.user_token(client, staff_id)


def _sent(ctx: typer.Context, json_output: bool, sent: SentMessage, to: str) -> None:
    emit(use_json(ctx, json_output), sent, f"Sent {sent.msg_id or '(no msgId)'} to {to}.")


def _send_written(
    ctx: typer.Context,
    json_output: bool,
    markdown: bool,
    to: str,
    message: str,
    chat: Chat,
    mention: list[str] | None,
    mention_all: bool,
    reply_to: str | None,
    staff_id: str | None,
) -> None:
    """`send text` and `send markdown` differ only in the helper they call."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        send = client.messages.send_markdown if markdown else client.messages.send_text
        sent = send(
            to,
            _read(message),
            chat_type=_chat_type(chat),
            mentions=mention or (),
            mention_all=mention_all,
            reply_to=reply_to,
            user_token=_acting(client, chat, staff_id),
        )
    _sent(ctx, json_output, sent, to)


@app.command()
def text(
    ctx: typer.Context,
    to: To,
    message: Annotated[str, typer.Argument(help=f"The text (at most {TEXT_BYTES} bytes); - reads stdin.")],
    chat: ChatOption = Chat.staff,
    mention: Mentions = None,
    mention_all: MentionAll = False,
    reply_to: ReplyTo = None,
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """Send plain text."""
    _send_written(ctx, json_output, False, to, message, chat, mention, mention_all, reply_to, staff_id)


@app.command()
def markdown(
    ctx: typer.Context,
    to: To,
    message: Annotated[str, typer.Argument(help=f"The Markdown (at most {MARKDOWN_BYTES} bytes); - reads stdin.")],
    chat: ChatOption = Chat.staff,
    mention: Mentions = None,
    mention_all: MentionAll = False,
    reply_to: ReplyTo = None,
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """Send Markdown."""
    _send_written(ctx, json_output, True, to, message, chat, mention, mention_all, reply_to, staff_id)


@app.command()
def file(
    ctx: typer.Context,
    to: To,
    path: Annotated[Path, typer.Argument(help="The file; images and videos show inline.")],
    caption: Annotated[str, typer.Option(help="Text shown with the file.")] = "",
    chat: ChatOption = Chat.staff,
    reply_to: ReplyTo = None,
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """Upload a file and send it."""
    rt = use_json(ctx, json_output)
    with _config.open_client(rt) as client:
        sent = client.messages.send_file(
            to,
            path,
            caption=caption,
            chat_type=_chat_type(chat),
            reply_to=reply_to,
            user_token=_acting(client, chat, staff_id),
        )
    _sent(ctx, json_output, sent, to)


@app.command()
def card(
    ctx: typer.Context,
    to: To,
    source: Annotated[str, typer.Argument(help="The card as a JSON file, or - for stdin.")] = "-",
    kind: Annotated[CardKind, typer.Option("--kind", "-k", help="The card's msgType.")] = CardKind.app_card,
    chat: ChatOption = Chat.staff,
    reply_to: ReplyTo = None,
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """Send a card; the JSON is the card's msgData body in the platform's spelling (e.g. bodyTitle, fields)."""
    rt = use_json(ctx, json_output)
    body = _card(source, kind)
    with _config.open_client(rt) as client:
        sent = client.messages.send(
            to, body, chat_type=_chat_type(chat), reply_to=reply_to, user_token=_acting(client, chat, staff_id)
        )
    _sent(ctx, json_output, sent, to)


def _card(source: str, kind: CardKind) -> Body:
    raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except ValueError as error:
        raise InvalidArgumentError(f"the card is not JSON: {error}") from None
    if not isinstance(data, dict):
        raise InvalidArgumentError("the card must be a JSON object")
    try:
        body: Body = CARD_MODELS[kind].from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InvalidArgumentError(f"the card does not fit {kind.value}: {type(error).__name__}: {error}") from None
    return body


CHAT_TYPES: dict[Chat, ChatType] = {
    Chat.staff: "staff",
    Chat.group: "group",
    Chat.account: "account",
    Chat.user: "user",
}


def _chat_type(chat: Chat) -> ChatType:
    return CHAT_TYPES[chat]
