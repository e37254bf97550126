# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VcEventSubscription")
_FIELDS = frozenset(
    {
        "eventType",
    }
)


@_attrs_define
class VcEventSubscription:
    """One event to subscribe to. The platform documents no keys; its SDK's test sends `eventType` (e.g. meeting.start).
    Other keys are sent as given.

        Attributes:
            event_type (str | Unset):
    """

    event_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.event_type is not UNSET:
            field_dict["eventType"] = self.event_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcEventSubscription is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        event_type = _get("eventType", UNSET)

        vc_event_subscription = cls(  # by position, in the order the fields are declared above: cheaper than by name
            event_type,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_event_subscription.additional_properties = _extra
        return vc_event_subscription

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
