# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_status import NotificationStatus


T = TypeVar("T", bound="NotificationMessagesSent")
_FIELDS = frozenset(
    {
        "msgIds",
        "status",
    }
)


@_cache
def _NotificationStatus_class() -> type[NotificationStatus]:
    """`NotificationStatus`, imported on first use (the models refer to each other in cycles)."""
    from ..models.notification_status import NotificationStatus  # noqa: PLC0415

    return NotificationStatus


@_attrs_define
class NotificationMessagesSent:
    """
    Attributes:
        msg_ids (list[str] | Unset): Ids of the messages delivered.
        status (list[NotificationStatus] | Unset): Per-recipient results, as the platform reports them.
    """

    msg_ids: list[str] | Unset = UNSET
    status: list[NotificationStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.msg_ids is not UNSET:
            field_dict["msgIds"] = self.msg_ids

        if type(self.status) is not Unset:
            field_dict["status"] = [item.to_dict() for item in self.status]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NotificationMessagesSent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        msg_ids: list[str] = _get("msgIds", UNSET)

        _status = _get("status", UNSET)
        status: list[NotificationStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = _NotificationStatus_class().from_dict(status_item_data)

                status.append(status_item)

        notification_messages_sent = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                msg_ids,
                status,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notification_messages_sent.additional_properties = _extra
        return notification_messages_sent

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
