# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_event_time import ScheduleEventTime


T = TypeVar("T", bound="ScheduleDeleteEvent")
_FIELDS = frozenset(
    {
        "primaryScheduleId",
        "scheduleId",
        "summary",
        "description",
        "operationType",
        "currentTime",
        "repeatType",
        "expireDateType",
        "allDay",
        "rule",
        "ruleStartTime",
        "ruleEndTime",
        "startTime",
        "endTime",
        "operator",
        "timestamp",
    }
)


@_cache
def _ScheduleEventTime_class() -> type[ScheduleEventTime]:
    """`ScheduleEventTime`, imported on first use (the models refer to each other in cycles)."""
    from ..models.schedule_event_time import ScheduleEventTime  # noqa: PLC0415

    return ScheduleEventTime


@_attrs_define
class ScheduleDeleteEvent:
    """schedule_delete — a schedule, or some occurrences of it, was deleted.

    Attributes:
        primary_schedule_id (str | Unset):
        schedule_id (str | Unset):
        summary (str | Unset):
        description (str | Unset):
        operation_type (str | Unset): Which occurrences were deleted, e.g. delete_current.
        current_time (int | Unset): The deleted occurrence's start.
        repeat_type (str | Unset):
        expire_date_type (Any | Unset): yes/no in the calendar API.
        all_day (Any | Unset): yes/no in the calendar API.
        rule (Any | Unset): The repeat rule, as the calendar API gives it.
        rule_start_time (int | Unset):
        rule_end_time (int | Unset):
        start_time (ScheduleEventTime | Unset):
        end_time (ScheduleEventTime | Unset):
        operator (str | Unset): Who deleted it.
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
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.primary_schedule_id is not UNSET:
            field_dict["primaryScheduleId"] = self.primary_schedule_id

        if self.schedule_id is not UNSET:
            field_dict["scheduleId"] = self.schedule_id

        if self.summary is not UNSET:
            field_dict["summary"] = self.summary

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.operation_type is not UNSET:
            field_dict["operationType"] = self.operation_type

        if self.current_time is not UNSET:
            field_dict["currentTime"] = self.current_time

        if self.repeat_type is not UNSET:
            field_dict["repeatType"] = self.repeat_type

        if self.expire_date_type is not UNSET:
            field_dict["expireDateType"] = self.expire_date_type

        if self.all_day is not UNSET:
            field_dict["allDay"] = self.all_day

        if self.rule is not UNSET:
            field_dict["rule"] = self.rule

        if self.rule_start_time is not UNSET:
            field_dict["ruleStartTime"] = self.rule_start_time

        if self.rule_end_time is not UNSET:
            field_dict["ruleEndTime"] = self.rule_end_time

        if type(self.start_time) is not Unset:
            field_dict["startTime"] = self.start_time.to_dict()

        if type(self.end_time) is not Unset:
            field_dict["endTime"] = self.end_time.to_dict()

        if self.operator is not UNSET:
            field_dict["operator"] = self.operator

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ScheduleDeleteEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        primary_schedule_id = _get("primaryScheduleId", UNSET)

        schedule_id = _get("scheduleId", UNSET)

        summary = _get("summary", UNSET)

        description = _get("description", UNSET)

        operation_type = _get("operationType", UNSET)

        current_time = _get("currentTime", UNSET)

        repeat_type = _get("repeatType", UNSET)

        expire_date_type = _get("expireDateType", UNSET)

        all_day = _get("allDay", UNSET)

        rule = _get("rule", UNSET)

        rule_start_time = _get("ruleStartTime", UNSET)

        rule_end_time = _get("ruleEndTime", UNSET)

        _start_time = _get("startTime", UNSET)
        start_time: ScheduleEventTime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = _ScheduleEventTime_class().from_dict(_start_time)

        _end_time = _get("endTime", UNSET)
        end_time: ScheduleEventTime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = _ScheduleEventTime_class().from_dict(_end_time)

        operator = _get("operator", UNSET)

        timestamp: int | str | Unset = _get("timestamp", UNSET)

        schedule_delete_event = cls(  # by position, in the order the fields are declared above: cheaper than by name
            primary_schedule_id,
            schedule_id,
            summary,
            description,
            operation_type,
            current_time,
            repeat_type,
            expire_date_type,
            all_day,
            rule,
            rule_start_time,
            rule_end_time,
            start_time,
            end_time,
            operator,
            timestamp,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        schedule_delete_event.additional_properties = _extra
        return schedule_delete_event

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
