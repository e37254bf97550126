# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_busy_free import ScheduleBusyFree, check_schedule_busy_free
from ..models.schedule_rsvp_status import ScheduleRsvpStatus, check_schedule_rsvp_status
from ..models.schedule_visibility import ScheduleVisibility, check_schedule_visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleAttendeeMetaRequest")
_FIELDS = frozenset(
    {
        "rsvpStatus",
        "color",
        "permissions",
        "busyFreeState",
        "remindTimes",
    }
)


@_attrs_define
class ScheduleAttendeeMetaRequest:
    """
    Attributes:
        rsvp_status (ScheduleRsvpStatus | Unset):
        color (str | Unset): Hex colour of the schedule in the identity's calendar, e.g. #FF347AFC.
        permissions (ScheduleVisibility | Unset): How the schedule shows in the identity's calendar to others.
        busy_free_state (ScheduleBusyFree | Unset):
        remind_times (list[int] | Unset): Reminders, in minutes before the start.
    """

    rsvp_status: ScheduleRsvpStatus | Unset = UNSET
    color: str | Unset = UNSET
    permissions: ScheduleVisibility | Unset = UNSET
    busy_free_state: ScheduleBusyFree | Unset = UNSET
    remind_times: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.rsvp_status is not UNSET:
            field_dict["rsvpStatus"] = self.rsvp_status

        if self.color is not UNSET:
            field_dict["color"] = self.color

        if self.permissions is not UNSET:
            field_dict["permissions"] = self.permissions

        if self.busy_free_state is not UNSET:
            field_dict["busyFreeState"] = self.busy_free_state

        if self.remind_times is not UNSET:
            field_dict["remindTimes"] = self.remind_times

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ScheduleAttendeeMetaRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _rsvp_status = _get("rsvpStatus", UNSET)
        rsvp_status: ScheduleRsvpStatus | Unset
        if isinstance(_rsvp_status, Unset):
            rsvp_status = UNSET
        else:
            rsvp_status = check_schedule_rsvp_status(_rsvp_status)

        color = _get("color", UNSET)

        _permissions = _get("permissions", UNSET)
        permissions: ScheduleVisibility | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = check_schedule_visibility(_permissions)

        _busy_free_state = _get("busyFreeState", UNSET)
        busy_free_state: ScheduleBusyFree | Unset
        if isinstance(_busy_free_state, Unset):
            busy_free_state = UNSET
        else:
            busy_free_state = check_schedule_busy_free(_busy_free_state)

        remind_times: list[int] = _get("remindTimes", UNSET)

        schedule_attendee_meta_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                rsvp_status,
                color,
                permissions,
                busy_free_state,
                remind_times,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        schedule_attendee_meta_request.additional_properties = _extra
        return schedule_attendee_meta_request

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
