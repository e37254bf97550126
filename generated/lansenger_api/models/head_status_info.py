# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeadStatusInfo")


@_attrs_define
class HeadStatusInfo:
    """
    Attributes:
        description (str | Unset):
        colour (str | Unset):
        icon_link (str | Unset):
    """

    description: str | Unset = UNSET
    colour: str | Unset = UNSET
    icon_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        colour = self.colour

        icon_link = self.icon_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if colour is not UNSET:
            field_dict["colour"] = colour
        if icon_link is not UNSET:
            field_dict["iconLink"] = icon_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        colour = d.pop("colour", UNSET)

        icon_link = d.pop("iconLink", UNSET)

        head_status_info = cls(
            description=description,
            colour=colour,
            icon_link=icon_link,
        )

        head_status_info.additional_properties = d
        return head_status_info

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
