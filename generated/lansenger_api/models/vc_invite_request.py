# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vc_invitee import VcInvitee


T = TypeVar("T", bound="VcInviteRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "operator",
        "meetingNumber",
        "member",
    }
)


@_cache
def _VcInvitee_class() -> type[VcInvitee]:
    """`VcInvitee`, imported on first use (the models refer to each other in cycles)."""
    from ..models.vc_invitee import VcInvitee  # noqa: PLC0415

    return VcInvitee


@_attrs_define
class VcInviteRequest:
    """
    Attributes:
        org_id (int): The org id as a JSON number: the videoconference service takes numeric org ids, and the platform's
            SDK sends an all-digit id as a number (pass int("524288") for the org "524288").
        operator (str): Staff id of the person inviting.
        meeting_number (str): The running meeting's number.
        member (list[VcInvitee]):
    """

    org_id: int
    operator: str
    meeting_number: str
    member: list[VcInvitee]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        field_dict["operator"] = self.operator

        field_dict["meetingNumber"] = self.meeting_number

        field_dict["member"] = [item.to_dict() for item in self.member]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcInviteRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        operator = d["operator"]

        meeting_number = d["meetingNumber"]

        member = []
        _member = d["member"]
        for member_item_data in _member:
            member_item = _VcInvitee_class().from_dict(member_item_data)

            member.append(member_item)

        vc_invite_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            org_id,
            operator,
            meeting_number,
            member,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_invite_request.additional_properties = _extra
        return vc_invite_request

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
