# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_staff import RoleStaff


T = TypeVar("T", bound="RoleMembers")


@_attrs_define
class RoleMembers:
    """
    Attributes:
        staffs (list[RoleStaff] | Unset):
    """

    staffs: list[RoleStaff] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staffs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.staffs, Unset):
            staffs = []
            for staffs_item_data in self.staffs:
                staffs_item = staffs_item_data.to_dict()
                staffs.append(staffs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staffs is not UNSET:
            field_dict["staffs"] = staffs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_staff import RoleStaff  # noqa: PLC0415

        d = dict(src_dict)
        _staffs = d.pop("staffs", UNSET)
        staffs: list[RoleStaff] | Unset = UNSET
        if _staffs is not UNSET:
            staffs = []
            for staffs_item_data in _staffs:
                staffs_item = RoleStaff.from_dict(staffs_item_data)

                staffs.append(staffs_item)

        role_members = cls(
            staffs=staffs,
        )

        role_members.additional_properties = d
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
