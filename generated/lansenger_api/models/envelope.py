# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Envelope")
_FIELDS = frozenset(
    {
        "errCode",
        "errMsg",
    }
)


@_attrs_define
class Envelope:
    """Every JSON answer. errCode 0 means success; anything else is an error described by errMsg.

    Attributes:
        err_code (int):
        err_msg (str | Unset):
    """

    err_code: int
    err_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["errCode"] = self.err_code

        if self.err_msg is not UNSET:
            field_dict["errMsg"] = self.err_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Envelope is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        err_code = d["errCode"]

        err_msg = _get("errMsg", UNSET)

        envelope = cls(  # by position, in the order the fields are declared above: cheaper than by name
            err_code,
            err_msg,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        envelope.additional_properties = _extra
        return envelope

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
