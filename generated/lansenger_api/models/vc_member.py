# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vc_member_role import VcMemberRole, check_vc_member_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="VcMember")
_FIELDS = frozenset(
    {
        "staffId",
        "employeeName",
        "role",
    }
)


@_attrs_define
class VcMember:
    """A member of a new or updated meeting. Exactly one member of a meeting has role admin. The platform's SDKs send a
    role for every member; the sandbox reads a missing one as participant.

        Attributes:
            staff_id (str):
            employee_name (str | Unset): The name shown in the meeting.
            role (VcMemberRole | Unset): admin the host (exactly one per meeting), joinHost a co-host, participant an
                ordinary member.
    """

    staff_id: str
    employee_name: str | Unset = UNSET
    role: VcMemberRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["staffId"] = self.staff_id

        if self.employee_name is not UNSET:
            field_dict["employeeName"] = self.employee_name

        if self.role is not UNSET:
            field_dict["role"] = self.role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcMember is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = d["staffId"]

        employee_name = _get("employeeName", UNSET)

        _role = _get("role", UNSET)
        role: VcMemberRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_vc_member_role(_role)

        vc_member = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            employee_name,
            role,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_member.additional_properties = _extra
        return vc_member

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
