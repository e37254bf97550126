# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_group_category import TagGroupCategory, check_tag_group_category
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagGroupCreateRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "tagGroupName",
        "tagGroupCategory",
        "tagGroupType",
    }
)


@_attrs_define
class TagGroupCreateRequest:
    """The platform's default `tagGroupCategory` is undocumented; the sandbox takes 1 (staff).

    Attributes:
        org_id (str):
        tag_group_name (str):
        tag_group_category (TagGroupCategory | Unset): What a group's tags label; 1 staff, 2 departments.
        tag_group_type (str | Unset): A type label the platform leaves undocumented; list_tag_groups can filter on it.
    """

    org_id: str
    tag_group_name: str
    tag_group_category: TagGroupCategory | Unset = UNSET
    tag_group_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        field_dict["tagGroupName"] = self.tag_group_name

        if self.tag_group_category is not UNSET:
            field_dict["tagGroupCategory"] = self.tag_group_category

        if self.tag_group_type is not UNSET:
            field_dict["tagGroupType"] = self.tag_group_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TagGroupCreateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        tag_group_name = d["tagGroupName"]

        _tag_group_category = _get("tagGroupCategory", UNSET)
        tag_group_category: TagGroupCategory | Unset
        if isinstance(_tag_group_category, Unset):
            tag_group_category = UNSET
        else:
            tag_group_category = check_tag_group_category(_tag_group_category)

        tag_group_type = _get("tagGroupType", UNSET)

        tag_group_create_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            org_id,
            tag_group_name,
            tag_group_category,
            tag_group_type,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        tag_group_create_request.additional_properties = _extra
        return tag_group_create_request

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
