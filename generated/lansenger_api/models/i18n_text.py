# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="I18nText")
_FIELDS = frozenset(
    {
        "zhHans",
        "zhHant",
        "zhHantHK",
        "en",
        "fr",
    }
)


@_attrs_define
class I18nText:
    """One text in the platform's five languages.

    Attributes:
        zh_hans (str | Unset):
        zh_hant (str | Unset):
        zh_hant_hk (str | Unset):
        en (str | Unset):
        fr (str | Unset):
    """

    zh_hans: str | Unset = UNSET
    zh_hant: str | Unset = UNSET
    zh_hant_hk: str | Unset = UNSET
    en: str | Unset = UNSET
    fr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.zh_hans is not UNSET:
            field_dict["zhHans"] = self.zh_hans

        if self.zh_hant is not UNSET:
            field_dict["zhHant"] = self.zh_hant

        if self.zh_hant_hk is not UNSET:
            field_dict["zhHantHK"] = self.zh_hant_hk

        if self.en is not UNSET:
            field_dict["en"] = self.en

        if self.fr is not UNSET:
            field_dict["fr"] = self.fr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"I18nText is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        zh_hans = _get("zhHans", UNSET)

        zh_hant = _get("zhHant", UNSET)

        zh_hant_hk = _get("zhHantHK", UNSET)

        en = _get("en", UNSET)

        fr = _get("fr", UNSET)

        i18n_text = cls(  # by position, in the order the fields are declared above: cheaper than by name
            zh_hans,
            zh_hant,
            zh_hant_hk,
            en,
            fr,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        i18n_text.additional_properties = _extra
        return i18n_text

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
