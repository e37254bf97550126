# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsEndpoint")
_FIELDS = frozenset(
    {
        "wsEndpoint",
        "expiresIn",
        "pingInterval",
    }
)


@_attrs_define
class WsEndpoint:
    """
    Attributes:
        ws_endpoint (str): A wss:// URL carrying a ticket, valid about 2 hours.
        expires_in (int | Unset): Seconds the ticket stays valid. Default: 7200.
        ping_interval (int | Unset): Seconds between protocol pings the client should send.
    """

    ws_endpoint: str = _attrs_field(repr=False)
    expires_in: int | Unset = 7200
    ping_interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["wsEndpoint"] = self.ws_endpoint

        if self.expires_in is not UNSET:
            field_dict["expiresIn"] = self.expires_in

        if self.ping_interval is not UNSET:
            field_dict["pingInterval"] = self.ping_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"WsEndpoint is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        ws_endpoint = d["wsEndpoint"]

        expires_in = _get("expiresIn", UNSET)

        ping_interval = _get("pingInterval", UNSET)

        ws_endpoint_ = cls(  # by position, in the order the fields are declared above: cheaper than by name
            ws_endpoint,
            expires_in,
            ping_interval,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        ws_endpoint_.additional_properties = _extra
        return ws_endpoint_

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
