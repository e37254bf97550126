# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TagCreateRequest")
_FIELDS = frozenset(
    {
        "tagGroupId",
        "tagName",
    }
)


@_attrs_define
class TagCreateRequest:
    """
    Attributes:
        tag_group_id (str): The group the tag belongs to.
        tag_name (str):
    """

    tag_group_id: str
    tag_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["tagGroupId"] = self.tag_group_id

        field_dict["tagName"] = self.tag_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TagCreateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        tag_group_id = d["tagGroupId"]

        tag_name = d["tagName"]

        tag_create_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            tag_group_id,
            tag_name,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        tag_create_request.additional_properties = _extra
        return tag_create_request

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
