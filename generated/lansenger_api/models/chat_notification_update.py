# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat_notification_status import ChatNotificationStatus


T = TypeVar("T", bound="ChatNotificationUpdate")
_FIELDS = frozenset(
    {
        "statusList",
    }
)


@_cache
def _ChatNotificationStatus_class() -> type[ChatNotificationStatus]:
    """`ChatNotificationStatus`, imported on first use (the models refer to each other in cycles)."""
    from ..models.chat_notification_status import ChatNotificationStatus  # noqa: PLC0415

    return ChatNotificationStatus


@_attrs_define
class ChatNotificationUpdate:
    """
    Attributes:
        status_list (list[ChatNotificationStatus]):
    """

    status_list: list[ChatNotificationStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["statusList"] = [item.to_dict() for item in self.status_list]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ChatNotificationUpdate is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        status_list = []
        _status_list = d["statusList"]
        for status_list_item_data in _status_list:
            status_list_item = _ChatNotificationStatus_class().from_dict(status_list_item_data)

            status_list.append(status_list_item)

        chat_notification_update = cls(  # by position, in the order the fields are declared above: cheaper than by name
            status_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        chat_notification_update.additional_properties = _extra
        return chat_notification_update

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
