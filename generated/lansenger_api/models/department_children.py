# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_child import DepartmentChild


T = TypeVar("T", bound="DepartmentChildren")
_FIELDS = frozenset(
    {
        "departments",
    }
)


@_cache
def _DepartmentChild_class() -> type[DepartmentChild]:
    """`DepartmentChild`, imported on first use (the models refer to each other in cycles)."""
    from ..models.department_child import DepartmentChild  # noqa: PLC0415

    return DepartmentChild


@_attrs_define
class DepartmentChildren:
    """
    Attributes:
        departments (list[DepartmentChild] | Unset):
    """

    departments: list[DepartmentChild] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.departments) is not Unset:
            field_dict["departments"] = [item.to_dict() for item in self.departments]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DepartmentChildren is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _departments = _get("departments", UNSET)
        departments: list[DepartmentChild] | Unset = UNSET
        if _departments is not UNSET:
            departments = []
            for departments_item_data in _departments:
                departments_item = _DepartmentChild_class().from_dict(departments_item_data)

                departments.append(departments_item)

        department_children = cls(  # by position, in the order the fields are declared above: cheaper than by name
            departments,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        department_children.additional_properties = _extra
        return department_children

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
