# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tag_filter import TagFilter


T = TypeVar("T", bound="TagStaffQuery")
_FIELDS = frozenset(
    {
        "orgId",
        "tagFilters",
    }
)


@_cache
def _TagFilter_class() -> type[TagFilter]:
    """`TagFilter`, imported on first use (the models refer to each other in cycles)."""
    from ..models.tag_filter import TagFilter  # noqa: PLC0415

    return TagFilter


@_attrs_define
class TagStaffQuery:
    """
    Attributes:
        org_id (str):
        tag_filters (list[TagFilter]):
    """

    org_id: str
    tag_filters: list[TagFilter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        field_dict["tagFilters"] = [item.to_dict() for item in self.tag_filters]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TagStaffQuery is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        tag_filters = []
        _tag_filters = d["tagFilters"]
        for tag_filters_item_data in _tag_filters:
            tag_filters_item = _TagFilter_class().from_dict(tag_filters_item_data)

            tag_filters.append(tag_filters_item)

        tag_staff_query = cls(  # by position, in the order the fields are declared above: cheaper than by name
            org_id,
            tag_filters,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        tag_staff_query.additional_properties = _extra
        return tag_staff_query

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
