# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QingjiaLeaveDuration")
_FIELDS = frozenset(
    {
        "typeCode",
        "applyStartTime",
        "applyEndTime",
        "effectiveTimestamp",
        "effectiveHours",
        "effectiveDays",
        "timeStr",
    }
)


@_attrs_define
class QingjiaLeaveDuration:
    """
    Attributes:
        type_code (str | Unset): The leave type the duration was computed for.
        apply_start_time (int | str | Unset): Start of the period as the platform counts it (its format is undocumented;
            kept as sent).
        apply_end_time (int | str | Unset): End of the period as the platform counts it (its format is undocumented;
            kept as sent).
        effective_timestamp (int | Unset): The effective length as a time span (milliseconds assumed; undocumented).
        effective_hours (float | Unset): The effective length in working hours.
        effective_days (float | Unset): The effective length in working days.
        time_str (str | Unset): The length as displayed, e.g. "1天".
    """

    type_code: str | Unset = UNSET
    apply_start_time: int | str | Unset = UNSET
    apply_end_time: int | str | Unset = UNSET
    effective_timestamp: int | Unset = UNSET
    effective_hours: float | Unset = UNSET
    effective_days: float | Unset = UNSET
    time_str: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.type_code is not UNSET:
            field_dict["typeCode"] = self.type_code

        apply_start_time: int | str | Unset
        if isinstance(self.apply_start_time, Unset):
            apply_start_time = UNSET
        else:
            apply_start_time = self.apply_start_time
        if apply_start_time is not UNSET:
            field_dict["applyStartTime"] = apply_start_time

        apply_end_time: int | str | Unset
        if isinstance(self.apply_end_time, Unset):
            apply_end_time = UNSET
        else:
            apply_end_time = self.apply_end_time
        if apply_end_time is not UNSET:
            field_dict["applyEndTime"] = apply_end_time

        if self.effective_timestamp is not UNSET:
            field_dict["effectiveTimestamp"] = self.effective_timestamp

        if self.effective_hours is not UNSET:
            field_dict["effectiveHours"] = self.effective_hours

        if self.effective_days is not UNSET:
            field_dict["effectiveDays"] = self.effective_days

        if self.time_str is not UNSET:
            field_dict["timeStr"] = self.time_str

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QingjiaLeaveDuration is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        type_code = _get("typeCode", UNSET)

        apply_start_time: int | str | Unset = _get("applyStartTime", UNSET)

        apply_end_time: int | str | Unset = _get("applyEndTime", UNSET)

        effective_timestamp = _get("effectiveTimestamp", UNSET)

        effective_hours = _get("effectiveHours", UNSET)

        effective_days = _get("effectiveDays", UNSET)

        time_str = _get("timeStr", UNSET)

        qingjia_leave_duration = cls(  # by position, in the order the fields are declared above: cheaper than by name
            type_code,
            apply_start_time,
            apply_end_time,
            effective_timestamp,
            effective_hours,
            effective_days,
            time_str,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        qingjia_leave_duration.additional_properties = _extra
        return qingjia_leave_duration

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
