# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupMembersUpdate")
_FIELDS = frozenset(
    {
        "addUserList",
        "delUserList",
        "addDepartmentIdList",
    }
)


@_attrs_define
class GroupMembersUpdate:
    """
    Attributes:
        add_user_list (list[str] | Unset): Staff ids to add.
        del_user_list (list[str] | Unset): Staff ids to remove.
        add_department_id_list (list[str] | Unset): Departments whose members are added; users only (not the app's bot).
    """

    add_user_list: list[str] | Unset = UNSET
    del_user_list: list[str] | Unset = UNSET
    add_department_id_list: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.add_user_list is not UNSET:
            field_dict["addUserList"] = self.add_user_list

        if self.del_user_list is not UNSET:
            field_dict["delUserList"] = self.del_user_list

        if self.add_department_id_list is not UNSET:
            field_dict["addDepartmentIdList"] = self.add_department_id_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupMembersUpdate is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        add_user_list: list[str] = _get("addUserList", UNSET)

        del_user_list: list[str] = _get("delUserList", UNSET)

        add_department_id_list: list[str] = _get("addDepartmentIdList", UNSET)

        group_members_update = cls(  # by position, in the order the fields are declared above: cheaper than by name
            add_user_list,
            del_user_list,
            add_department_id_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        group_members_update.additional_properties = _extra
        return group_members_update

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
