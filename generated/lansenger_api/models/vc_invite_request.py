# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vc_invitee import VcInvitee


T = TypeVar("T", bound="VcInviteRequest")


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
        org_id = self.org_id

        operator = self.operator

        meeting_number = self.meeting_number

        member = []
        for member_item_data in self.member:
            member_item = member_item_data.to_dict()
            member.append(member_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgId": org_id,
                "operator": operator,
                "meetingNumber": meeting_number,
                "member": member,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vc_invitee import VcInvitee  # noqa: PLC0415

        d = dict(src_dict)
        org_id = d.pop("orgId")

        operator = d.pop("operator")

        meeting_number = d.pop("meetingNumber")

        member = []
        _member = d.pop("member")
        for member_item_data in _member:
            member_item = VcInvitee.from_dict(member_item_data)

            member.append(member_item)

        vc_invite_request = cls(
            org_id=org_id,
            operator=operator,
            meeting_number=meeting_number,
            member=member,
        )

        vc_invite_request.additional_properties = d
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
