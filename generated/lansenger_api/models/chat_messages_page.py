# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_item import ChatMessageItem


T = TypeVar("T", bound="ChatMessagesPage")


@_attrs_define
class ChatMessagesPage:
    """
    Attributes:
        message_list (list[ChatMessageItem] | Unset):
        total (int | Unset): Messages in the whole (filtered) history, not in this page.
        has_more (bool | Unset):
        last_version (str | Unset): The cursor to pass as base_version for the next page.
        name (str | Unset): The chat's name.
        chat_type (str | Unset): "private" or "group".
    """

    message_list: list[ChatMessageItem] | Unset = UNSET
    total: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    last_version: str | Unset = UNSET
    name: str | Unset = UNSET
    chat_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_list, Unset):
            message_list = []
            for message_list_item_data in self.message_list:
                message_list_item = message_list_item_data.to_dict()
                message_list.append(message_list_item)

        total = self.total

        has_more = self.has_more

        last_version = self.last_version

        name = self.name

        chat_type = self.chat_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_list is not UNSET:
            field_dict["messageList"] = message_list
        if total is not UNSET:
            field_dict["total"] = total
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if last_version is not UNSET:
            field_dict["lastVersion"] = last_version
        if name is not UNSET:
            field_dict["name"] = name
        if chat_type is not UNSET:
            field_dict["chatType"] = chat_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_message_item import ChatMessageItem  # noqa: PLC0415

        d = dict(src_dict)
        _message_list = d.pop("messageList", UNSET)
        message_list: list[ChatMessageItem] | Unset = UNSET
        if _message_list is not UNSET:
            message_list = []
            for message_list_item_data in _message_list:
                message_list_item = ChatMessageItem.from_dict(message_list_item_data)

                message_list.append(message_list_item)

        total = d.pop("total", UNSET)

        has_more = d.pop("hasMore", UNSET)

        last_version = d.pop("lastVersion", UNSET)

        name = d.pop("name", UNSET)

        chat_type = d.pop("chatType", UNSET)

        chat_messages_page = cls(
            message_list=message_list,
            total=total,
            has_more=has_more,
            last_version=last_version,
            name=name,
            chat_type=chat_type,
        )

        chat_messages_page.additional_properties = d
        return chat_messages_page

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
