# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_event_attendee import ScheduleEventAttendee
    from ..models.schedule_event_time import ScheduleEventTime


T = TypeVar("T", bound="ScheduleModifyEvent")


@_attrs_define
class ScheduleModifyEvent:
    """schedule_modify — a schedule was created or changed.

    Attributes:
        primary_schedule_id (str | Unset): The series a repeating schedule's occurrence belongs to.
        schedule_id (str | Unset):
        summary (str | Unset):
        description (str | Unset):
        operation_type (str | Unset): Which occurrences changed, e.g. modify_all.
        current_time (int | Unset): The changed occurrence's start.
        repeat_type (str | Unset): no, day, week, month, year, work_day or custom.
        expire_date_type (Any | Unset): Whether a repeating schedule has an end date (yes/no in the calendar API).
        all_day (Any | Unset): Whether it is an all-day schedule (yes/no in the calendar API).
        rule (Any | Unset): The repeat rule, as the calendar API gives it.
        rule_start_time (int | Unset):
        rule_end_time (int | Unset):
        start_time (ScheduleEventTime | Unset):
        end_time (ScheduleEventTime | Unset):
        operator (str | Unset): Who made the change.
        attendees (list[ScheduleEventAttendee] | Unset):
        timestamp (int | str | Unset): Unix microseconds (16 digits, as text in samples).
    """

    primary_schedule_id: str | Unset = UNSET
    schedule_id: str | Unset = UNSET
    summary: str | Unset = UNSET
    description: str | Unset = UNSET
    operation_type: str | Unset = UNSET
    current_time: int | Unset = UNSET
    repeat_type: str | Unset = UNSET
    expire_date_type: Any | Unset = UNSET
    all_day: Any | Unset = UNSET
    rule: Any | Unset = UNSET
    rule_start_time: int | Unset = UNSET
    rule_end_time: int | Unset = UNSET
    start_time: ScheduleEventTime | Unset = UNSET
    end_time: ScheduleEventTime | Unset = UNSET
    operator: str | Unset = UNSET
    attendees: list[ScheduleEventAttendee] | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_schedule_id = self.primary_schedule_id

        schedule_id = self.schedule_id

        summary = self.summary

        description = self.description

        operation_type = self.operation_type

        current_time = self.current_time

        repeat_type = self.repeat_type

        expire_date_type = self.expire_date_type

        all_day = self.all_day

        rule = self.rule

        rule_start_time = self.rule_start_time

        rule_end_time = self.rule_end_time

        start_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.to_dict()

        end_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.to_dict()

        operator = self.operator

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_schedule_id is not UNSET:
            field_dict["primaryScheduleId"] = primary_schedule_id
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if description is not UNSET:
            field_dict["description"] = description
        if operation_type is not UNSET:
            field_dict["operationType"] = operation_type
        if current_time is not UNSET:
            field_dict["currentTime"] = current_time
        if repeat_type is not UNSET:
            field_dict["repeatType"] = repeat_type
        if expire_date_type is not UNSET:
            field_dict["expireDateType"] = expire_date_type
        if all_day is not UNSET:
            field_dict["allDay"] = all_day
        if rule is not UNSET:
            field_dict["rule"] = rule
        if rule_start_time is not UNSET:
            field_dict["ruleStartTime"] = rule_start_time
        if rule_end_time is not UNSET:
            field_dict["ruleEndTime"] = rule_end_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if operator is not UNSET:
            field_dict["operator"] = operator
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_event_attendee import ScheduleEventAttendee  # noqa: PLC0415
        from ..models.schedule_event_time import ScheduleEventTime  # noqa: PLC0415

        d = dict(src_dict)
        primary_schedule_id = d.pop("primaryScheduleId", UNSET)

        schedule_id = d.pop("scheduleId", UNSET)

        summary = d.pop("summary", UNSET)

        description = d.pop("description", UNSET)

        operation_type = d.pop("operationType", UNSET)

        current_time = d.pop("currentTime", UNSET)

        repeat_type = d.pop("repeatType", UNSET)

        expire_date_type = d.pop("expireDateType", UNSET)

        all_day = d.pop("allDay", UNSET)

        rule = d.pop("rule", UNSET)

        rule_start_time = d.pop("ruleStartTime", UNSET)

        rule_end_time = d.pop("ruleEndTime", UNSET)

        _start_time = d.pop("startTime", UNSET)
        start_time: ScheduleEventTime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = ScheduleEventTime.from_dict(_start_time)

        _end_time = d.pop("endTime", UNSET)
        end_time: ScheduleEventTime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = ScheduleEventTime.from_dict(_end_time)

        operator = d.pop("operator", UNSET)

        _attendees = d.pop("attendees", UNSET)
        attendees: list[ScheduleEventAttendee] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = ScheduleEventAttendee.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        def _parse_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        schedule_modify_event = cls(
            primary_schedule_id=primary_schedule_id,
            schedule_id=schedule_id,
            summary=summary,
            description=description,
            operation_type=operation_type,
            current_time=current_time,
            repeat_type=repeat_type,
            expire_date_type=expire_date_type,
            all_day=all_day,
            rule=rule,
            rule_start_time=rule_start_time,
            rule_end_time=rule_end_time,
            start_time=start_time,
            end_time=end_time,
            operator=operator,
            attendees=attendees,
            timestamp=timestamp,
        )

        schedule_modify_event.additional_properties = d
        return schedule_modify_event

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
