# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SentMessage")
_FIELDS = frozenset(
    {
        "msgId",
        "invalidStaff",
        "invalidDepartment",
    }
)


@_attrs_define
class SentMessage:
    """msgId can be empty on success: the platform returns it only to apps inside the org (not to ISV apps), so an empty
    msgId is not an error here.

        Attributes:
            msg_id (str | Unset):
            invalid_staff (list[str] | Unset): Recipients the platform could not deliver to.
            invalid_department (list[str] | Unset):
    """

    msg_id: str | Unset = UNSET
    invalid_staff: list[str] | Unset = UNSET
    invalid_department: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.msg_id is not UNSET:
            field_dict["msgId"] = self.msg_id

        if self.invalid_staff is not UNSET:
            field_dict["invalidStaff"] = self.invalid_staff

        if self.invalid_department is not UNSET:
            field_dict["invalidDepartment"] = self.invalid_department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"SentMessage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        msg_id = _get("msgId", UNSET)

        invalid_staff: list[str] = _get("invalidStaff", UNSET)

        invalid_department: list[str] = _get("invalidDepartment", UNSET)

        sent_message = cls(  # by position, in the order the fields are declared above: cheaper than by name
            msg_id,
            invalid_staff,
            invalid_department,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        sent_message.additional_properties = _extra
        return sent_message

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
