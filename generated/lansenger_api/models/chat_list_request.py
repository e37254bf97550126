# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_list_type import ChatListType, check_chat_list_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatListRequest")
_FIELDS = frozenset(
    {
        "chatType",
        "keyword",
        "startTime",
        "endTime",
    }
)


@_attrs_define
class ChatListRequest:
    """
    Attributes:
        chat_type (ChatListType | Unset): Which chats to list. 0 all, 1 private chats, 2 group chats.
        keyword (str | Unset): Matches chat names; only with chatType 1 or 2.
        start_time (int | Unset): Microsecond timestamp; chats active since then.
        end_time (int | Unset): Microsecond timestamp; chats active until then.
    """

    chat_type: ChatListType | Unset = UNSET
    keyword: str | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.chat_type is not UNSET:
            field_dict["chatType"] = self.chat_type

        if self.keyword is not UNSET:
            field_dict["keyword"] = self.keyword

        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time

        if self.end_time is not UNSET:
            field_dict["endTime"] = self.end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ChatListRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _chat_type = _get("chatType", UNSET)
        chat_type: ChatListType | Unset
        if isinstance(_chat_type, Unset):
            chat_type = UNSET
        else:
            chat_type = check_chat_list_type(_chat_type)

        keyword = _get("keyword", UNSET)

        start_time = _get("startTime", UNSET)

        end_time = _get("endTime", UNSET)

        chat_list_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            chat_type,
            keyword,
            start_time,
            end_time,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        chat_list_request.additional_properties = _extra
        return chat_list_request

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
