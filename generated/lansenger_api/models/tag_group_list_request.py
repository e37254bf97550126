# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_group_category import TagGroupCategory, check_tag_group_category
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagGroupListRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "categoryList",
        "tagGroupType",
    }
)


@_attrs_define
class TagGroupListRequest:
    """
    Attributes:
        org_id (str):
        category_list (list[TagGroupCategory] | Unset): Only groups of these categories; every category when absent.
        tag_group_type (str | Unset): Only groups of this type.
    """

    org_id: str
    category_list: list[TagGroupCategory] | Unset = UNSET
    tag_group_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        category_list: list[int] | Unset = UNSET
        if not isinstance(self.category_list, Unset):
            category_list = []
            for category_list_item_data in self.category_list:
                category_list_item: int = category_list_item_data
                category_list.append(category_list_item)

        if category_list is not UNSET:
            field_dict["categoryList"] = category_list

        if self.tag_group_type is not UNSET:
            field_dict["tagGroupType"] = self.tag_group_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TagGroupListRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        _category_list = _get("categoryList", UNSET)
        category_list: list[TagGroupCategory] | Unset = UNSET
        if _category_list is not UNSET:
            category_list = []
            for category_list_item_data in _category_list:
                category_list_item = check_tag_group_category(category_list_item_data)

                category_list.append(category_list_item)

        tag_group_type = _get("tagGroupType", UNSET)

        tag_group_list_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            org_id,
            category_list,
            tag_group_type,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        tag_group_list_request.additional_properties = _extra
        return tag_group_list_request

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
