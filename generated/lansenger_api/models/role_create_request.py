# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleCreateRequest")
_FIELDS = frozenset(
    {
        "roleName",
        "description",
        "creator",
    }
)


@_attrs_define
class RoleCreateRequest:
    """
    Attributes:
        role_name (str): Unique in the org.
        description (str | Unset):
        creator (str | Unset): Staff id of the person creating the role.
    """

    role_name: str
    description: str | Unset = UNSET
    creator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["roleName"] = self.role_name

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.creator is not UNSET:
            field_dict["creator"] = self.creator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"RoleCreateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        role_name = d["roleName"]

        description = _get("description", UNSET)

        creator = _get("creator", UNSET)

        role_create_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            role_name,
            description,
            creator,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        role_create_request.additional_properties = _extra
        return role_create_request

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
