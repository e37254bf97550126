# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventReminderStaff")
_FIELDS = frozenset(
    {
        "staffId",
        "staffName",
    }
)


@_attrs_define
class EventReminderStaff:
    """
    Attributes:
        staff_id (str | Unset):
        staff_name (str | Unset):
    """

    staff_id: str | Unset = UNSET
    staff_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if self.staff_name is not UNSET:
            field_dict["staffName"] = self.staff_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"EventReminderStaff is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        staff_name = _get("staffName", UNSET)

        event_reminder_staff = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            staff_name,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        event_reminder_staff.additional_properties = _extra
        return event_reminder_staff

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
