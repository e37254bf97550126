# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vc_device_kind import VcDeviceKind, check_vc_device_kind
from ..models.vc_invitee_type import VcInviteeType, check_vc_invitee_type
from ..models.vc_switch import VcSwitch, check_vc_switch
from ..types import UNSET, Unset

T = TypeVar("T", bound="VcInvitee")
_FIELDS = frozenset(
    {
        "staffId",
        "employeeName",
        "type",
        "audio",
        "video",
        "typeMask",
    }
)


@_attrs_define
class VcInvitee:
    """Someone (or a device) invited into a running meeting.

    Attributes:
        staff_id (str):
        employee_name (str): The name shown in the meeting; the platform refuses an invitee without it (105263).
        type_ (VcInviteeType): 0 a member of this platform, 1 a Xiaoyu (小鱼) device.
        audio (VcSwitch | Unset): An invitee's microphone or camera on joining; note the inversion, 0 on and 1 off.
            Default: 0.
        video (VcSwitch | Unset): An invitee's microphone or camera on joining; note the inversion, 0 on and 1 off.
            Default: 0.
        type_mask (VcDeviceKind | Unset): The kind of Xiaoyu device (invitee type 1); 1 PSTN phone, 2 Xiaoyu terminal, 3
            H.323 endpoint.
    """

    staff_id: str
    employee_name: str
    type_: VcInviteeType
    audio: VcSwitch | Unset = 0
    video: VcSwitch | Unset = 0
    type_mask: VcDeviceKind | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["staffId"] = self.staff_id

        field_dict["employeeName"] = self.employee_name

        field_dict["type"] = self.type_

        if self.audio is not UNSET:
            field_dict["audio"] = self.audio

        if self.video is not UNSET:
            field_dict["video"] = self.video

        if self.type_mask is not UNSET:
            field_dict["typeMask"] = self.type_mask

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcInvitee is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = d["staffId"]

        employee_name = d["employeeName"]

        type_ = check_vc_invitee_type(d["type"])

        _audio = _get("audio", UNSET)
        audio: VcSwitch | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = check_vc_switch(_audio)

        _video = _get("video", UNSET)
        video: VcSwitch | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = check_vc_switch(_video)

        _type_mask = _get("typeMask", UNSET)
        type_mask: VcDeviceKind | Unset
        if isinstance(_type_mask, Unset):
            type_mask = UNSET
        else:
            type_mask = check_vc_device_kind(_type_mask)

        vc_invitee = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            employee_name,
            type_,
            audio,
            video,
            type_mask,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_invitee.additional_properties = _extra
        return vc_invitee

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
