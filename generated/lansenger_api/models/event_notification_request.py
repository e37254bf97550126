# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.notification_event import NotificationEvent


T = TypeVar("T", bound="EventNotificationRequest")
_FIELDS = frozenset(
    {
        "events",
    }
)


@_cache
def _NotificationEvent_class() -> type[NotificationEvent]:
    """`NotificationEvent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.notification_event import NotificationEvent  # noqa: PLC0415

    return NotificationEvent


@_attrs_define
class EventNotificationRequest:
    """
    Attributes:
        events (list[NotificationEvent]):
    """

    events: list[NotificationEvent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["events"] = [item.to_dict() for item in self.events]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"EventNotificationRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        events = []
        _events = d["events"]
        for events_item_data in _events:
            events_item = _NotificationEvent_class().from_dict(events_item_data)

            events.append(events_item)

        event_notification_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                events,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        event_notification_request.additional_properties = _extra
        return event_notification_request

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
