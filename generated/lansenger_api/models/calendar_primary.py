# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarPrimary")
_FIELDS = frozenset(
    {
        "calendarId",
        "summary",
        "description",
        "permissions",
        "color",
        "type",
        "role",
    }
)


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
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.calendar_id is not UNSET:
            field_dict["calendarId"] = self.calendar_id

        if self.summary is not UNSET:
            field_dict["summary"] = self.summary

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.permissions is not UNSET:
            field_dict["permissions"] = self.permissions

        if self.color is not UNSET:
            field_dict["color"] = self.color

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.role is not UNSET:
            field_dict["role"] = self.role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CalendarPrimary is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        calendar_id = _get("calendarId", UNSET)

        summary = _get("summary", UNSET)

        description = _get("description", UNSET)

        permissions = _get("permissions", UNSET)

        color = _get("color", UNSET)

        type_ = _get("type", UNSET)

        role = _get("role", UNSET)

        calendar_primary = cls(  # by position, in the order the fields are declared above: cheaper than by name
            calendar_id,
            summary,
            description,
            permissions,
            color,
            type_,
            role,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        calendar_primary.additional_properties = _extra
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
