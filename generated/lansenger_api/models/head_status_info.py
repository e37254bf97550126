# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HeadStatusInfo")
_FIELDS = frozenset(
    {
        "description",
        "colour",
        "iconLink",
    }
)


@_attrs_define
class HeadStatusInfo:
    """A dynamic card's status line; the platform documents no length limit for it.

    Attributes:
        description (str | Unset): The status text; div-style HTML, e.g. `<div
            style="color:rgba(0,0,0,.47)">Active</div>`.
        colour (str | Unset): The status colour, e.g. rgba(0,0,0,.47).
        icon_link (str | Unset):
    """

    description: str | Unset = UNSET
    colour: str | Unset = UNSET
    icon_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.colour is not UNSET:
            field_dict["colour"] = self.colour

        if self.icon_link is not UNSET:
            field_dict["iconLink"] = self.icon_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"HeadStatusInfo is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        description = _get("description", UNSET)

        colour = _get("colour", UNSET)

        icon_link = _get("iconLink", UNSET)

        head_status_info = cls(  # by position, in the order the fields are declared above: cheaper than by name
            description,
            colour,
            icon_link,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        head_status_info.additional_properties = _extra
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
