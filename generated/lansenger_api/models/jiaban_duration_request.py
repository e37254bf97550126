# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JiabanDurationRequest")
_FIELDS = frozenset(
    {
        "cmcCode",
        "beginTime",
        "endTime",
        "groupCode",
    }
)


@_attrs_define
class JiabanDurationRequest:
    """
    Attributes:
        cmc_code (str): The attendance rule configuration (from list_overtime_rule_configs).
        begin_time (int): Start of the overtime, epoch milliseconds (the unit is undocumented; the sandbox assumes ms).
        end_time (int): End of the overtime, epoch milliseconds.
        group_code (str | Unset): The attendance group (from list_overtime_attendance_groups).
    """

    cmc_code: str
    begin_time: int
    end_time: int
    group_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["cmcCode"] = self.cmc_code

        field_dict["beginTime"] = self.begin_time

        field_dict["endTime"] = self.end_time

        if self.group_code is not UNSET:
            field_dict["groupCode"] = self.group_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JiabanDurationRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        cmc_code = d["cmcCode"]

        begin_time = d["beginTime"]

        end_time = d["endTime"]

        group_code = _get("groupCode", UNSET)

        jiaban_duration_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            cmc_code,
            begin_time,
            end_time,
            group_code,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        jiaban_duration_request.additional_properties = _extra
        return jiaban_duration_request

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
