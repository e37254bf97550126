# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalApp")
_FIELDS = frozenset(
    {
        "name",
        "avatarId",
        "description",
        "apigwAddr",
        "passportAddr",
    }
)


@_attrs_define
class PersonalApp:
    """
    Attributes:
        name (str | Unset):
        avatar_id (str | Unset): Media id of the avatar image.
        description (str | Unset):
        apigw_addr (str | Unset): The API gateway address the app calls.
        passport_addr (str | Unset): The passport (login) address for the app's OAuth flows.
    """

    name: str | Unset = UNSET
    avatar_id: str | Unset = UNSET
    description: str | Unset = UNSET
    apigw_addr: str | Unset = UNSET
    passport_addr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.apigw_addr is not UNSET:
            field_dict["apigwAddr"] = self.apigw_addr

        if self.passport_addr is not UNSET:
            field_dict["passportAddr"] = self.passport_addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PersonalApp is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        name = _get("name", UNSET)

        avatar_id = _get("avatarId", UNSET)

        description = _get("description", UNSET)

        apigw_addr = _get("apigwAddr", UNSET)

        passport_addr = _get("passportAddr", UNSET)

        personal_app = cls(  # by position, in the order the fields are declared above: cheaper than by name
            name,
            avatar_id,
            description,
            apigw_addr,
            passport_addr,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_app.additional_properties = _extra
        return personal_app

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
