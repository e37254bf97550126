# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventMobilePhone")
_FIELDS = frozenset(
    {
        "countryCode",
        "number",
    }
)


@_attrs_define
class EventMobilePhone:
    """
    Attributes:
        country_code (int | str | Unset): e.g. 86.
        number (str | Unset):
    """

    country_code: int | str | Unset = UNSET
    number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        country_code: int | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        if self.number is not UNSET:
            field_dict["number"] = self.number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"EventMobilePhone is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        country_code: int | str | Unset = _get("countryCode", UNSET)

        number = _get("number", UNSET)

        event_mobile_phone = cls(  # by position, in the order the fields are declared above: cheaper than by name
            country_code,
            number,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        event_mobile_phone.additional_properties = _extra
        return event_mobile_phone

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
