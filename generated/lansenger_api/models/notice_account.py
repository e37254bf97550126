# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoticeAccount")


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
        role_name = self.role_name

        official_number_id = self.official_number_id

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_name is not UNSET:
            field_dict["roleName"] = role_name
        if official_number_id is not UNSET:
            field_dict["officialNumberId"] = official_number_id
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_name = d.pop("roleName", UNSET)

        official_number_id = d.pop("officialNumberId", UNSET)

        code = d.pop("code", UNSET)

        notice_account = cls(
            role_name=role_name,
            official_number_id=official_number_id,
            code=code,
        )

        notice_account.additional_properties = d
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
