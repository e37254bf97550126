# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_info import ChatMessageInfo


T = TypeVar("T", bound="ChatMessageItem")


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
        name = self.name

        chat_type = self.chat_type

        message_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_info, Unset):
            message_info = self.message_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if chat_type is not UNSET:
            field_dict["chatType"] = chat_type
        if message_info is not UNSET:
            field_dict["messageInfo"] = message_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_message_info import ChatMessageInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        chat_type = d.pop("chatType", UNSET)

        _message_info = d.pop("messageInfo", UNSET)
        message_info: ChatMessageInfo | Unset
        if isinstance(_message_info, Unset):
            message_info = UNSET
        else:
            message_info = ChatMessageInfo.from_dict(_message_info)

        chat_message_item = cls(
            name=name,
            chat_type=chat_type,
            message_info=message_info,
        )

        chat_message_item.additional_properties = d
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
