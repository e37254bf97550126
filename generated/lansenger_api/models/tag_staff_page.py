# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_staff import TagStaff


T = TypeVar("T", bound="TagStaffPage")
_FIELDS = frozenset(
    {
        "staffs",
        "total",
        "hasMore",
        "latestVersion",
    }
)


@_cache
def _TagStaff_class() -> type[TagStaff]:
    """`TagStaff`, imported on first use (the models refer to each other in cycles)."""
    from ..models.tag_staff import TagStaff  # noqa: PLC0415

    return TagStaff


@_attrs_define
class TagStaffPage:
    """
    Attributes:
        staffs (list[TagStaff] | Unset):
        total (int | Unset): Matching staff in all pages.
        has_more (bool | Unset): Whether later pages exist; `total` is the reliable stop condition.
        latest_version (str | Unset): Microsecond timestamp of the latest change, as the platform reports it.
    """

    staffs: list[TagStaff] | Unset = UNSET
    total: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    latest_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.staffs) is not Unset:
            field_dict["staffs"] = [item.to_dict() for item in self.staffs]

        if self.total is not UNSET:
            field_dict["total"] = self.total

        if self.has_more is not UNSET:
            field_dict["hasMore"] = self.has_more

        if self.latest_version is not UNSET:
            field_dict["latestVersion"] = self.latest_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TagStaffPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _staffs = _get("staffs", UNSET)
        staffs: list[TagStaff] | Unset = UNSET
        if _staffs is not UNSET:
            staffs = []
            for staffs_item_data in _staffs:
                staffs_item = _TagStaff_class().from_dict(staffs_item_data)

                staffs.append(staffs_item)

        total = _get("total", UNSET)

        has_more = _get("hasMore", UNSET)

        latest_version = _get("latestVersion", UNSET)

        tag_staff_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staffs,
            total,
            has_more,
            latest_version,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        tag_staff_page.additional_properties = _extra
        return tag_staff_page

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
