# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagGroupIds")


@_attrs_define
class TagGroupIds:
    """
    Attributes:
        tag_group_ids (list[str] | Unset):
    """

    tag_group_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_group_ids, Unset):
            tag_group_ids = self.tag_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag_group_ids is not UNSET:
            field_dict["tagGroupIds"] = tag_group_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag_group_ids = cast(list[str], d.pop("tagGroupIds", UNSET))

        tag_group_ids_ = cls(
            tag_group_ids=tag_group_ids,
        )

        tag_group_ids_.additional_properties = d
        return tag_group_ids_

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
