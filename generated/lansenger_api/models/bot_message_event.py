# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_msg_data import EventMsgData
    from ..models.event_reference_msg import EventReferenceMsg
    from ..models.event_reminder import EventReminder


T = TypeVar("T", bound="BotMessageEvent")
_FIELDS = frozenset(
    {
        "from",
        "fromName",
        "fromType",
        "entryId",
        "msgType",
        "msgData",
        "msgId",
        "osType",
        "referenceMsg",
        "groupId",
        "groupName",
        "botCreator",
        "botId",
        "magic",
        "reminder",
        "senderName",
        "conversationId",
        "conversationTitle",
        "chatType",
        "messageId",
    }
)


@_cache
def _EventMsgData_class() -> type[EventMsgData]:
    """`EventMsgData`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_msg_data import EventMsgData  # noqa: PLC0415

    return EventMsgData


@_cache
def _EventReferenceMsg_class() -> type[EventReferenceMsg]:
    """`EventReferenceMsg`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_reference_msg import EventReferenceMsg  # noqa: PLC0415

    return EventReferenceMsg


@_cache
def _EventReminder_class() -> type[EventReminder]:
    """`EventReminder`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_reminder import EventReminder  # noqa: PLC0415

    return EventReminder


@_attrs_define
class BotMessageEvent:
    """bot_private_message / bot_group_message — someone wrote to the bot, privately or in a group. The group fields
    (groupId, groupName, botCreator, botId, magic, fromType, reminder) come only with group messages. A bot sees its own
    group messages too: skip those where `from` equals `botId`.

        Attributes:
            from_ (str | Unset): The sender's openId (a staff member or a bot).
            from_name (str | Unset): The sender's display name; empty on servers before prs5.10.0.
            from_type (int | Unset): Kind of sender in a group; 1 is a bot.
            entry_id (str | Unset): The app/bot entry the message was written to.
            msg_type (str | Unset): text, formatText, image, video, file, voice, position, card, sticker, approveCard,
                forward or box.
            msg_data (EventMsgData | Unset): A received message's content, keyed by its kind: one of these keys is set (the
                one its msgType names; formatText arrives under `format` on the WebSocket). Kinds not listed stay in
                additional_properties.
            msg_id (str | Unset): The message id; the WebSocket carries no event id, so dedupe on this.
            os_type (str | Unset): The sender's device (prs5.10.0+): Android, ios, iPad, Android Pad, Harmony Phone, Harmony
                Pad, Windows PC, Mac Pc, browser or Harmony Pc.
            reference_msg (EventReferenceMsg | Unset): The message a received message quotes.
            group_id (str | Unset):
            group_name (str | Unset):
            bot_creator (str | Unset): The bot's creator.
            bot_id (str | Unset): The bot receiving the message.
            magic (Any | Unset): Undocumented group field; passed through as received.
            reminder (EventReminder | Unset): Who a group message @-mentions.
            sender_name (str | Unset): WebSocket frames only (what WS clients read): the sender's name.
            conversation_id (str | Unset): WebSocket frames only; the chat's id.
            conversation_title (str | Unset): WebSocket frames only; the chat's title.
            chat_type (str | Unset): WebSocket frames only: "p2p" or "group".
            message_id (str | Unset): WebSocket frames only; the message id under another name.
    """

    from_: str | Unset = UNSET
    from_name: str | Unset = UNSET
    from_type: int | Unset = UNSET
    entry_id: str | Unset = UNSET
    msg_type: str | Unset = UNSET
    msg_data: EventMsgData | Unset = UNSET
    msg_id: str | Unset = UNSET
    os_type: str | Unset = UNSET
    reference_msg: EventReferenceMsg | Unset = UNSET
    group_id: str | Unset = UNSET
    group_name: str | Unset = UNSET
    bot_creator: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    magic: Any | Unset = UNSET
    reminder: EventReminder | Unset = UNSET
    sender_name: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    conversation_title: str | Unset = UNSET
    chat_type: str | Unset = UNSET
    message_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_

        if self.from_name is not UNSET:
            field_dict["fromName"] = self.from_name

        if self.from_type is not UNSET:
            field_dict["fromType"] = self.from_type

        if self.entry_id is not UNSET:
            field_dict["entryId"] = self.entry_id

        if self.msg_type is not UNSET:
            field_dict["msgType"] = self.msg_type

        if type(self.msg_data) is not Unset:
            field_dict["msgData"] = self.msg_data.to_dict()

        if self.msg_id is not UNSET:
            field_dict["msgId"] = self.msg_id

        if self.os_type is not UNSET:
            field_dict["osType"] = self.os_type

        if type(self.reference_msg) is not Unset:
            field_dict["referenceMsg"] = self.reference_msg.to_dict()

        if self.group_id is not UNSET:
            field_dict["groupId"] = self.group_id

        if self.group_name is not UNSET:
            field_dict["groupName"] = self.group_name

        if self.bot_creator is not UNSET:
            field_dict["botCreator"] = self.bot_creator

        if self.bot_id is not UNSET:
            field_dict["botId"] = self.bot_id

        if self.magic is not UNSET:
            field_dict["magic"] = self.magic

        if type(self.reminder) is not Unset:
            field_dict["reminder"] = self.reminder.to_dict()

        if self.sender_name is not UNSET:
            field_dict["senderName"] = self.sender_name

        if self.conversation_id is not UNSET:
            field_dict["conversationId"] = self.conversation_id

        if self.conversation_title is not UNSET:
            field_dict["conversationTitle"] = self.conversation_title

        if self.chat_type is not UNSET:
            field_dict["chatType"] = self.chat_type

        if self.message_id is not UNSET:
            field_dict["messageId"] = self.message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BotMessageEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        from_ = _get("from", UNSET)

        from_name = _get("fromName", UNSET)

        from_type = _get("fromType", UNSET)

        entry_id = _get("entryId", UNSET)

        msg_type = _get("msgType", UNSET)

        _msg_data = _get("msgData", UNSET)
        msg_data: EventMsgData | Unset
        if isinstance(_msg_data, Unset):
            msg_data = UNSET
        else:
            msg_data = _EventMsgData_class().from_dict(_msg_data)

        msg_id = _get("msgId", UNSET)

        os_type = _get("osType", UNSET)

        _reference_msg = _get("referenceMsg", UNSET)
        reference_msg: EventReferenceMsg | Unset
        if isinstance(_reference_msg, Unset):
            reference_msg = UNSET
        else:
            reference_msg = _EventReferenceMsg_class().from_dict(_reference_msg)

        group_id = _get("groupId", UNSET)

        group_name = _get("groupName", UNSET)

        bot_creator = _get("botCreator", UNSET)

        bot_id = _get("botId", UNSET)

        magic = _get("magic", UNSET)

        _reminder = _get("reminder", UNSET)
        reminder: EventReminder | Unset
        if isinstance(_reminder, Unset):
            reminder = UNSET
        else:
            reminder = _EventReminder_class().from_dict(_reminder)

        sender_name = _get("senderName", UNSET)

        conversation_id = _get("conversationId", UNSET)

        conversation_title = _get("conversationTitle", UNSET)

        chat_type = _get("chatType", UNSET)

        message_id = _get("messageId", UNSET)

        bot_message_event = cls(  # by position, in the order the fields are declared above: cheaper than by name
            from_,
            from_name,
            from_type,
            entry_id,
            msg_type,
            msg_data,
            msg_id,
            os_type,
            reference_msg,
            group_id,
            group_name,
            bot_creator,
            bot_id,
            magic,
            reminder,
            sender_name,
            conversation_id,
            conversation_title,
            chat_type,
            message_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        bot_message_event.additional_properties = _extra
        return bot_message_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
