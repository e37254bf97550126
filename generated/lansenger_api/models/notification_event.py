# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_push_data import NotificationPushData


T = TypeVar("T", bound="NotificationEvent")
_FIELDS = frozenset(
    {
        "eventType",
        "receiverIds",
        "entryId",
        "eventData",
        "deviceType",
        "channelType",
        "expires",
        "version",
        "pushData",
    }
)


@_cache
def _NotificationPushData_class() -> type[NotificationPushData]:
    """`NotificationPushData`, imported on first use (the models refer to each other in cycles)."""
    from ..models.notification_push_data import NotificationPushData  # noqa: PLC0415

    return NotificationPushData


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
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["eventType"] = self.event_type

        if self.receiver_ids is not UNSET:
            field_dict["receiverIds"] = self.receiver_ids

        if self.entry_id is not UNSET:
            field_dict["entryId"] = self.entry_id

        if self.event_data is not UNSET:
            field_dict["eventData"] = self.event_data

        if self.device_type is not UNSET:
            field_dict["deviceType"] = self.device_type

        if self.channel_type is not UNSET:
            field_dict["channelType"] = self.channel_type

        if self.expires is not UNSET:
            field_dict["expires"] = self.expires

        if self.version is not UNSET:
            field_dict["version"] = self.version

        if type(self.push_data) is not Unset:
            field_dict["pushData"] = self.push_data.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NotificationEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        event_type = d["eventType"]

        receiver_ids: list[str] = _get("receiverIds", UNSET)

        entry_id = _get("entryId", UNSET)

        event_data = _get("eventData", UNSET)

        device_type = _get("deviceType", UNSET)

        channel_type = _get("channelType", UNSET)

        expires = _get("expires", UNSET)

        version = _get("version", UNSET)

        _push_data = _get("pushData", UNSET)
        push_data: NotificationPushData | Unset
        if isinstance(_push_data, Unset):
            push_data = UNSET
        else:
            push_data = _NotificationPushData_class().from_dict(_push_data)

        notification_event = cls(  # by position, in the order the fields are declared above: cheaper than by name
            event_type,
            receiver_ids,
            entry_id,
            event_data,
            device_type,
            channel_type,
            expires,
            version,
            push_data,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notification_event.additional_properties = _extra
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
