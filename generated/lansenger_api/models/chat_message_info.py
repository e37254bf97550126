# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_info_content import ChatMessageInfoContent


T = TypeVar("T", bound="ChatMessageInfo")
_FIELDS = frozenset(
    {
        "sendTime",
        "sender",
        "type",
        "content",
    }
)


@_cache
def _ChatMessageInfoContent_class() -> type[ChatMessageInfoContent]:
    """`ChatMessageInfoContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.chat_message_info_content import ChatMessageInfoContent  # noqa: PLC0415

    return ChatMessageInfoContent


@_attrs_define
class ChatMessageInfo:
    """One message. content's shape follows type: text is `{text, attachments}`, formatText `{text}` (older platform
    versions: `{content}`), cards their own body.

        Attributes:
            send_time (str | Unset): Local time as `YYYY-MM-DD HH:MM:SS`.
            sender (str | Unset): The sender's display name.
            type_ (str | Unset): The message type (some platform versions send `messageType`; kept as received).
            content (ChatMessageInfoContent | Unset): The message body; any fields are kept.
    """

    send_time: str | Unset = UNSET
    sender: str | Unset = UNSET
    type_: str | Unset = UNSET
    content: ChatMessageInfoContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.send_time is not UNSET:
            field_dict["sendTime"] = self.send_time

        if self.sender is not UNSET:
            field_dict["sender"] = self.sender

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if type(self.content) is not Unset:
            field_dict["content"] = self.content.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ChatMessageInfo is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        send_time = _get("sendTime", UNSET)

        sender = _get("sender", UNSET)

        type_ = _get("type", UNSET)

        _content = _get("content", UNSET)
        content: ChatMessageInfoContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = _ChatMessageInfoContent_class().from_dict(_content)

        chat_message_info = cls(  # by position, in the order the fields are declared above: cheaper than by name
            send_time,
            sender,
            type_,
            content,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        chat_message_info.additional_properties = _extra
        return chat_message_info

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
