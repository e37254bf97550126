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


T = TypeVar("T", bound="TagMetaList")
_FIELDS = frozenset(
    {
        "tagMetaList",
    }
)


@_cache
def _TagMeta_class() -> type[TagMeta]:
    """`TagMeta`, imported on first use (the models refer to each other in cycles)."""
    from ..models.tag_meta import TagMeta  # noqa: PLC0415

    return TagMeta


@_attrs_define
class TagMetaList:
    """
    Attributes:
        tag_meta_list (list[TagMeta] | Unset):
    """

    tag_meta_list: list[TagMeta] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.tag_meta_list) is not Unset:
            field_dict["tagMetaList"] = [item.to_dict() for item in self.tag_meta_list]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TagMetaList is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _tag_meta_list = _get("tagMetaList", UNSET)
        tag_meta_list: list[TagMeta] | Unset = UNSET
        if _tag_meta_list is not UNSET:
            tag_meta_list = []
            for tag_meta_list_item_data in _tag_meta_list:
                tag_meta_list_item = _TagMeta_class().from_dict(tag_meta_list_item_data)

                tag_meta_list.append(tag_meta_list_item)

        tag_meta_list_ = cls(  # by position, in the order the fields are declared above: cheaper than by name
            tag_meta_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        tag_meta_list_.additional_properties = _extra
        return tag_meta_list_

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
