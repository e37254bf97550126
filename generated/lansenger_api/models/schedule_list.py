# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_info import ScheduleInfo


T = TypeVar("T", bound="ScheduleList")
_FIELDS = frozenset(
    {
        "scheduleList",
    }
)


@_cache
def _ScheduleInfo_class() -> type[ScheduleInfo]:
    """`ScheduleInfo`, imported on first use (the models refer to each other in cycles)."""
    from ..models.schedule_info import ScheduleInfo  # noqa: PLC0415

    return ScheduleInfo


@_attrs_define
class ScheduleList:
    """
    Attributes:
        schedule_list (list[ScheduleInfo] | Unset):
    """

    schedule_list: list[ScheduleInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.schedule_list) is not Unset:
            field_dict["scheduleList"] = [item.to_dict() for item in self.schedule_list]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ScheduleList is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _schedule_list = _get("scheduleList", UNSET)
        schedule_list: list[ScheduleInfo] | Unset = UNSET
        if _schedule_list is not UNSET:
            schedule_list = []
            for schedule_list_item_data in _schedule_list:
                schedule_list_item = _ScheduleInfo_class().from_dict(schedule_list_item_data)

                schedule_list.append(schedule_list_item)

        schedule_list_ = cls(  # by position, in the order the fields are declared above: cheaper than by name
            schedule_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        schedule_list_.additional_properties = _extra
        return schedule_list_

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
