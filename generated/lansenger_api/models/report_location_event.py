# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_location_info import EventLocationInfo


T = TypeVar("T", bound="ReportLocationEvent")
_FIELDS = frozenset(
    {
        "locationInfo",
    }
)


@_cache
def _EventLocationInfo_class() -> type[EventLocationInfo]:
    """`EventLocationInfo`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_location_info import EventLocationInfo  # noqa: PLC0415

    return EventLocationInfo


@_attrs_define
class ReportLocationEvent:
    """report_location — a user shared their location. Personal bots receive it on the WebSocket; org bots by callback
    after subscribing to the location event.

        Attributes:
            location_info (EventLocationInfo | Unset): Location fields as text, e.g. latitude, longitude, city; every key is
                kept.
    """

    location_info: EventLocationInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.location_info) is not Unset:
            field_dict["locationInfo"] = self.location_info.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ReportLocationEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _location_info = _get("locationInfo", UNSET)
        location_info: EventLocationInfo | Unset
        if isinstance(_location_info, Unset):
            location_info = UNSET
        else:
            location_info = _EventLocationInfo_class().from_dict(_location_info)

        report_location_event = cls(  # by position, in the order the fields are declared above: cheaper than by name
            location_info,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        report_location_event.additional_properties = _extra
        return report_location_event

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
