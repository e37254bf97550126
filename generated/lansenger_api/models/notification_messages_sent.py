# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_status import NotificationStatus


T = TypeVar("T", bound="NotificationMessagesSent")


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
        msg_ids: list[str] | Unset = UNSET
        if not isinstance(self.msg_ids, Unset):
            msg_ids = self.msg_ids

        status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.to_dict()
                status.append(status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg_ids is not UNSET:
            field_dict["msgIds"] = msg_ids
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_status import NotificationStatus  # noqa: PLC0415

        d = dict(src_dict)
        msg_ids = cast(list[str], d.pop("msgIds", UNSET))

        _status = d.pop("status", UNSET)
        status: list[NotificationStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = NotificationStatus.from_dict(status_item_data)

                status.append(status_item)

        notification_messages_sent = cls(
            msg_ids=msg_ids,
            status=status,
        )

        notification_messages_sent.additional_properties = d
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
