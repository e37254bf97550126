# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApproveHeadStatus")
_FIELDS = frozenset(
    {
        "describe",
        "statusIcon",
        "iconLink",
        "colour",
    }
)


@_attrs_define
class ApproveHeadStatus:
    """
    Attributes:
        describe (str | Unset):
        status_icon (int | Unset): 1 is a solid dot.
        icon_link (str | Unset):
        colour (str | Unset):
    """

    describe: str | Unset = UNSET
    status_icon: int | Unset = UNSET
    icon_link: str | Unset = UNSET
    colour: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.describe is not UNSET:
            field_dict["describe"] = self.describe

        if self.status_icon is not UNSET:
            field_dict["statusIcon"] = self.status_icon

        if self.icon_link is not UNSET:
            field_dict["iconLink"] = self.icon_link

        if self.colour is not UNSET:
            field_dict["colour"] = self.colour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ApproveHeadStatus is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        describe = _get("describe", UNSET)

        status_icon = _get("statusIcon", UNSET)

        icon_link = _get("iconLink", UNSET)

        colour = _get("colour", UNSET)

        approve_head_status = cls(  # by position, in the order the fields are declared above: cheaper than by name
            describe,
            status_icon,
            icon_link,
            colour,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        approve_head_status.additional_properties = _extra
        return approve_head_status

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
