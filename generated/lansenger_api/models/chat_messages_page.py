# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_item import ChatMessageItem


T = TypeVar("T", bound="ChatMessagesPage")
_FIELDS = frozenset(
    {
        "messageList",
        "total",
        "hasMore",
        "lastVersion",
        "name",
        "chatType",
    }
)


@_cache
def _ChatMessageItem_class() -> type[ChatMessageItem]:
    """`ChatMessageItem`, imported on first use (the models refer to each other in cycles)."""
    from ..models.chat_message_item import ChatMessageItem  # noqa: PLC0415

    return ChatMessageItem


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
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.message_list) is not Unset:
            field_dict["messageList"] = [item.to_dict() for item in self.message_list]

        if self.total is not UNSET:
            field_dict["total"] = self.total

        if self.has_more is not UNSET:
            field_dict["hasMore"] = self.has_more

        if self.last_version is not UNSET:
            field_dict["lastVersion"] = self.last_version

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.chat_type is not UNSET:
            field_dict["chatType"] = self.chat_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ChatMessagesPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _message_list = _get("messageList", UNSET)
        message_list: list[ChatMessageItem] | Unset = UNSET
        if _message_list is not UNSET:
            message_list = []
            for message_list_item_data in _message_list:
                message_list_item = _ChatMessageItem_class().from_dict(message_list_item_data)

                message_list.append(message_list_item)

        total = _get("total", UNSET)

        has_more = _get("hasMore", UNSET)

        last_version = _get("lastVersion", UNSET)

        name = _get("name", UNSET)

        chat_type = _get("chatType", UNSET)

        chat_messages_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            message_list,
            total,
            has_more,
            last_version,
            name,
            chat_type,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        chat_messages_page.additional_properties = _extra
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
