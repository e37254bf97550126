# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupMembersUpdated")
_FIELDS = frozenset(
    {
        "totalMembers",
        "addedStaffCount",
        "deletedStaffCount",
        "invalidStaff",
        "invalidDepartment",
    }
)


@_attrs_define
class GroupMembersUpdated:
    """
    Attributes:
        total_members (int | Unset): Members after the change.
        added_staff_count (int | Unset):
        deleted_staff_count (int | Unset):
        invalid_staff (list[str] | Unset): Staff ids the platform could not add or remove.
        invalid_department (list[str] | Unset):
    """

    total_members: int | Unset = UNSET
    added_staff_count: int | Unset = UNSET
    deleted_staff_count: int | Unset = UNSET
    invalid_staff: list[str] | Unset = UNSET
    invalid_department: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.total_members is not UNSET:
            field_dict["totalMembers"] = self.total_members

        if self.added_staff_count is not UNSET:
            field_dict["addedStaffCount"] = self.added_staff_count

        if self.deleted_staff_count is not UNSET:
            field_dict["deletedStaffCount"] = self.deleted_staff_count

        if self.invalid_staff is not UNSET:
            field_dict["invalidStaff"] = self.invalid_staff

        if self.invalid_department is not UNSET:
            field_dict["invalidDepartment"] = self.invalid_department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupMembersUpdated is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        total_members = _get("totalMembers", UNSET)

        added_staff_count = _get("addedStaffCount", UNSET)

        deleted_staff_count = _get("deletedStaffCount", UNSET)

        invalid_staff: list[str] = _get("invalidStaff", UNSET)

        invalid_department: list[str] = _get("invalidDepartment", UNSET)

        group_members_updated = cls(  # by position, in the order the fields are declared above: cheaper than by name
            total_members,
            added_staff_count,
            deleted_staff_count,
            invalid_staff,
            invalid_department,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        group_members_updated.additional_properties = _extra
        return group_members_updated

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
