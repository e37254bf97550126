# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.urgent_reminder_type import UrgentReminderType, check_urgent_reminder_type

T = TypeVar("T", bound="MessageReminderRequest")
_FIELDS = frozenset(
    {
        "msgId",
        "reminderTypes",
        "userIdList",
    }
)


@_attrs_define
class MessageReminderRequest:
    """
    Attributes:
        msg_id (str): The sent message to remind of.
        reminder_types (list[UrgentReminderType]):
        user_id_list (list[str]): Staff ids to remind, at most 100, each a recipient of the message.
    """

    msg_id: str
    reminder_types: list[UrgentReminderType]
    user_id_list: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["msgId"] = self.msg_id

        reminder_types = []
        for reminder_types_item_data in self.reminder_types:
            reminder_types_item: int = reminder_types_item_data
            reminder_types.append(reminder_types_item)

        field_dict["reminderTypes"] = reminder_types

        field_dict["userIdList"] = self.user_id_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"MessageReminderRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        msg_id = d["msgId"]

        reminder_types = []
        _reminder_types = d["reminderTypes"]
        for reminder_types_item_data in _reminder_types:
            reminder_types_item = check_urgent_reminder_type(reminder_types_item_data)

            reminder_types.append(reminder_types_item)

        user_id_list: list[str] = d["userIdList"]

        message_reminder_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            msg_id,
            reminder_types,
            user_id_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        message_reminder_request.additional_properties = _extra
        return message_reminder_request

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
