# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JsApiToken")


@_attrs_define
class JsApiToken:
    """
    Attributes:
        js_api_token (str | Unset):
        expires_in (int | Unset): Lifetime in seconds. Default: 7200.
    """

    js_api_token: str | Unset = _attrs_field(repr=False, default=UNSET)
    expires_in: int | Unset = 7200
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        js_api_token = self.js_api_token

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if js_api_token is not UNSET:
            field_dict["jsApiToken"] = js_api_token
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        js_api_token = d.pop("jsApiToken", UNSET)

        expires_in = d.pop("expiresIn", UNSET)

        js_api_token_ = cls(
            js_api_token=js_api_token,
            expires_in=expires_in,
        )

        js_api_token_.additional_properties = d
        return js_api_token_

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
