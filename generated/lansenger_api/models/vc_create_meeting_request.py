# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vc_auto_record import VcAutoRecord, check_vc_auto_record
from ..models.vc_meeting_type import VcMeetingType, check_vc_meeting_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vc_member import VcMember


T = TypeVar("T", bound="VcCreateMeetingRequest")
_FIELDS = frozenset(
    {
        "subject",
        "startTime",
        "member",
        "orgId",
        "autoRecord",
        "type",
        "groupNew",
        "confPassword",
        "controlPassword",
        "extAttr",
        "maskType",
        "joinMute",
        "openMute",
        "enablePreJoin",
        "inviteAdmin",
        "userStopTime",
    }
)


@_cache
def _VcMember_class() -> type[VcMember]:
    """`VcMember`, imported on first use (the models refer to each other in cycles)."""
    from ..models.vc_member import VcMember  # noqa: PLC0415

    return VcMember


@_attrs_define
class VcCreateMeetingRequest:
    """
    Attributes:
        subject (str):
        start_time (int): Start, epoch milliseconds; in the future for a reserved meeting (105204 otherwise).
        member (list[VcMember]): The members; exactly one must have role admin (105230 otherwise).
        org_id (int): The org id as a JSON number: the videoconference service takes numeric org ids, and the platform's
            SDK sends an all-digit id as a number (pass int("524288") for the org "524288").
        auto_record (VcAutoRecord | Unset): 0 no recording, 1 record the meeting automatically. Default: 0.
        type_ (VcMeetingType | Unset): 0 instant meeting (starts now), 1 reserved meeting (starts at startTime, which
            must be in the future). Default: 1.
        group_new (int | Unset): Passed to the platform as given (0 by default); its meaning is undocumented. Default:
            0.
        conf_password (str | Unset): Password to join; empty for none. Default: ''.
        control_password (str | Unset): Password for host control; empty for none. Default: ''.
        ext_attr (str | Unset): The app's own data for the meeting. Default: ''.
        mask_type (int | Unset): Passed to the platform as given (0 by default); its meaning is undocumented. Default:
            0.
        join_mute (int | Unset): Mute members as they join; sent only when given (the platform documents no values).
        open_mute (int | Unset): Sent only when given (the platform documents no values).
        enable_pre_join (int | Unset): Let members join before the host; sent only when given (the platform documents no
            values).
        invite_admin (int | Unset): Sent only when given (the platform documents no values).
        user_stop_time (int | Unset): When the meeting ends by itself, epoch milliseconds.
    """

    subject: str
    start_time: int
    member: list[VcMember]
    org_id: int
    auto_record: VcAutoRecord | Unset = 0
    type_: VcMeetingType | Unset = 1
    group_new: int | Unset = 0
    conf_password: str | Unset = ""
    control_password: str | Unset = ""
    ext_attr: str | Unset = ""
    mask_type: int | Unset = 0
    join_mute: int | Unset = UNSET
    open_mute: int | Unset = UNSET
    enable_pre_join: int | Unset = UNSET
    invite_admin: int | Unset = UNSET
    user_stop_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["subject"] = self.subject

        field_dict["startTime"] = self.start_time

        field_dict["member"] = [item.to_dict() for item in self.member]

        field_dict["orgId"] = self.org_id

        if self.auto_record is not UNSET:
            field_dict["autoRecord"] = self.auto_record

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.group_new is not UNSET:
            field_dict["groupNew"] = self.group_new

        if self.conf_password is not UNSET:
            field_dict["confPassword"] = self.conf_password

        if self.control_password is not UNSET:
            field_dict["controlPassword"] = self.control_password

        if self.ext_attr is not UNSET:
            field_dict["extAttr"] = self.ext_attr

        if self.mask_type is not UNSET:
            field_dict["maskType"] = self.mask_type

        if self.join_mute is not UNSET:
            field_dict["joinMute"] = self.join_mute

        if self.open_mute is not UNSET:
            field_dict["openMute"] = self.open_mute

        if self.enable_pre_join is not UNSET:
            field_dict["enablePreJoin"] = self.enable_pre_join

        if self.invite_admin is not UNSET:
            field_dict["inviteAdmin"] = self.invite_admin

        if self.user_stop_time is not UNSET:
            field_dict["userStopTime"] = self.user_stop_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcCreateMeetingRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        subject = d["subject"]

        start_time = d["startTime"]

        member = []
        _member = d["member"]
        for member_item_data in _member:
            member_item = _VcMember_class().from_dict(member_item_data)

            member.append(member_item)

        org_id = d["orgId"]

        _auto_record = _get("autoRecord", UNSET)
        auto_record: VcAutoRecord | Unset
        if isinstance(_auto_record, Unset):
            auto_record = UNSET
        else:
            auto_record = check_vc_auto_record(_auto_record)

        _type_ = _get("type", UNSET)
        type_: VcMeetingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_vc_meeting_type(_type_)

        group_new = _get("groupNew", UNSET)

        conf_password = _get("confPassword", UNSET)

        control_password = _get("controlPassword", UNSET)

        ext_attr = _get("extAttr", UNSET)

        mask_type = _get("maskType", UNSET)

        join_mute = _get("joinMute", UNSET)

        open_mute = _get("openMute", UNSET)

        enable_pre_join = _get("enablePreJoin", UNSET)

        invite_admin = _get("inviteAdmin", UNSET)

        user_stop_time = _get("userStopTime", UNSET)

        vc_create_meeting_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                subject,
                start_time,
                member,
                org_id,
                auto_record,
                type_,
                group_new,
                conf_password,
                control_password,
                ext_attr,
                mask_type,
                join_mute,
                open_mute,
                enable_pre_join,
                invite_admin,
                user_stop_time,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_create_meeting_request.additional_properties = _extra
        return vc_create_meeting_request

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
