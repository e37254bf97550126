# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppToken")
_FIELDS = frozenset(
    {
        "appToken",
        "expiresIn",
    }
)


@_attrs_define
class AppToken:
    """
    Attributes:
        app_token (str):
        expires_in (int | Unset): Lifetime in seconds. Default: 7200.
    """

    app_token: str = _attrs_field(repr=False)
    expires_in: int | Unset = 7200
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["appToken"] = self.app_token

        if self.expires_in is not UNSET:
            field_dict["expiresIn"] = self.expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AppToken is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        app_token = d["appToken"]

        expires_in = _get("expiresIn", UNSET)

        app_token_ = cls(  # by position, in the order the fields are declared above: cheaper than by name
            app_token,
            expires_in,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        app_token_.additional_properties = _extra
        return app_token_

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
