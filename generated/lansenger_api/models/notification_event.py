# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_push_data import NotificationPushData


T = TypeVar("T", bound="NotificationEvent")


@_attrs_define
class NotificationEvent:
    """
    Attributes:
        event_type (str): What happened, e.g. `app_changes` (the workbench badge of the app changed).
        receiver_ids (list[str] | Unset): Staff ids that receive the event.
        entry_id (str | Unset): The app entry the event is about.
        event_data (str | Unset): The event's payload as text (JSON text, for example), handed to the client unchanged.
        device_type (int | Unset): Which clients receive the event, a sum of 1 Android, 2 iOS, 4 Windows, 8 Mac and 16
            Linux; 0 means all.
        channel_type (int | Unset): Delivery channel; the platform documents no values.
        expires (int | Unset): Seconds the event stays valid; 0 means it never expires.
        version (int | Unset): A microsecond timestamp; a client keeps the newest version of an event.
        push_data (NotificationPushData | Unset): The system notification shown on the device, if any.
    """

    event_type: str
    receiver_ids: list[str] | Unset = UNSET
    entry_id: str | Unset = UNSET
    event_data: str | Unset = UNSET
    device_type: int | Unset = UNSET
    channel_type: int | Unset = UNSET
    expires: int | Unset = UNSET
    version: int | Unset = UNSET
    push_data: NotificationPushData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        receiver_ids: list[str] | Unset = UNSET
        if not isinstance(self.receiver_ids, Unset):
            receiver_ids = self.receiver_ids

        entry_id = self.entry_id

        event_data = self.event_data

        device_type = self.device_type

        channel_type = self.channel_type

        expires = self.expires

        version = self.version

        push_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.push_data, Unset):
            push_data = self.push_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventType": event_type,
            }
        )
        if receiver_ids is not UNSET:
            field_dict["receiverIds"] = receiver_ids
        if entry_id is not UNSET:
            field_dict["entryId"] = entry_id
        if event_data is not UNSET:
            field_dict["eventData"] = event_data
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type
        if channel_type is not UNSET:
            field_dict["channelType"] = channel_type
        if expires is not UNSET:
            field_dict["expires"] = expires
        if version is not UNSET:
            field_dict["version"] = version
        if push_data is not UNSET:
            field_dict["pushData"] = push_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_push_data import NotificationPushData  # noqa: PLC0415

        d = dict(src_dict)
        event_type = d.pop("eventType")

        receiver_ids = cast(list[str], d.pop("receiverIds", UNSET))

        entry_id = d.pop("entryId", UNSET)

        event_data = d.pop("eventData", UNSET)

        device_type = d.pop("deviceType", UNSET)

        channel_type = d.pop("channelType", UNSET)

        expires = d.pop("expires", UNSET)

        version = d.pop("version", UNSET)

        _push_data = d.pop("pushData", UNSET)
        push_data: NotificationPushData | Unset
        if isinstance(_push_data, Unset):
            push_data = UNSET
        else:
            push_data = NotificationPushData.from_dict(_push_data)

        notification_event = cls(
            event_type=event_type,
            receiver_ids=receiver_ids,
            entry_id=entry_id,
            event_data=event_data,
            device_type=device_type,
            channel_type=channel_type,
            expires=expires,
            version=version,
            push_data=push_data,
        )

        notification_event.additional_properties = d
        return notification_event

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
