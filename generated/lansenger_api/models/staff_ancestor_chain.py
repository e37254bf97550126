# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_ref import DepartmentRef


T = TypeVar("T", bound="StaffAncestorChain")
_FIELDS = frozenset(
    {
        "ancestorDepartments",
    }
)


@_cache
def _DepartmentRef_class() -> type[DepartmentRef]:
    """`DepartmentRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.department_ref import DepartmentRef  # noqa: PLC0415

    return DepartmentRef


@_attrs_define
class StaffAncestorChain:
    """
    Attributes:
        ancestor_departments (list[DepartmentRef] | Unset): The departments of one chain.
    """

    ancestor_departments: list[DepartmentRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.ancestor_departments) is not Unset:
            field_dict["ancestorDepartments"] = [item.to_dict() for item in self.ancestor_departments]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StaffAncestorChain is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _ancestor_departments = _get("ancestorDepartments", UNSET)
        ancestor_departments: list[DepartmentRef] | Unset = UNSET
        if _ancestor_departments is not UNSET:
            ancestor_departments = []
            for ancestor_departments_item_data in _ancestor_departments:
                ancestor_departments_item = _DepartmentRef_class().from_dict(ancestor_departments_item_data)

                ancestor_departments.append(ancestor_departments_item)

        staff_ancestor_chain = cls(  # by position, in the order the fields are declared above: cheaper than by name
            ancestor_departments,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        staff_ancestor_chain.additional_properties = _extra
        return staff_ancestor_chain

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
