# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tag_filter import TagFilter


T = TypeVar("T", bound="TagStaffQuery")


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
        org_id = self.org_id

        tag_filters = []
        for tag_filters_item_data in self.tag_filters:
            tag_filters_item = tag_filters_item_data.to_dict()
            tag_filters.append(tag_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgId": org_id,
                "tagFilters": tag_filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_filter import TagFilter  # noqa: PLC0415

        d = dict(src_dict)
        org_id = d.pop("orgId")

        tag_filters = []
        _tag_filters = d.pop("tagFilters")
        for tag_filters_item_data in _tag_filters:
            tag_filters_item = TagFilter.from_dict(tag_filters_item_data)

            tag_filters.append(tag_filters_item)

        tag_staff_query = cls(
            org_id=org_id,
            tag_filters=tag_filters,
        )

        tag_staff_query.additional_properties = d
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
