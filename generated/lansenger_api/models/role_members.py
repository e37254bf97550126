# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_staff import RoleStaff


T = TypeVar("T", bound="RoleMembers")
_FIELDS = frozenset(
    {
        "staffs",
    }
)


@_cache
def _RoleStaff_class() -> type[RoleStaff]:
    """`RoleStaff`, imported on first use (the models refer to each other in cycles)."""
    from ..models.role_staff import RoleStaff  # noqa: PLC0415

    return RoleStaff


@_attrs_define
class RoleMembers:
    """
    Attributes:
        staffs (list[RoleStaff] | Unset):
    """

    staffs: list[RoleStaff] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.staffs) is not Unset:
            field_dict["staffs"] = [item.to_dict() for item in self.staffs]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"RoleMembers is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _staffs = _get("staffs", UNSET)
        staffs: list[RoleStaff] | Unset = UNSET
        if _staffs is not UNSET:
            staffs = []
            for staffs_item_data in _staffs:
                staffs_item = _RoleStaff_class().from_dict(staffs_item_data)

                staffs.append(staffs_item)

        role_members = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staffs,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        role_members.additional_properties = _extra
        return role_members

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
