# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_reminder_bot import EventReminderBot
    from ..models.event_reminder_staff import EventReminderStaff


T = TypeVar("T", bound="EventReminder")
_FIELDS = frozenset(
    {
        "isAtMe",
        "isAtAll",
        "bots",
        "staffs",
    }
)


@_cache
def _EventReminderBot_class() -> type[EventReminderBot]:
    """`EventReminderBot`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_reminder_bot import EventReminderBot  # noqa: PLC0415

    return EventReminderBot


@_cache
def _EventReminderStaff_class() -> type[EventReminderStaff]:
    """`EventReminderStaff`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_reminder_staff import EventReminderStaff  # noqa: PLC0415

    return EventReminderStaff


@_attrs_define
class EventReminder:
    """Who a group message @-mentions.

    Attributes:
        is_at_me (bool | Unset): The message mentions this bot.
        is_at_all (bool | Unset): The message mentions everyone.
        bots (list[EventReminderBot] | Unset):
        staffs (list[EventReminderStaff] | Unset):
    """

    is_at_me: bool | Unset = UNSET
    is_at_all: bool | Unset = UNSET
    bots: list[EventReminderBot] | Unset = UNSET
    staffs: list[EventReminderStaff] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.is_at_me is not UNSET:
            field_dict["isAtMe"] = self.is_at_me

        if self.is_at_all is not UNSET:
            field_dict["isAtAll"] = self.is_at_all

        if type(self.bots) is not Unset:
            field_dict["bots"] = [item.to_dict() for item in self.bots]

        if type(self.staffs) is not Unset:
            field_dict["staffs"] = [item.to_dict() for item in self.staffs]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"EventReminder is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        is_at_me = _get("isAtMe", UNSET)

        is_at_all = _get("isAtAll", UNSET)

        _bots = _get("bots", UNSET)
        bots: list[EventReminderBot] | Unset = UNSET
        if _bots is not UNSET:
            bots = []
            for bots_item_data in _bots:
                bots_item = _EventReminderBot_class().from_dict(bots_item_data)

                bots.append(bots_item)

        _staffs = _get("staffs", UNSET)
        staffs: list[EventReminderStaff] | Unset = UNSET
        if _staffs is not UNSET:
            staffs = []
            for staffs_item_data in _staffs:
                staffs_item = _EventReminderStaff_class().from_dict(staffs_item_data)

                staffs.append(staffs_item)

        event_reminder = cls(  # by position, in the order the fields are declared above: cheaper than by name
            is_at_me,
            is_at_all,
            bots,
            staffs,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        event_reminder.additional_properties = _extra
        return event_reminder

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
