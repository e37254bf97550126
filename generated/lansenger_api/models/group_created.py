# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupCreated")
_FIELDS = frozenset(
    {
        "groupId",
        "totalMembers",
        "invalidStaff",
        "invalidDepartment",
    }
)


@_attrs_define
class GroupCreated:
    """
    Attributes:
        group_id (str | Unset):
        total_members (int | Unset): Members after creation, owner included.
        invalid_staff (list[str] | Unset): Staff ids that were not added.
        invalid_department (list[str] | Unset): Department ids whose members were not added.
    """

    group_id: str | Unset = UNSET
    total_members: int | Unset = UNSET
    invalid_staff: list[str] | Unset = UNSET
    invalid_department: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.group_id is not UNSET:
            field_dict["groupId"] = self.group_id

        if self.total_members is not UNSET:
            field_dict["totalMembers"] = self.total_members

        if self.invalid_staff is not UNSET:
            field_dict["invalidStaff"] = self.invalid_staff

        if self.invalid_department is not UNSET:
            field_dict["invalidDepartment"] = self.invalid_department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupCreated is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        group_id = _get("groupId", UNSET)

        total_members = _get("totalMembers", UNSET)

        invalid_staff: list[str] = _get("invalidStaff", UNSET)

        invalid_department: list[str] = _get("invalidDepartment", UNSET)

        group_created = cls(  # by position, in the order the fields are declared above: cheaper than by name
            group_id,
            total_members,
            invalid_staff,
            invalid_department,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        group_created.additional_properties = _extra
        return group_created

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
