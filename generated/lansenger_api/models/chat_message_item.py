# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_info import ChatMessageInfo


T = TypeVar("T", bound="ChatMessageItem")
_FIELDS = frozenset(
    {
        "name",
        "chatType",
        "messageInfo",
    }
)


@_cache
def _ChatMessageInfo_class() -> type[ChatMessageInfo]:
    """`ChatMessageInfo`, imported on first use (the models refer to each other in cycles)."""
    from ..models.chat_message_info import ChatMessageInfo  # noqa: PLC0415

    return ChatMessageInfo


@_attrs_define
class ChatMessageItem:
    """
    Attributes:
        name (str | Unset): The chat's name.
        chat_type (str | Unset): "private" or "group".
        message_info (ChatMessageInfo | Unset): One message. content's shape follows type: text is `{text,
            attachments}`, formatText `{text}` (older platform versions: `{content}`), cards their own body.
    """

    name: str | Unset = UNSET
    chat_type: str | Unset = UNSET
    message_info: ChatMessageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.chat_type is not UNSET:
            field_dict["chatType"] = self.chat_type

        if type(self.message_info) is not Unset:
            field_dict["messageInfo"] = self.message_info.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ChatMessageItem is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        name = _get("name", UNSET)

        chat_type = _get("chatType", UNSET)

        _message_info = _get("messageInfo", UNSET)
        message_info: ChatMessageInfo | Unset
        if isinstance(_message_info, Unset):
            message_info = UNSET
        else:
            message_info = _ChatMessageInfo_class().from_dict(_message_info)

        chat_message_item = cls(  # by position, in the order the fields are declared above: cheaper than by name
            name,
            chat_type,
            message_info,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        chat_message_item.additional_properties = _extra
        return chat_message_item

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
