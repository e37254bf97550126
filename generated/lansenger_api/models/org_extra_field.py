# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgExtraField")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "category",
        "extraFieldId",
    }
)


@_attrs_define
class OrgExtraField:
    """One extension field. The platform's 2021 spec names the keys id, name and category; its Python SDK's fixtures use
    extraFieldId; whichever arrive are kept.

        Attributes:
            id (str | Unset):
            name (str | Unset):
            category (int | Unset): Kind of field, a platform code.
            extra_field_id (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    category: int | Unset = UNSET
    extra_field_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.category is not UNSET:
            field_dict["category"] = self.category

        if self.extra_field_id is not UNSET:
            field_dict["extraFieldId"] = self.extra_field_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OrgExtraField is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        name = _get("name", UNSET)

        category = _get("category", UNSET)

        extra_field_id = _get("extraFieldId", UNSET)

        org_extra_field = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            name,
            category,
            extra_field_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        org_extra_field.additional_properties = _extra
        return org_extra_field

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
