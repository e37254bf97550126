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


T = TypeVar("T", bound="DepartmentChild")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "externalId",
        "hasChildren",
        "membersCount",
        "ancestorDepartments",
    }
)


@_cache
def _DepartmentRef_class() -> type[DepartmentRef]:
    """`DepartmentRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.department_ref import DepartmentRef  # noqa: PLC0415

    return DepartmentRef


@_attrs_define
class DepartmentChild:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        external_id (str | Unset):
        has_children (bool | Unset):
        members_count (int | Unset):
        ancestor_departments (list[DepartmentRef] | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    has_children: bool | Unset = UNSET
    members_count: int | Unset = UNSET
    ancestor_departments: list[DepartmentRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.external_id is not UNSET:
            field_dict["externalId"] = self.external_id

        if self.has_children is not UNSET:
            field_dict["hasChildren"] = self.has_children

        if self.members_count is not UNSET:
            field_dict["membersCount"] = self.members_count

        if type(self.ancestor_departments) is not Unset:
            field_dict["ancestorDepartments"] = [item.to_dict() for item in self.ancestor_departments]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DepartmentChild is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        name = _get("name", UNSET)

        external_id = _get("externalId", UNSET)

        has_children = _get("hasChildren", UNSET)

        members_count = _get("membersCount", UNSET)

        _ancestor_departments = _get("ancestorDepartments", UNSET)
        ancestor_departments: list[DepartmentRef] | Unset = UNSET
        if _ancestor_departments is not UNSET:
            ancestor_departments = []
            for ancestor_departments_item_data in _ancestor_departments:
                ancestor_departments_item = _DepartmentRef_class().from_dict(ancestor_departments_item_data)

                ancestor_departments.append(ancestor_departments_item)

        department_child = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            name,
            external_id,
            has_children,
            members_count,
            ancestor_departments,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        department_child.additional_properties = _extra
        return department_child

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
