# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_attendee_permissions import ScheduleAttendeePermissions, check_schedule_attendee_permissions
from ..models.schedule_operation_type import ScheduleOperationType, check_schedule_operation_type
from ..models.schedule_repeat_type import ScheduleRepeatType, check_schedule_repeat_type
from ..models.schedule_yes_no import ScheduleYesNo, check_schedule_yes_no
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_time import ScheduleTime


T = TypeVar("T", bound="ScheduleUpdateRequest")
_FIELDS = frozenset(
    {
        "summary",
        "description",
        "startTime",
        "endTime",
        "allDay",
        "repeatType",
        "rule",
        "expireDateType",
        "reminderType",
        "attendeePermissions",
        "operationType",
        "currentTime",
    }
)


@_cache
def _ScheduleTime_class() -> type[ScheduleTime]:
    """`ScheduleTime`, imported on first use (the models refer to each other in cycles)."""
    from ..models.schedule_time import ScheduleTime  # noqa: PLC0415

    return ScheduleTime


@_attrs_define
class ScheduleUpdateRequest:
    """
    Attributes:
        summary (str | Unset):
        description (str | Unset):
        start_time (ScheduleTime | Unset): A schedule's start or end. Timed events give `time` (unix seconds as text)
            and `timeZone`; all-day events (allDay yes) give `date` and timeZone UTC. The platform's own docs disagree (an
            older SDK sent "HH:mm" in `time` next to `date`); this follows the vendor's tools and the Go SDK, which send
            unix seconds.
        end_time (ScheduleTime | Unset): A schedule's start or end. Timed events give `time` (unix seconds as text) and
            `timeZone`; all-day events (allDay yes) give `date` and timeZone UTC. The platform's own docs disagree (an older
            SDK sent "HH:mm" in `time` next to `date`); this follows the vendor's tools and the Go SDK, which send unix
            seconds.
        all_day (ScheduleYesNo | Unset): The platform's spelling of a boolean switch.
        repeat_type (ScheduleRepeatType | Unset): How the schedule repeats; custom needs `rule`.
        rule (str | Unset): The repeat rule as an RFC 5545 RRULE string (e.g. FREQ=WEEKLY;BYDAY=MO), used when
            repeatType is not no. The Python SDK sends a string; the Go SDK and vendor tools send a JSON object whose schema
            is undocumented, so only the string form is offered.
        expire_date_type (ScheduleYesNo | Unset): The platform's spelling of a boolean switch.
        reminder_type (ScheduleYesNo | Unset): The platform's spelling of a boolean switch.
        attendee_permissions (ScheduleAttendeePermissions | Unset): What attendees may do with the schedule.
        operation_type (ScheduleOperationType | Unset): Which occurrences of a repeating schedule a change applies to:
            only the one at currentTime, that one and all after it, or the whole series. (A vendor tool spells the second
            modify_future; the SDKs send modify_current_after.)
        current_time (int | Unset): Start of the occurrence an operationType applies to, in unix seconds.
    """

    summary: str | Unset = UNSET
    description: str | Unset = UNSET
    start_time: ScheduleTime | Unset = UNSET
    end_time: ScheduleTime | Unset = UNSET
    all_day: ScheduleYesNo | Unset = UNSET
    repeat_type: ScheduleRepeatType | Unset = UNSET
    rule: str | Unset = UNSET
    expire_date_type: ScheduleYesNo | Unset = UNSET
    reminder_type: ScheduleYesNo | Unset = UNSET
    attendee_permissions: ScheduleAttendeePermissions | Unset = UNSET
    operation_type: ScheduleOperationType | Unset = UNSET
    current_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.summary is not UNSET:
            field_dict["summary"] = self.summary

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if type(self.start_time) is not Unset:
            field_dict["startTime"] = self.start_time.to_dict()

        if type(self.end_time) is not Unset:
            field_dict["endTime"] = self.end_time.to_dict()

        if self.all_day is not UNSET:
            field_dict["allDay"] = self.all_day

        if self.repeat_type is not UNSET:
            field_dict["repeatType"] = self.repeat_type

        if self.rule is not UNSET:
            field_dict["rule"] = self.rule

        if self.expire_date_type is not UNSET:
            field_dict["expireDateType"] = self.expire_date_type

        if self.reminder_type is not UNSET:
            field_dict["reminderType"] = self.reminder_type

        if self.attendee_permissions is not UNSET:
            field_dict["attendeePermissions"] = self.attendee_permissions

        if self.operation_type is not UNSET:
            field_dict["operationType"] = self.operation_type

        if self.current_time is not UNSET:
            field_dict["currentTime"] = self.current_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ScheduleUpdateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        summary = _get("summary", UNSET)

        description = _get("description", UNSET)

        _start_time = _get("startTime", UNSET)
        start_time: ScheduleTime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = _ScheduleTime_class().from_dict(_start_time)

        _end_time = _get("endTime", UNSET)
        end_time: ScheduleTime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = _ScheduleTime_class().from_dict(_end_time)

        _all_day = _get("allDay", UNSET)
        all_day: ScheduleYesNo | Unset
        if isinstance(_all_day, Unset):
            all_day = UNSET
        else:
            all_day = check_schedule_yes_no(_all_day)

        _repeat_type = _get("repeatType", UNSET)
        repeat_type: ScheduleRepeatType | Unset
        if isinstance(_repeat_type, Unset):
            repeat_type = UNSET
        else:
            repeat_type = check_schedule_repeat_type(_repeat_type)

        rule = _get("rule", UNSET)

        _expire_date_type = _get("expireDateType", UNSET)
        expire_date_type: ScheduleYesNo | Unset
        if isinstance(_expire_date_type, Unset):
            expire_date_type = UNSET
        else:
            expire_date_type = check_schedule_yes_no(_expire_date_type)

        _reminder_type = _get("reminderType", UNSET)
        reminder_type: ScheduleYesNo | Unset
        if isinstance(_reminder_type, Unset):
            reminder_type = UNSET
        else:
            reminder_type = check_schedule_yes_no(_reminder_type)

        _attendee_permissions = _get("attendeePermissions", UNSET)
        attendee_permissions: ScheduleAttendeePermissions | Unset
        if isinstance(_attendee_permissions, Unset):
            attendee_permissions = UNSET
        else:
            attendee_permissions = check_schedule_attendee_permissions(_attendee_permissions)

        _operation_type = _get("operationType", UNSET)
        operation_type: ScheduleOperationType | Unset
        if isinstance(_operation_type, Unset):
            operation_type = UNSET
        else:
            operation_type = check_schedule_operation_type(_operation_type)

        current_time = _get("currentTime", UNSET)

        schedule_update_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            summary,
            description,
            start_time,
            end_time,
            all_day,
            repeat_type,
            rule,
            expire_date_type,
            reminder_type,
            attendee_permissions,
            operation_type,
            current_time,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        schedule_update_request.additional_properties = _extra
        return schedule_update_request

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
