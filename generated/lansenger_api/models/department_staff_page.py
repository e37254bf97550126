# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_staff import DepartmentStaff


T = TypeVar("T", bound="DepartmentStaffPage")
_FIELDS = frozenset(
    {
        "staffs",
        "total",
        "hasMore",
    }
)


@_cache
def _DepartmentStaff_class() -> type[DepartmentStaff]:
    """`DepartmentStaff`, imported on first use (the models refer to each other in cycles)."""
    from ..models.department_staff import DepartmentStaff  # noqa: PLC0415

    return DepartmentStaff


@_attrs_define
class DepartmentStaffPage:
    """
    Attributes:
        staffs (list[DepartmentStaff] | Unset):
        total (int | Unset): Members in all pages.
        has_more (bool | Unset): Whether later pages exist; `total` is the reliable stop condition.
    """

    staffs: list[DepartmentStaff] | Unset = UNSET
    total: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.staffs) is not Unset:
            field_dict["staffs"] = [item.to_dict() for item in self.staffs]

        if self.total is not UNSET:
            field_dict["total"] = self.total

        if self.has_more is not UNSET:
            field_dict["hasMore"] = self.has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DepartmentStaffPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _staffs = _get("staffs", UNSET)
        staffs: list[DepartmentStaff] | Unset = UNSET
        if _staffs is not UNSET:
            staffs = []
            for staffs_item_data in _staffs:
                staffs_item = _DepartmentStaff_class().from_dict(staffs_item_data)

                staffs.append(staffs_item)

        total = _get("total", UNSET)

        has_more = _get("hasMore", UNSET)

        department_staff_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staffs,
            total,
            has_more,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        department_staff_page.additional_properties = _extra
        return department_staff_page

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
