# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceCodes")
_FIELDS = frozenset(
    {
        "deviceCode",
        "userCode",
        "verificationUriComplete",
        "verificationUri",
        "interval",
        "expiresIn",
        "expiresAt",
        "openApiDomain",
    }
)


@_attrs_define
class DeviceCodes:
    """
    Attributes:
        device_code (str):
        user_code (str): What the person confirms on the verification page.
        verification_uri_complete (str | Unset): The verification page with the user code filled in.
        verification_uri (str | Unset): The verification page without the code (RFC 8628's field).
        interval (int | Unset): Seconds between polls; the default also when 0. Default: 5.
        expires_in (int | Unset): Seconds the codes live; the default also when 0. Default: 600.
        expires_at (int | str | Unset): The passport's own expiry stamp, as sent (its unit is undocumented).
        open_api_domain (str | Unset): The deployment's open-platform domain.
    """

    device_code: str = _attrs_field(repr=False)
    user_code: str
    verification_uri_complete: str | Unset = UNSET
    verification_uri: str | Unset = UNSET
    interval: int | Unset = 5
    expires_in: int | Unset = 600
    expires_at: int | str | Unset = UNSET
    open_api_domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["deviceCode"] = self.device_code

        field_dict["userCode"] = self.user_code

        if self.verification_uri_complete is not UNSET:
            field_dict["verificationUriComplete"] = self.verification_uri_complete

        if self.verification_uri is not UNSET:
            field_dict["verificationUri"] = self.verification_uri

        if self.interval is not UNSET:
            field_dict["interval"] = self.interval

        if self.expires_in is not UNSET:
            field_dict["expiresIn"] = self.expires_in

        expires_at: int | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        if self.open_api_domain is not UNSET:
            field_dict["openApiDomain"] = self.open_api_domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DeviceCodes is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        device_code = d["deviceCode"]

        user_code = d["userCode"]

        verification_uri_complete = _get("verificationUriComplete", UNSET)

        verification_uri = _get("verificationUri", UNSET)

        interval = _get("interval", UNSET)

        expires_in = _get("expiresIn", UNSET)

        expires_at: int | str | Unset = _get("expiresAt", UNSET)

        open_api_domain = _get("openApiDomain", UNSET)

        device_codes = cls(  # by position, in the order the fields are declared above: cheaper than by name
            device_code,
            user_code,
            verification_uri_complete,
            verification_uri,
            interval,
            expires_in,
            expires_at,
            open_api_domain,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        device_codes.additional_properties = _extra
        return device_codes

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
