# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardroomBookingListRequest")
_FIELDS = frozenset(
    {
        "gradingId",
        "page",
        "limit",
        "keys",
        "startTime",
        "endTime",
        "boardRoomId",
        "areaOfficeFoolerIds",
        "lxUserId",
        "orgId",
    }
)


@_attrs_define
class BoardroomBookingListRequest:
    """
    Attributes:
        grading_id (str):
        page (int | Unset): The page, from 1; always sent. Default: 1.
        limit (int | Unset): Bookings per page; always sent. Default: 10.
        keys (str | Unset): Text to look for in the meeting's or the room's name.
        start_time (str | Unset): Only bookings ending after this, "yyyy-MM-dd" or "yyyy-MM-dd HH:mm[:ss]".
        end_time (str | Unset): Only bookings starting before this, "yyyy-MM-dd" or "yyyy-MM-dd HH:mm[:ss]".
        board_room_id (str | Unset): Only bookings of this room.
        area_office_fooler_ids (list[str] | Unset): Only bookings of rooms on these floors.
        lx_user_id (str | Unset): The user's staff id; ignored with a user token.
        org_id (str | Unset): Ignored with a user token.
    """

    grading_id: str
    page: int | Unset = 1
    limit: int | Unset = 10
    keys: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    board_room_id: str | Unset = UNSET
    area_office_fooler_ids: list[str] | Unset = UNSET
    lx_user_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["gradingId"] = self.grading_id

        if self.page is not UNSET:
            field_dict["page"] = self.page

        if self.limit is not UNSET:
            field_dict["limit"] = self.limit

        if self.keys is not UNSET:
            field_dict["keys"] = self.keys

        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time

        if self.end_time is not UNSET:
            field_dict["endTime"] = self.end_time

        if self.board_room_id is not UNSET:
            field_dict["boardRoomId"] = self.board_room_id

        if self.area_office_fooler_ids is not UNSET:
            field_dict["areaOfficeFoolerIds"] = self.area_office_fooler_ids

        if self.lx_user_id is not UNSET:
            field_dict["lxUserId"] = self.lx_user_id

        if self.org_id is not UNSET:
            field_dict["orgId"] = self.org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BoardroomBookingListRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        grading_id = d["gradingId"]

        page = _get("page", UNSET)

        limit = _get("limit", UNSET)

        keys = _get("keys", UNSET)

        start_time = _get("startTime", UNSET)

        end_time = _get("endTime", UNSET)

        board_room_id = _get("boardRoomId", UNSET)

        area_office_fooler_ids: list[str] = _get("areaOfficeFoolerIds", UNSET)

        lx_user_id = _get("lxUserId", UNSET)

        org_id = _get("orgId", UNSET)

        boardroom_booking_list_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                grading_id,
                page,
                limit,
                keys,
                start_time,
                end_time,
                board_room_id,
                area_office_fooler_ids,
                lx_user_id,
                org_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom_booking_list_request.additional_properties = _extra
        return boardroom_booking_list_request

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
