# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VcMemberControlRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "staffId",
        "mid",
        "opCode",
        "operator",
    }
)


@_attrs_define
class VcMemberControlRequest:
    """
    Attributes:
        org_id (int): The org id as a JSON number: the videoconference service takes numeric org ids, and the platform's
            SDK sends an all-digit id as a number (pass int("524288") for the org "524288").
        staff_id (str): The member acted on.
        mid (int): The meeting id (`id` in meeting answers); the platform's SDK always sends it as a number.
        op_code (str): The action (see the operation's description for known values); sent as given.
        operator (str): Staff id of the host acting.
    """

    org_id: int
    staff_id: str
    mid: int
    op_code: str
    operator: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        field_dict["staffId"] = self.staff_id

        field_dict["mid"] = self.mid

        field_dict["opCode"] = self.op_code

        field_dict["operator"] = self.operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcMemberControlRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        staff_id = d["staffId"]

        mid = d["mid"]

        op_code = d["opCode"]

        operator = d["operator"]

        vc_member_control_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                org_id,
                staff_id,
                mid,
                op_code,
                operator,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_member_control_request.additional_properties = _extra
        return vc_member_control_request

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
