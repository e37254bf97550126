# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JiabanRuleConfig")
_FIELDS = frozenset(
    {
        "cmcCode",
    }
)


@_attrs_define
class JiabanRuleConfig:
    """An attendance rule configuration. The platform documents only cmcCode; other fields are kept.

    Attributes:
        cmc_code (str | Unset): The configuration's code, which the other overtime operations take.
    """

    cmc_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.cmc_code is not UNSET:
            field_dict["cmcCode"] = self.cmc_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"JiabanRuleConfig is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        cmc_code = _get("cmcCode", UNSET)

        jiaban_rule_config = cls(  # by position, in the order the fields are declared above: cheaper than by name
            cmc_code,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        jiaban_rule_config.additional_properties = _extra
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
