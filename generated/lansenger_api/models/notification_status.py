# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationStatus")
_FIELDS = frozenset(
    {
        "errCode",
        "errMsg",
    }
)


@_attrs_define
class NotificationStatus:
    """
    Attributes:
        err_code (int | Unset): 0 when this recipient got the message.
        err_msg (str | Unset):
    """

    err_code: int | Unset = UNSET
    err_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.err_code is not UNSET:
            field_dict["errCode"] = self.err_code

        if self.err_msg is not UNSET:
            field_dict["errMsg"] = self.err_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NotificationStatus is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        err_code = _get("errCode", UNSET)

        err_msg = _get("errMsg", UNSET)

        notification_status = cls(  # by position, in the order the fields are declared above: cheaper than by name
            err_code,
            err_msg,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notification_status.additional_properties = _extra
        return notification_status

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
