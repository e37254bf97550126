# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartmentUpdateRequest")
_FIELDS = frozenset(
    {
        "name",
        "parentId",
        "orderNumber",
        "tags",
    }
)


@_attrs_define
class DepartmentUpdateRequest:
    """
    Attributes:
        name (str | Unset):
        parent_id (str | Unset): Move the department under this one.
        order_number (int | Unset): Sort key among siblings; smaller first.
        tags (list[str] | Unset): Replaces the department's whole tag list; an empty list removes every tag.
    """

    name: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    order_number: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.parent_id is not UNSET:
            field_dict["parentId"] = self.parent_id

        if self.order_number is not UNSET:
            field_dict["orderNumber"] = self.order_number

        if self.tags is not UNSET:
            field_dict["tags"] = self.tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DepartmentUpdateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        name = _get("name", UNSET)

        parent_id = _get("parentId", UNSET)

        order_number = _get("orderNumber", UNSET)

        tags: list[str] = _get("tags", UNSET)

        department_update_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                name,
                parent_id,
                order_number,
                tags,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        department_update_request.additional_properties = _extra
        return department_update_request

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
