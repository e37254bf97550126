# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_reminder_bot import EventReminderBot
    from ..models.event_reminder_staff import EventReminderStaff


T = TypeVar("T", bound="EventReminder")


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
        is_at_me = self.is_at_me

        is_at_all = self.is_at_all

        bots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bots, Unset):
            bots = []
            for bots_item_data in self.bots:
                bots_item = bots_item_data.to_dict()
                bots.append(bots_item)

        staffs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staffs, Unset):
            staffs = []
            for staffs_item_data in self.staffs:
                staffs_item = staffs_item_data.to_dict()
                staffs.append(staffs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_at_me is not UNSET:
            field_dict["isAtMe"] = is_at_me
        if is_at_all is not UNSET:
            field_dict["isAtAll"] = is_at_all
        if bots is not UNSET:
            field_dict["bots"] = bots
        if staffs is not UNSET:
            field_dict["staffs"] = staffs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_reminder_bot import EventReminderBot  # noqa: PLC0415
        from ..models.event_reminder_staff import EventReminderStaff  # noqa: PLC0415

        d = dict(src_dict)
        is_at_me = d.pop("isAtMe", UNSET)

        is_at_all = d.pop("isAtAll", UNSET)

        _bots = d.pop("bots", UNSET)
        bots: list[EventReminderBot] | Unset = UNSET
        if _bots is not UNSET:
            bots = []
            for bots_item_data in _bots:
                bots_item = EventReminderBot.from_dict(bots_item_data)

                bots.append(bots_item)

        _staffs = d.pop("staffs", UNSET)
        staffs: list[EventReminderStaff] | Unset = UNSET
        if _staffs is not UNSET:
            staffs = []
            for staffs_item_data in _staffs:
                staffs_item = EventReminderStaff.from_dict(staffs_item_data)

                staffs.append(staffs_item)

        event_reminder = cls(
            is_at_me=is_at_me,
            is_at_all=is_at_all,
            bots=bots,
            staffs=staffs,
        )

        event_reminder.additional_properties = d
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
