# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VcOpResult")
_FIELDS = frozenset(
    {
        "code",
        "errCode",
        "message",
    }
)


@_attrs_define
class VcOpResult:
    """The outcome of an action. errCode 0 in the envelope with a non-zero `code` here means the platform did not do it
    (e.g. 105213, the meeting has not started or is over); `message` says why.

        Attributes:
            code (int | Unset): 0 done; anything else is an error code.
            err_code (int | Unset): Repeats `code` in some answers.
            message (str | Unset):
    """

    code: int | Unset = UNSET
    err_code: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.code is not UNSET:
            field_dict["code"] = self.code

        if self.err_code is not UNSET:
            field_dict["errCode"] = self.err_code

        if self.message is not UNSET:
            field_dict["message"] = self.message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcOpResult is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        code = _get("code", UNSET)

        err_code = _get("errCode", UNSET)

        message = _get("message", UNSET)

        vc_op_result = cls(  # by position, in the order the fields are declared above: cheaper than by name
            code,
            err_code,
            message,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_op_result.additional_properties = _extra
        return vc_op_result

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
