# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VcConfigRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "meetingNumber",
        "operator",
    }
)


@_attrs_define
class VcConfigRequest:
    """
    Attributes:
        org_id (int): The org id as a JSON number: the videoconference service takes numeric org ids, and the platform's
            SDK sends an all-digit id as a number (pass int("524288") for the org "524288").
        meeting_number (str | Unset): Answer the configuration of the org owning this meeting; sent only when given.
        operator (str | Unset): Staff id of the person asking; sent only when given.
    """

    org_id: int
    meeting_number: str | Unset = UNSET
    operator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        if self.meeting_number is not UNSET:
            field_dict["meetingNumber"] = self.meeting_number

        if self.operator is not UNSET:
            field_dict["operator"] = self.operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcConfigRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        meeting_number = _get("meetingNumber", UNSET)

        operator = _get("operator", UNSET)

        vc_config_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            org_id,
            meeting_number,
            operator,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_config_request.additional_properties = _extra
        return vc_config_request

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
