# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_meta import TagMeta


T = TypeVar("T", bound="TagGroupDetail")
_FIELDS = frozenset(
    {
        "tagGroupName",
        "tagGroupCategory",
        "tagGroupType",
        "tags",
    }
)


@_cache
def _TagMeta_class() -> type[TagMeta]:
    """`TagMeta`, imported on first use (the models refer to each other in cycles)."""
    from ..models.tag_meta import TagMeta  # noqa: PLC0415

    return TagMeta


@_attrs_define
class TagGroupDetail:
    """
    Attributes:
        tag_group_name (str | Unset):
        tag_group_category (int | Unset): 1 staff tags, 2 department tags.
        tag_group_type (str | Unset):
        tags (list[TagMeta] | Unset): The group's tags.
    """

    tag_group_name: str | Unset = UNSET
    tag_group_category: int | Unset = UNSET
    tag_group_type: str | Unset = UNSET
    tags: list[TagMeta] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.tag_group_name is not UNSET:
            field_dict["tagGroupName"] = self.tag_group_name

        if self.tag_group_category is not UNSET:
            field_dict["tagGroupCategory"] = self.tag_group_category

        if self.tag_group_type is not UNSET:
            field_dict["tagGroupType"] = self.tag_group_type

        if type(self.tags) is not Unset:
            field_dict["tags"] = [item.to_dict() for item in self.tags]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TagGroupDetail is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        tag_group_name = _get("tagGroupName", UNSET)

        tag_group_category = _get("tagGroupCategory", UNSET)

        tag_group_type = _get("tagGroupType", UNSET)

        _tags = _get("tags", UNSET)
        tags: list[TagMeta] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = _TagMeta_class().from_dict(tags_item_data)

                tags.append(tags_item)

        tag_group_detail = cls(  # by position, in the order the fields are declared above: cheaper than by name
            tag_group_name,
            tag_group_category,
            tag_group_type,
            tags,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        tag_group_detail.additional_properties = _extra
        return tag_group_detail

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
