# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarPrimary")


@_attrs_define
class CalendarPrimary:
    """
    Attributes:
        calendar_id (str | Unset):
        summary (str | Unset): The calendar's title.
        description (str | Unset):
        permissions (str | Unset): The identity's access, e.g. owner.
        color (str | Unset): Hex colour, e.g. #0000ff.
        type_ (str | Unset): primary for the primary calendar.
        role (str | Unset): The identity's role, e.g. owner.
    """

    calendar_id: str | Unset = UNSET
    summary: str | Unset = UNSET
    description: str | Unset = UNSET
    permissions: str | Unset = UNSET
    color: str | Unset = UNSET
    type_: str | Unset = UNSET
    role: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calendar_id = self.calendar_id

        summary = self.summary

        description = self.description

        permissions = self.permissions

        color = self.color

        type_ = self.type_

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calendar_id is not UNSET:
            field_dict["calendarId"] = calendar_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if description is not UNSET:
            field_dict["description"] = description
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if color is not UNSET:
            field_dict["color"] = color
        if type_ is not UNSET:
            field_dict["type"] = type_
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        calendar_id = d.pop("calendarId", UNSET)

        summary = d.pop("summary", UNSET)

        description = d.pop("description", UNSET)

        permissions = d.pop("permissions", UNSET)

        color = d.pop("color", UNSET)

        type_ = d.pop("type", UNSET)

        role = d.pop("role", UNSET)

        calendar_primary = cls(
            calendar_id=calendar_id,
            summary=summary,
            description=description,
            permissions=permissions,
            color=color,
            type_=type_,
            role=role,
        )

        calendar_primary.additional_properties = d
        return calendar_primary

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
