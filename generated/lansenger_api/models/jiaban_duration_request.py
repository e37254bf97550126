# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JiabanDurationRequest")


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
        cmc_code = self.cmc_code

        begin_time = self.begin_time

        end_time = self.end_time

        group_code = self.group_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cmcCode": cmc_code,
                "beginTime": begin_time,
                "endTime": end_time,
            }
        )
        if group_code is not UNSET:
            field_dict["groupCode"] = group_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cmc_code = d.pop("cmcCode")

        begin_time = d.pop("beginTime")

        end_time = d.pop("endTime")

        group_code = d.pop("groupCode", UNSET)

        jiaban_duration_request = cls(
            cmc_code=cmc_code,
            begin_time=begin_time,
            end_time=end_time,
            group_code=group_code,
        )

        jiaban_duration_request.additional_properties = d
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
