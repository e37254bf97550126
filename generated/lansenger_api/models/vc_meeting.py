# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vc_auto_record import VcAutoRecord, check_vc_auto_record
from ..models.vc_create_source import VcCreateSource, check_vc_create_source
from ..models.vc_meeting_status import VcMeetingStatus, check_vc_meeting_status
from ..models.vc_meeting_type import VcMeetingType, check_vc_meeting_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="VcMeeting")
_FIELDS = frozenset(
    {
        "id",
        "mid",
        "subject",
        "meetingNumber",
        "startTime",
        "stopTime",
        "type",
        "status",
        "admin",
        "adminName",
        "autoRecord",
        "confPassword",
        "controlPassword",
        "createSource",
        "ctime",
        "mtime",
        "haveVodRecord",
    }
)


@_attrs_define
class VcMeeting:
    """A meeting as the platform answers it (create, update, detail, lists). Create answers may name the id `mid` instead
    of `id`. Fields not listed here are kept.

        Attributes:
            id (int | Unset): The meeting id, the `mid` of every other operation.
            mid (int | Unset): The meeting id, in answers that name it so.
            subject (str | Unset):
            meeting_number (str | Unset): The number people dial or type to join; may be empty for a reserved meeting.
            start_time (int | Unset): Start, epoch milliseconds.
            stop_time (int | Unset): End, epoch milliseconds; 0 while the meeting has not ended.
            type_ (VcMeetingType | Unset): 0 instant meeting (starts now), 1 reserved meeting (starts at startTime, which
                must be in the future).
            status (VcMeetingStatus | Unset): A meeting's status, from the platform's skill docs: 0 not started, 1 started,
                2 everyone muted, 3 locked, 4 ended, 5 cancelled. Answers keep any other value.
            admin (str | Unset): The host's staff id.
            admin_name (str | Unset): The host's name.
            auto_record (VcAutoRecord | Unset): 0 no recording, 1 record the meeting automatically.
            conf_password (str | Unset):
            control_password (str | Unset):
            create_source (VcCreateSource | Unset): Where a meeting was created; 0 the platform's own clients, 1 a third-
                party app (this API).
            ctime (int | Unset): Created, epoch milliseconds.
            mtime (int | Unset): Last changed, epoch milliseconds.
            have_vod_record (bool | int | Unset): Whether the meeting has recordings (1 / 0).
    """

    id: int | Unset = UNSET
    mid: int | Unset = UNSET
    subject: str | Unset = UNSET
    meeting_number: str | Unset = UNSET
    start_time: int | Unset = UNSET
    stop_time: int | Unset = UNSET
    type_: VcMeetingType | Unset = UNSET
    status: VcMeetingStatus | Unset = UNSET
    admin: str | Unset = UNSET
    admin_name: str | Unset = UNSET
    auto_record: VcAutoRecord | Unset = UNSET
    conf_password: str | Unset = UNSET
    control_password: str | Unset = UNSET
    create_source: VcCreateSource | Unset = UNSET
    ctime: int | Unset = UNSET
    mtime: int | Unset = UNSET
    have_vod_record: bool | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.mid is not UNSET:
            field_dict["mid"] = self.mid

        if self.subject is not UNSET:
            field_dict["subject"] = self.subject

        if self.meeting_number is not UNSET:
            field_dict["meetingNumber"] = self.meeting_number

        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time

        if self.stop_time is not UNSET:
            field_dict["stopTime"] = self.stop_time

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.admin is not UNSET:
            field_dict["admin"] = self.admin

        if self.admin_name is not UNSET:
            field_dict["adminName"] = self.admin_name

        if self.auto_record is not UNSET:
            field_dict["autoRecord"] = self.auto_record

        if self.conf_password is not UNSET:
            field_dict["confPassword"] = self.conf_password

        if self.control_password is not UNSET:
            field_dict["controlPassword"] = self.control_password

        if self.create_source is not UNSET:
            field_dict["createSource"] = self.create_source

        if self.ctime is not UNSET:
            field_dict["ctime"] = self.ctime

        if self.mtime is not UNSET:
            field_dict["mtime"] = self.mtime

        have_vod_record: bool | int | Unset
        if isinstance(self.have_vod_record, Unset):
            have_vod_record = UNSET
        else:
            have_vod_record = self.have_vod_record
        if have_vod_record is not UNSET:
            field_dict["haveVodRecord"] = have_vod_record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcMeeting is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        mid = _get("mid", UNSET)

        subject = _get("subject", UNSET)

        meeting_number = _get("meetingNumber", UNSET)

        start_time = _get("startTime", UNSET)

        stop_time = _get("stopTime", UNSET)

        _type_ = _get("type", UNSET)
        type_: VcMeetingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_vc_meeting_type(_type_)

        _status = _get("status", UNSET)
        status: VcMeetingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_vc_meeting_status(_status)

        admin = _get("admin", UNSET)

        admin_name = _get("adminName", UNSET)

        _auto_record = _get("autoRecord", UNSET)
        auto_record: VcAutoRecord | Unset
        if isinstance(_auto_record, Unset):
            auto_record = UNSET
        else:
            auto_record = check_vc_auto_record(_auto_record)

        conf_password = _get("confPassword", UNSET)

        control_password = _get("controlPassword", UNSET)

        _create_source = _get("createSource", UNSET)
        create_source: VcCreateSource | Unset
        if isinstance(_create_source, Unset):
            create_source = UNSET
        else:
            create_source = check_vc_create_source(_create_source)

        ctime = _get("ctime", UNSET)

        mtime = _get("mtime", UNSET)

        have_vod_record: bool | int | Unset = _get("haveVodRecord", UNSET)

        vc_meeting = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            mid,
            subject,
            meeting_number,
            start_time,
            stop_time,
            type_,
            status,
            admin,
            admin_name,
            auto_record,
            conf_password,
            control_password,
            create_source,
            ctime,
            mtime,
            have_vod_record,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_meeting.additional_properties = _extra
        return vc_meeting

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
