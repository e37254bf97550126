# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkbenchVisibilityEvent")
_FIELDS = frozenset(
    {
        "entryId",
        "departmentIds",
        "staffIds",
        "isTestModeOn",
        "timestamp",
    }
)


@_attrs_define
class WorkbenchVisibilityEvent:
    """wb_visible_config — who sees the app's workbench entry changed.

    Attributes:
        entry_id (str | Unset):
        department_ids (list[str] | Unset):
        staff_ids (list[str] | Unset):
        is_test_mode_on (bool | Unset): The entry is in test mode (visible to testers only).
        timestamp (int | str | Unset): Unix microseconds (16 digits, as text in samples).
    """

    entry_id: str | Unset = UNSET
    department_ids: list[str] | Unset = UNSET
    staff_ids: list[str] | Unset = UNSET
    is_test_mode_on: bool | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.entry_id is not UNSET:
            field_dict["entryId"] = self.entry_id

        if self.department_ids is not UNSET:
            field_dict["departmentIds"] = self.department_ids

        if self.staff_ids is not UNSET:
            field_dict["staffIds"] = self.staff_ids

        if self.is_test_mode_on is not UNSET:
            field_dict["isTestModeOn"] = self.is_test_mode_on

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
            raise TypeError(f"WorkbenchVisibilityEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        entry_id = _get("entryId", UNSET)

        department_ids: list[str] = _get("departmentIds", UNSET)

        staff_ids: list[str] = _get("staffIds", UNSET)

        is_test_mode_on = _get("isTestModeOn", UNSET)

        timestamp: int | str | Unset = _get("timestamp", UNSET)

        workbench_visibility_event = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                entry_id,
                department_ids,
                staff_ids,
                is_test_mode_on,
                timestamp,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        workbench_visibility_event.additional_properties = _extra
        return workbench_visibility_event

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
