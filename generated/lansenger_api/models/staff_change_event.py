# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StaffChangeEvent")
_FIELDS = frozenset(
    {
        "staffId",
        "timestamp",
    }
)


@_attrs_define
class StaffChangeEvent:
    """staff_create / staff_modify / staff_delete: a staff member was added, changed or removed. Only the id is sent; fetch
    the details with the staffs API.

        Attributes:
            staff_id (str | Unset):
            timestamp (int | str | Unset): Unix microseconds (16 digits, as text in samples).
    """

    staff_id: str | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StaffChangeEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        timestamp: int | str | Unset = _get("timestamp", UNSET)

        staff_change_event = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            timestamp,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        staff_change_event.additional_properties = _extra
        return staff_change_event

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
