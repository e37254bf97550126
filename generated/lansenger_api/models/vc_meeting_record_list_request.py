# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vc_create_source import VcCreateSource, check_vc_create_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="VcMeetingRecordListRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "startTime",
        "endTime",
        "limit",
        "offset",
        "admin",
        "createSource",
    }
)


@_attrs_define
class VcMeetingRecordListRequest:
    """
    Attributes:
        org_id (int): The org id as a JSON number: the videoconference service takes numeric org ids, and the platform's
            SDK sends an all-digit id as a number (pass int("524288") for the org "524288").
        start_time (int): Start of the range, epoch milliseconds.
        end_time (int): End of the range, epoch milliseconds.
        limit (int | Unset): Page size (10 unless given, as in the platform's SDK). Default: 10.
        offset (int | Unset): How many entries to skip; 0 for the first page, then the previous offset + limit. Default:
            0.
        admin (str | Unset): Only meetings this staff member hosted; empty for any host. Default: ''.
        create_source (VcCreateSource | Unset): Where a meeting was created; 0 the platform's own clients, 1 a third-
            party app (this API). Default: 0.
    """

    org_id: int
    start_time: int
    end_time: int
    limit: int | Unset = 10
    offset: int | Unset = 0
    admin: str | Unset = ""
    create_source: VcCreateSource | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        field_dict["startTime"] = self.start_time

        field_dict["endTime"] = self.end_time

        if self.limit is not UNSET:
            field_dict["limit"] = self.limit

        if self.offset is not UNSET:
            field_dict["offset"] = self.offset

        if self.admin is not UNSET:
            field_dict["admin"] = self.admin

        if self.create_source is not UNSET:
            field_dict["createSource"] = self.create_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcMeetingRecordListRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        start_time = d["startTime"]

        end_time = d["endTime"]

        limit = _get("limit", UNSET)

        offset = _get("offset", UNSET)

        admin = _get("admin", UNSET)

        _create_source = _get("createSource", UNSET)
        create_source: VcCreateSource | Unset
        if isinstance(_create_source, Unset):
            create_source = UNSET
        else:
            create_source = check_vc_create_source(_create_source)

        vc_meeting_record_list_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                org_id,
                start_time,
                end_time,
                limit,
                offset,
                admin,
                create_source,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_meeting_record_list_request.additional_properties = _extra
        return vc_meeting_record_list_request

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
