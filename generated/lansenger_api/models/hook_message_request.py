# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.msg_data import MsgData


T = TypeVar("T", bound="HookMessageRequest")
_FIELDS = frozenset(
    {
        "msgType",
        "msgData",
        "timestamp",
        "sign",
    }
)


@_cache
def _MsgData_class() -> type[MsgData]:
    """`MsgData`, imported on first use (the models refer to each other in cycles)."""
    from ..models.msg_data import MsgData  # noqa: PLC0415

    return MsgData


@_attrs_define
class HookMessageRequest:
    """
    Attributes:
        msg_type (str): The message type; msgData carries one key named like it.
        msg_data (MsgData): Exactly one key, named like msgType, holding that type's body; the user-impersonation
            channel also takes `common`. Keys the spec does not know are passed through.
        timestamp (str | Unset): Unix time in seconds, as text; required by a webhook with a signing secret.
        sign (str | Unset): Base64 of HMAC-SHA256 with the key `<timestamp>@<secret>` over an empty message; required by
            a webhook with a signing secret.
    """

    msg_type: str
    msg_data: MsgData
    timestamp: str | Unset = UNSET
    sign: str | Unset = _attrs_field(repr=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["msgType"] = self.msg_type

        field_dict["msgData"] = self.msg_data.to_dict()

        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp

        if self.sign is not UNSET:
            field_dict["sign"] = self.sign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"HookMessageRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        msg_type = d["msgType"]

        msg_data = _MsgData_class().from_dict(d["msgData"])

        timestamp = _get("timestamp", UNSET)

        sign = _get("sign", UNSET)

        hook_message_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            msg_type,
            msg_data,
            timestamp,
            sign,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        hook_message_request.additional_properties = _extra
        return hook_message_request

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
