# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_delete_operation_type import ScheduleDeleteOperationType, check_schedule_delete_operation_type
from ..models.schedule_yes_no import ScheduleYesNo, check_schedule_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleDeleteRequest")
_FIELDS = frozenset(
    {
        "reminderType",
        "operationType",
        "currentTime",
    }
)


@_attrs_define
class ScheduleDeleteRequest:
    """
    Attributes:
        reminder_type (ScheduleYesNo | Unset): The platform's spelling of a boolean switch.
        operation_type (ScheduleDeleteOperationType | Unset): Which occurrences to delete; the occurrence is given by
            currentTime.
        current_time (int | Unset): Start of the occurrence an operationType applies to, in unix seconds.
    """

    reminder_type: ScheduleYesNo | Unset = UNSET
    operation_type: ScheduleDeleteOperationType | Unset = UNSET
    current_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.reminder_type is not UNSET:
            field_dict["reminderType"] = self.reminder_type

        if self.operation_type is not UNSET:
            field_dict["operationType"] = self.operation_type

        if self.current_time is not UNSET:
            field_dict["currentTime"] = self.current_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ScheduleDeleteRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _reminder_type = _get("reminderType", UNSET)
        reminder_type: ScheduleYesNo | Unset
        if isinstance(_reminder_type, Unset):
            reminder_type = UNSET
        else:
            reminder_type = check_schedule_yes_no(_reminder_type)

        _operation_type = _get("operationType", UNSET)
        operation_type: ScheduleDeleteOperationType | Unset
        if isinstance(_operation_type, Unset):
            operation_type = UNSET
        else:
            operation_type = check_schedule_delete_operation_type(_operation_type)

        current_time = _get("currentTime", UNSET)

        schedule_delete_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            reminder_type,
            operation_type,
            current_time,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        schedule_delete_request.additional_properties = _extra
        return schedule_delete_request

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
