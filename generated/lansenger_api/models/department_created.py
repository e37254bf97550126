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


T = TypeVar("T", bound="DepartmentCreated")
_FIELDS = frozenset(
    {
        "department",
    }
)


@_cache
def _DepartmentRef_class() -> type[DepartmentRef]:
    """`DepartmentRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.department_ref import DepartmentRef  # noqa: PLC0415

    return DepartmentRef


@_attrs_define
class DepartmentCreated:
    """
    Attributes:
        department (DepartmentRef | Unset): A department as other answers mention it. The platform's sources disagree on
            the keys (departmentId/departmentName, or id/name/externalId); whichever arrive are kept.
    """

    department: DepartmentRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.department) is not Unset:
            field_dict["department"] = self.department.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DepartmentCreated is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _department = _get("department", UNSET)
        department: DepartmentRef | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = _DepartmentRef_class().from_dict(_department)

        department_created = cls(  # by position, in the order the fields are declared above: cheaper than by name
            department,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        department_created.additional_properties = _extra
        return department_created

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
