# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatMessagesRequest")
_FIELDS = frozenset(
    {
        "staffId",
        "groupId",
        "startTime",
        "endTime",
        "senderId",
    }
)


@_attrs_define
class ChatMessagesRequest:
    """staffId and groupId exclude each other; give one.

    Attributes:
        staff_id (str | Unset): The other person of a private chat.
        group_id (str | Unset): The group of a group chat.
        start_time (int | Unset): Microsecond timestamp; messages sent since then.
        end_time (int | Unset): Microsecond timestamp; messages sent until then.
        sender_id (str | Unset): Only messages from this staff id.
    """

    staff_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    sender_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if self.group_id is not UNSET:
            field_dict["groupId"] = self.group_id

        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time

        if self.end_time is not UNSET:
            field_dict["endTime"] = self.end_time

        if self.sender_id is not UNSET:
            field_dict["senderId"] = self.sender_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ChatMessagesRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        group_id = _get("groupId", UNSET)

        start_time = _get("startTime", UNSET)

        end_time = _get("endTime", UNSET)

        sender_id = _get("senderId", UNSET)

        chat_messages_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            group_id,
            start_time,
            end_time,
            sender_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        chat_messages_request.additional_properties = _extra
        return chat_messages_request

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
