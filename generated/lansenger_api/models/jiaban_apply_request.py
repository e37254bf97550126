# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JiabanApplyRequest")
_FIELDS = frozenset(
    {
        "cmcCode",
        "applyerId",
        "startTime",
        "endTime",
        "memo",
        "approveIds",
        "overtimeType",
        "applyType",
    }
)


@_attrs_define
class JiabanApplyRequest:
    """The overtime application. The platform's SDK merges the keys of a free-form apply_vo into this object, so any other
    top-level key is passed through: give those keys as `extra_body={...}`.

        Attributes:
            cmc_code (str): The attendance rule configuration (from list_overtime_rule_configs).
            applyer_id (str): The staff id of the person applying (the platform's spelling).
            start_time (int): Start of the overtime, epoch milliseconds (the unit is undocumented; the sandbox assumes ms).
            end_time (int): End of the overtime, epoch milliseconds.
            memo (str): The reason for the overtime.
            approve_ids (list[str]): Staff ids of the approvers.
            overtime_type (int): The kind of overtime; the platform documents no values.
            apply_type (int): The kind of application; the platform documents no values.
    """

    cmc_code: str
    applyer_id: str
    start_time: int
    end_time: int
    memo: str
    approve_ids: list[str]
    overtime_type: int
    apply_type: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["cmcCode"] = self.cmc_code

        field_dict["applyerId"] = self.applyer_id

        field_dict["startTime"] = self.start_time

        field_dict["endTime"] = self.end_time

        field_dict["memo"] = self.memo

        field_dict["approveIds"] = self.approve_ids

        field_dict["overtimeType"] = self.overtime_type

        field_dict["applyType"] = self.apply_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JiabanApplyRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        cmc_code = d["cmcCode"]

        applyer_id = d["applyerId"]

        start_time = d["startTime"]

        end_time = d["endTime"]

        memo = d["memo"]

        approve_ids: list[str] = d["approveIds"]

        overtime_type = d["overtimeType"]

        apply_type = d["applyType"]

        jiaban_apply_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            cmc_code,
            applyer_id,
            start_time,
            end_time,
            memo,
            approve_ids,
            overtime_type,
            apply_type,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        jiaban_apply_request.additional_properties = _extra
        return jiaban_apply_request

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
