# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.i18n_text import I18nText


T = TypeVar("T", bound="I18nCardField")


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
        i18n_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.i18n_key, Unset):
            i18n_key = self.i18n_key.to_dict()

        i18n_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.i18n_value, Unset):
            i18n_value = self.i18n_value.to_dict()

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if i18n_key is not UNSET:
            field_dict["i18nKey"] = i18n_key
        if i18n_value is not UNSET:
            field_dict["i18nValue"] = i18n_value
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.i18n_text import I18nText  # noqa: PLC0415

        d = dict(src_dict)
        _i18n_key = d.pop("i18nKey", UNSET)
        i18n_key: I18nText | Unset
        if isinstance(_i18n_key, Unset):
            i18n_key = UNSET
        else:
            i18n_key = I18nText.from_dict(_i18n_key)

        _i18n_value = d.pop("i18nValue", UNSET)
        i18n_value: I18nText | Unset
        if isinstance(_i18n_value, Unset):
            i18n_value = UNSET
        else:
            i18n_value = I18nText.from_dict(_i18n_value)

        timestamp = d.pop("timestamp", UNSET)

        i18n_card_field = cls(
            i18n_key=i18n_key,
            i18n_value=i18n_value,
            timestamp=timestamp,
        )

        i18n_card_field.additional_properties = d
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
