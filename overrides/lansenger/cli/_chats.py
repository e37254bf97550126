"""`chats list|history`: the bot's (or a user's) chats, and the messages of one of them."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from lansenger_api.errors import InvalidArgumentError
from lansenger_api.models import ChatListType, chat_list_type

from ._choices import choice
from ._listing import DEFAULT_LIMIT, AllFlag, LimitOption, show_list
from ._login import AsOption
from ._output import emit, table
from ._runtime import JsonFlag
from ._session import given, read

app = typer.Typer(help="Chats and their history.", no_args_is_help=True)


@app.command("list")
def list_(
    ctx: typer.Context,
    kind: Annotated[ChatListType | None, choice(chat_list_type, "--type", help="Which chats.")] = None,
    keyword: Annotated[str | None, typer.Option(help="Part of the chat's name (with --type private or group).")] = None,
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """The private and group chats of the app's bot (or of the --as user)."""
    rt, found = read(
        ctx,
        json_output,
        lambda session: session.client.messages.list_chats(
            chat_type=given(kind),
            keyword=given(keyword),
            user_token=session.user_token(staff_id),
        ),
    )
    data, lines = found.to_dict(), []
    for key, columns in (("staffIdInfos", ("staffId", "staffName")), ("groupIdInfos", ("groupId", "groupName"))):
        lines += table(data[key], columns) if data.get(key) else []
    emit(rt, found, lines)


@app.command()
def history(
    ctx: typer.Context,
    staff: Annotated[str | None, typer.Option("--staff", help="The private chat with this staff id.")] = None,
    group: Annotated[str | None, typer.Option("--group", help="This group chat.")] = None,
    sender: Annotated[str | None, typer.Option(help="Only what this staff id sent.")] = None,
    staff_id: AsOption = None,
    limit: LimitOption = DEFAULT_LIMIT,
    every: AllFlag = False,
    json_output: JsonFlag = False,
) -> None:
    """A chat's messages, newest pages fetched only as far as --limit needs."""
    if (staff is None) == (group is None):
        raise InvalidArgumentError("give exactly one of --staff and --group")

    show_list(
        ctx,
        json_output,
        "messages",
        lambda session: session.client.messages.iter_list_chat_messages(
            staff_id=given(staff),
            group_id=given(group),
            sender_id=given(sender),
            user_token=session.user_token(staff_id),
        ),
        ("sendTime", "sender", "type", "content"),
        (limit, every),
        row=_message,
    )


def _message(item: Any) -> Any:
    """A history entry's table row: its messageInfo."""
    return item.to_dict().get("messageInfo", {})
