# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleTime")
_FIELDS = frozenset(
    {
        "time",
        "date",
        "timeZone",
    }
)


@_attrs_define
class ScheduleTime:
    """A schedule's start or end. Timed events give `time` (unix seconds as text) and `timeZone`; all-day events (allDay
    yes) give `date` and timeZone UTC. The platform's own docs disagree (an older SDK sent "HH:mm" in `time` next to
    `date`); this follows the vendor's tools and the Go SDK, which send unix seconds.

        Attributes:
            time (str | Unset): Unix time in seconds, written as a decimal string, e.g. "1748160000".
            date (str | Unset): yyyy-MM-dd, for all-day events; leave empty for timed ones.
            time_zone (str | Unset): IANA time zone, e.g. Asia/Shanghai (the platform's default); UTC for all-day events.
    """

    time: str | Unset = UNSET
    date: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.time is not UNSET:
            field_dict["time"] = self.time

        if self.date is not UNSET:
            field_dict["date"] = self.date

        if self.time_zone is not UNSET:
            field_dict["timeZone"] = self.time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ScheduleTime is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        time = _get("time", UNSET)

        date = _get("date", UNSET)

        time_zone = _get("timeZone", UNSET)

        schedule_time = cls(  # by position, in the order the fields are declared above: cheaper than by name
            time,
            date,
            time_zone,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        schedule_time.additional_properties = _extra
        return schedule_time

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
