# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VcConfig")
_FIELDS = frozenset(
    {
        "maxPerson",
        "defaultMaxPerson",
        "allowedRecordFlag",
        "forcePasswdFlag",
        "spaceSize",
    }
)


@_attrs_define
class VcConfig:
    """The org's videoconference configuration. Fields not listed here are kept.

    Attributes:
        max_person (int | Unset): The most people one meeting may hold.
        default_max_person (int | Unset): The platform's default for maxPerson.
        allowed_record_flag (int | Unset): Whether meetings may be recorded (1 / 0, going by its name; the platform
            documents no values).
        force_passwd_flag (int | Unset): Whether every meeting needs a password (1 / 0, going by its name; the platform
            documents no values).
        space_size (int | Unset): Recording storage space; the platform documents no unit.
    """

    max_person: int | Unset = UNSET
    default_max_person: int | Unset = UNSET
    allowed_record_flag: int | Unset = UNSET
    force_passwd_flag: int | Unset = UNSET
    space_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.max_person is not UNSET:
            field_dict["maxPerson"] = self.max_person

        if self.default_max_person is not UNSET:
            field_dict["defaultMaxPerson"] = self.default_max_person

        if self.allowed_record_flag is not UNSET:
            field_dict["allowedRecordFlag"] = self.allowed_record_flag

        if self.force_passwd_flag is not UNSET:
            field_dict["forcePasswdFlag"] = self.force_passwd_flag

        if self.space_size is not UNSET:
            field_dict["spaceSize"] = self.space_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcConfig is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        max_person = _get("maxPerson", UNSET)

        default_max_person = _get("defaultMaxPerson", UNSET)

        allowed_record_flag = _get("allowedRecordFlag", UNSET)

        force_passwd_flag = _get("forcePasswdFlag", UNSET)

        space_size = _get("spaceSize", UNSET)

        vc_config = cls(  # by position, in the order the fields are declared above: cheaper than by name
            max_person,
            default_max_person,
            allowed_record_flag,
            force_passwd_flag,
            space_size,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_config.additional_properties = _extra
        return vc_config

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
