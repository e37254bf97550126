# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_operation_type import ScheduleOperationType, check_schedule_operation_type
from ..models.schedule_yes_no import ScheduleYesNo, check_schedule_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleAttendeesBatch")
_FIELDS = frozenset(
    {
        "addAttendees",
        "deleteAttendees",
        "reminderType",
        "operationType",
        "currentTime",
    }
)


@_attrs_define
class ScheduleAttendeesBatch:
    """
    Attributes:
        add_attendees (list[str] | Unset): Staff ids to add.
        delete_attendees (list[str] | Unset): Staff ids to remove.
        reminder_type (ScheduleYesNo | Unset): The platform's spelling of a boolean switch.
        operation_type (ScheduleOperationType | Unset): Which occurrences of a repeating schedule a change applies to:
            only the one at currentTime, that one and all after it, or the whole series. (A vendor tool spells the second
            modify_future; the SDKs send modify_current_after.)
        current_time (int | Unset): Start of the occurrence an operationType applies to, in unix seconds.
    """

    add_attendees: list[str] | Unset = UNSET
    delete_attendees: list[str] | Unset = UNSET
    reminder_type: ScheduleYesNo | Unset = UNSET
    operation_type: ScheduleOperationType | Unset = UNSET
    current_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.add_attendees is not UNSET:
            field_dict["addAttendees"] = self.add_attendees

        if self.delete_attendees is not UNSET:
            field_dict["deleteAttendees"] = self.delete_attendees

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
            raise TypeError(f"ScheduleAttendeesBatch is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        add_attendees: list[str] = _get("addAttendees", UNSET)

        delete_attendees: list[str] = _get("deleteAttendees", UNSET)

        _reminder_type = _get("reminderType", UNSET)
        reminder_type: ScheduleYesNo | Unset
        if isinstance(_reminder_type, Unset):
            reminder_type = UNSET
        else:
            reminder_type = check_schedule_yes_no(_reminder_type)

        _operation_type = _get("operationType", UNSET)
        operation_type: ScheduleOperationType | Unset
        if isinstance(_operation_type, Unset):
            operation_type = UNSET
        else:
            operation_type = check_schedule_operation_type(_operation_type)

        current_time = _get("currentTime", UNSET)

        schedule_attendees_batch = cls(  # by position, in the order the fields are declared above: cheaper than by name
            add_attendees,
            delete_attendees,
            reminder_type,
            operation_type,
            current_time,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        schedule_attendees_batch.additional_properties = _extra
        return schedule_attendees_batch

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
