# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JiabanRuleConfig")


@_attrs_define
class JiabanRuleConfig:
    """An attendance rule configuration. The platform documents only cmcCode; other fields are kept.

    Attributes:
        cmc_code (str | Unset): The configuration's code, which the other overtime operations take.
    """

    cmc_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cmc_code = self.cmc_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cmc_code is not UNSET:
            field_dict["cmcCode"] = cmc_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cmc_code = d.pop("cmcCode", UNSET)

        jiaban_rule_config = cls(
            cmc_code=cmc_code,
        )

        jiaban_rule_config.additional_properties = d
        return jiaban_rule_config

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
