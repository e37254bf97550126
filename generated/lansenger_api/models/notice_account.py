# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoticeAccount")
_FIELDS = frozenset(
    {
        "roleName",
        "officialNumberId",
        "code",
    }
)


@_attrs_define
class NoticeAccount:
    """
    Attributes:
        role_name (str | Unset): The official account's name.
        official_number_id (str | Unset):
        code (str | Unset): Pass it to send_notice as accountCode.
    """

    role_name: str | Unset = UNSET
    official_number_id: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.role_name is not UNSET:
            field_dict["roleName"] = self.role_name

        if self.official_number_id is not UNSET:
            field_dict["officialNumberId"] = self.official_number_id

        if self.code is not UNSET:
            field_dict["code"] = self.code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NoticeAccount is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        role_name = _get("roleName", UNSET)

        official_number_id = _get("officialNumberId", UNSET)

        code = _get("code", UNSET)

        notice_account = cls(  # by position, in the order the fields are declared above: cheaper than by name
            role_name,
            official_number_id,
            code,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notice_account.additional_properties = _extra
        return notice_account

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
