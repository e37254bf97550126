# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_search_hit import StaffSearchHit


T = TypeVar("T", bound="StaffSearchPage")
_FIELDS = frozenset(
    {
        "staffInfo",
        "total",
        "hasMore",
    }
)


@_cache
def _StaffSearchHit_class() -> type[StaffSearchHit]:
    """`StaffSearchHit`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_search_hit import StaffSearchHit  # noqa: PLC0415

    return StaffSearchHit


@_attrs_define
class StaffSearchPage:
    """
    Attributes:
        staff_info (list[StaffSearchHit] | Unset):
        total (int | Unset): Matches in all pages.
        has_more (bool | Unset): Unreliable on this operation; stop on `total`.
    """

    staff_info: list[StaffSearchHit] | Unset = UNSET
    total: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.staff_info) is not Unset:
            field_dict["staffInfo"] = [item.to_dict() for item in self.staff_info]

        if self.total is not UNSET:
            field_dict["total"] = self.total

        if self.has_more is not UNSET:
            field_dict["hasMore"] = self.has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StaffSearchPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _staff_info = _get("staffInfo", UNSET)
        staff_info: list[StaffSearchHit] | Unset = UNSET
        if _staff_info is not UNSET:
            staff_info = []
            for staff_info_item_data in _staff_info:
                staff_info_item = _StaffSearchHit_class().from_dict(staff_info_item_data)

                staff_info.append(staff_info_item)

        total = _get("total", UNSET)

        has_more = _get("hasMore", UNSET)

        staff_search_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_info,
            total,
            has_more,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        staff_search_page.additional_properties = _extra
        return staff_search_page

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
