# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_attendee_info import ScheduleAttendeeInfo


T = TypeVar("T", bound="ScheduleAttendeePage")
_FIELDS = frozenset(
    {
        "total",
        "attendees",
    }
)


@_cache
def _ScheduleAttendeeInfo_class() -> type[ScheduleAttendeeInfo]:
    """`ScheduleAttendeeInfo`, imported on first use (the models refer to each other in cycles)."""
    from ..models.schedule_attendee_info import ScheduleAttendeeInfo  # noqa: PLC0415

    return ScheduleAttendeeInfo


@_attrs_define
class ScheduleAttendeePage:
    """
    Attributes:
        total (int | Unset): Attendees in all pages.
        attendees (list[ScheduleAttendeeInfo] | Unset):
    """

    total: int | Unset = UNSET
    attendees: list[ScheduleAttendeeInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.total is not UNSET:
            field_dict["total"] = self.total

        if type(self.attendees) is not Unset:
            field_dict["attendees"] = [item.to_dict() for item in self.attendees]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ScheduleAttendeePage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        total = _get("total", UNSET)

        _attendees = _get("attendees", UNSET)
        attendees: list[ScheduleAttendeeInfo] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = _ScheduleAttendeeInfo_class().from_dict(attendees_item_data)

                attendees.append(attendees_item)

        schedule_attendee_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            total,
            attendees,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        schedule_attendee_page.additional_properties = _extra
        return schedule_attendee_page

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
