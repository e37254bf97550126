# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_reply_type import MessageReplyType, check_message_reply_type

T = TypeVar("T", bound="MessageReplyRequest")
_FIELDS = frozenset(
    {
        "msgId",
        "emojiId",
        "replyType",
    }
)


@_attrs_define
class MessageReplyRequest:
    """
    Attributes:
        msg_id (str): The message replied to.
        emoji_id (str): The emoji of a reply. Known values: TYPE_THUMB 点赞 (thumbs up), TYPE_OK 收到 (received),
            TYPE_ADD_ONE +1, TYPE_FIREWORK 烟火 (fireworks), TYPE_LOVE 爱心 (heart), TYPE_DOUBT 问号 (question mark). Not an enum:
            the platform may know more, and refusing them locally would be a guess.
        reply_type (MessageReplyType): 1 adds the emoji reply, 2 cancels it.
    """

    msg_id: str
    emoji_id: str
    reply_type: MessageReplyType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["msgId"] = self.msg_id

        field_dict["emojiId"] = self.emoji_id

        field_dict["replyType"] = self.reply_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"MessageReplyRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        msg_id = d["msgId"]

        emoji_id = d["emojiId"]

        reply_type = check_message_reply_type(d["replyType"])

        message_reply_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            msg_id,
            emoji_id,
            reply_type,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        message_reply_request.additional_properties = _extra
        return message_reply_request

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
