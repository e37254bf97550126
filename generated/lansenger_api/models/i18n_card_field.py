# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.i18n_text import I18nText


T = TypeVar("T", bound="I18nCardField")
_FIELDS = frozenset(
    {
        "i18nKey",
        "i18nValue",
        "timestamp",
    }
)


@_cache
def _I18nText_class() -> type[I18nText]:
    """`I18nText`, imported on first use (the models refer to each other in cycles)."""
    from ..models.i18n_text import I18nText  # noqa: PLC0415

    return I18nText


@_attrs_define
class I18nCardField:
    """
    Attributes:
        i18n_key (I18nText | Unset): One text in the platform's five languages.
        i18n_value (I18nText | Unset): One text in the platform's five languages.
        timestamp (int | Unset):
    """

    i18n_key: I18nText | Unset = UNSET
    i18n_value: I18nText | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.i18n_key) is not Unset:
            field_dict["i18nKey"] = self.i18n_key.to_dict()

        if type(self.i18n_value) is not Unset:
            field_dict["i18nValue"] = self.i18n_value.to_dict()

        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"I18nCardField is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _i18n_key = _get("i18nKey", UNSET)
        i18n_key: I18nText | Unset
        if isinstance(_i18n_key, Unset):
            i18n_key = UNSET
        else:
            i18n_key = _I18nText_class().from_dict(_i18n_key)

        _i18n_value = _get("i18nValue", UNSET)
        i18n_value: I18nText | Unset
        if isinstance(_i18n_value, Unset):
            i18n_value = UNSET
        else:
            i18n_value = _I18nText_class().from_dict(_i18n_value)

        timestamp = _get("timestamp", UNSET)

        i18n_card_field = cls(  # by position, in the order the fields are declared above: cheaper than by name
            i18n_key,
            i18n_value,
            timestamp,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        i18n_card_field.additional_properties = _extra
        return i18n_card_field

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
