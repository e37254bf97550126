# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_creator import ScheduleCreator
    from ..models.schedule_time import ScheduleTime


T = TypeVar("T", bound="ScheduleInfo")
_FIELDS = frozenset(
    {
        "scheduleId",
        "primaryScheduleId",
        "summary",
        "description",
        "allDay",
        "startTime",
        "endTime",
        "repeatType",
        "rule",
        "expireDateType",
        "reminderType",
        "attendeePermissions",
        "color",
        "creator",
        "rsvpStatus",
    }
)


@_cache
def _ScheduleCreator_class() -> type[ScheduleCreator]:
    """`ScheduleCreator`, imported on first use (the models refer to each other in cycles)."""
    from ..models.schedule_creator import ScheduleCreator  # noqa: PLC0415

    return ScheduleCreator


@_cache
def _ScheduleTime_class() -> type[ScheduleTime]:
    """`ScheduleTime`, imported on first use (the models refer to each other in cycles)."""
    from ..models.schedule_time import ScheduleTime  # noqa: PLC0415

    return ScheduleTime


@_attrs_define
class ScheduleInfo:
    """A schedule. Switch and enum fields are plain text here, so new platform values still parse.

    Attributes:
        schedule_id (str | Unset):
        primary_schedule_id (str | Unset): The series a single changed occurrence belongs to.
        summary (str | Unset):
        description (str | Unset):
        all_day (str | Unset): yes or no.
        start_time (ScheduleTime | Unset): A schedule's start or end. Timed events give `time` (unix seconds as text)
            and `timeZone`; all-day events (allDay yes) give `date` and timeZone UTC. The platform's own docs disagree (an
            older SDK sent "HH:mm" in `time` next to `date`); this follows the vendor's tools and the Go SDK, which send
            unix seconds.
        end_time (ScheduleTime | Unset): A schedule's start or end. Timed events give `time` (unix seconds as text) and
            `timeZone`; all-day events (allDay yes) give `date` and timeZone UTC. The platform's own docs disagree (an older
            SDK sent "HH:mm" in `time` next to `date`); this follows the vendor's tools and the Go SDK, which send unix
            seconds.
        repeat_type (str | Unset): no, day, week, month, year, work_day or custom.
        rule (Any | Unset): The repeat rule; a string (RFC 5545) or an object, depending on how it was created.
        expire_date_type (str | Unset): yes or no.
        reminder_type (str | Unset): yes or no.
        attendee_permissions (str | Unset): can_modify, can_invite, can_see or none.
        color (str | Unset):
        creator (ScheduleCreator | Unset):
        rsvp_status (str | Unset): The acting identity's reply (the platform's fixtures show "accepted").
    """

    schedule_id: str | Unset = UNSET
    primary_schedule_id: str | Unset = UNSET
    summary: str | Unset = UNSET
    description: str | Unset = UNSET
    all_day: str | Unset = UNSET
    start_time: ScheduleTime | Unset = UNSET
    end_time: ScheduleTime | Unset = UNSET
    repeat_type: str | Unset = UNSET
    rule: Any | Unset = UNSET
    expire_date_type: str | Unset = UNSET
    reminder_type: str | Unset = UNSET
    attendee_permissions: str | Unset = UNSET
    color: str | Unset = UNSET
    creator: ScheduleCreator | Unset = UNSET
    rsvp_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.schedule_id is not UNSET:
            field_dict["scheduleId"] = self.schedule_id

        if self.primary_schedule_id is not UNSET:
            field_dict["primaryScheduleId"] = self.primary_schedule_id

        if self.summary is not UNSET:
            field_dict["summary"] = self.summary

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.all_day is not UNSET:
            field_dict["allDay"] = self.all_day

        if type(self.start_time) is not Unset:
            field_dict["startTime"] = self.start_time.to_dict()

        if type(self.end_time) is not Unset:
            field_dict["endTime"] = self.end_time.to_dict()

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

        if self.color is not UNSET:
            field_dict["color"] = self.color

        if type(self.creator) is not Unset:
            field_dict["creator"] = self.creator.to_dict()

        if self.rsvp_status is not UNSET:
            field_dict["rsvpStatus"] = self.rsvp_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ScheduleInfo is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        schedule_id = _get("scheduleId", UNSET)

        primary_schedule_id = _get("primaryScheduleId", UNSET)

        summary = _get("summary", UNSET)

        description = _get("description", UNSET)

        all_day = _get("allDay", UNSET)

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

        repeat_type = _get("repeatType", UNSET)

        rule = _get("rule", UNSET)

        expire_date_type = _get("expireDateType", UNSET)

        reminder_type = _get("reminderType", UNSET)

        attendee_permissions = _get("attendeePermissions", UNSET)

        color = _get("color", UNSET)

        _creator = _get("creator", UNSET)
        creator: ScheduleCreator | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = _ScheduleCreator_class().from_dict(_creator)

        rsvp_status = _get("rsvpStatus", UNSET)

        schedule_info = cls(  # by position, in the order the fields are declared above: cheaper than by name
            schedule_id,
            primary_schedule_id,
            summary,
            description,
            all_day,
            start_time,
            end_time,
            repeat_type,
            rule,
            expire_date_type,
            reminder_type,
            attendee_permissions,
            color,
            creator,
            rsvp_status,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        schedule_info.additional_properties = _extra
        return schedule_info

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
