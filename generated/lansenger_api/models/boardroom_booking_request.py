# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boardroom_notice_time import BoardroomNoticeTime, check_boardroom_notice_time
from ..models.boardroom_reserve_type import BoardroomReserveType, check_boardroom_reserve_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardroomBookingRequest")
_FIELDS = frozenset(
    {
        "boardRoomId",
        "name",
        "gradingId",
        "reserveTimeStartStr",
        "reserveTimeEndStr",
        "noticeTime",
        "reserveType",
        "reserveUser",
        "orgId",
        "toastmaster",
        "leader",
        "leaderAttend",
        "peopleNumber",
        "otherDemand",
        "isVideo",
        "videoName",
        "userList",
        "invitationUserList",
        "tableCards",
        "repeatType",
        "repeatDays",
        "skip",
        "repeatEndDateStr",
    }
)


@_attrs_define
class BoardroomBookingRequest:
    """The platform's ExternalReserveRoomVO.

    Attributes:
        board_room_id (str): The room's id.
        name (str): The meeting's name.
        grading_id (str):
        reserve_time_start_str (str): "yyyy-MM-dd HH:mm:ss".
        reserve_time_end_str (str): "yyyy-MM-dd HH:mm:ss".
        notice_time (BoardroomNoticeTime): When attendees are reminded, as the platform's own Chinese text (it defines
            no codes): never, at once, 15 or 30 minutes, 1 or 2 hours, or 1 day before.
        reserve_type (BoardroomReserveType | Unset): "0" a single booking, "1" a repeating one. Default: '0'.
        reserve_user (str | Unset): The booker's staff id; ignored with a user token.
        org_id (str | Unset): Ignored with a user token.
        toastmaster (str | Unset): The meeting's host.
        leader (str | Unset): The leader attending.
        leader_attend (str | Unset): Inverted: "0" the leader attends, "1" does not.
        people_number (str | Unset): Expected attendance, a number as text (the platform's SDK sends text).
        other_demand (str | Unset): Other requests (tea, equipment, ...).
        is_video (str | Unset): Inverted: "0" with a video meeting, "1" without.
        video_name (str | Unset): The video meeting's name.
        user_list (list[str] | Unset): Staff ids of the attendees.
        invitation_user_list (list[str] | Unset): Staff ids of people invited.
        table_cards (str | Unset): Inverted: "0" with table name cards, "1" without.
        repeat_type (str | Unset): How a repeating booking repeats, e.g. "week".
        repeat_days (list[int] | Unset): The days a repeating booking falls on, e.g. [1, 3, 5] for Monday, Wednesday,
            Friday.
        skip (str | Unset): "0" to skip public holidays.
        repeat_end_date_str (str | Unset): When a repeating booking ends, "yyyy-MM-dd HH:mm:ss".
    """

    board_room_id: str
    name: str
    grading_id: str
    reserve_time_start_str: str
    reserve_time_end_str: str
    notice_time: BoardroomNoticeTime
    reserve_type: BoardroomReserveType | Unset = "0"
    reserve_user: str | Unset = UNSET
    org_id: str | Unset = UNSET
    toastmaster: str | Unset = UNSET
    leader: str | Unset = UNSET
    leader_attend: str | Unset = UNSET
    people_number: str | Unset = UNSET
    other_demand: str | Unset = UNSET
    is_video: str | Unset = UNSET
    video_name: str | Unset = UNSET
    user_list: list[str] | Unset = UNSET
    invitation_user_list: list[str] | Unset = UNSET
    table_cards: str | Unset = UNSET
    repeat_type: str | Unset = UNSET
    repeat_days: list[int] | Unset = UNSET
    skip: str | Unset = UNSET
    repeat_end_date_str: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["boardRoomId"] = self.board_room_id

        field_dict["name"] = self.name

        field_dict["gradingId"] = self.grading_id

        field_dict["reserveTimeStartStr"] = self.reserve_time_start_str

        field_dict["reserveTimeEndStr"] = self.reserve_time_end_str

        field_dict["noticeTime"] = self.notice_time

        if self.reserve_type is not UNSET:
            field_dict["reserveType"] = self.reserve_type

        if self.reserve_user is not UNSET:
            field_dict["reserveUser"] = self.reserve_user

        if self.org_id is not UNSET:
            field_dict["orgId"] = self.org_id

        if self.toastmaster is not UNSET:
            field_dict["toastmaster"] = self.toastmaster

        if self.leader is not UNSET:
            field_dict["leader"] = self.leader

        if self.leader_attend is not UNSET:
            field_dict["leaderAttend"] = self.leader_attend

        if self.people_number is not UNSET:
            field_dict["peopleNumber"] = self.people_number

        if self.other_demand is not UNSET:
            field_dict["otherDemand"] = self.other_demand

        if self.is_video is not UNSET:
            field_dict["isVideo"] = self.is_video

        if self.video_name is not UNSET:
            field_dict["videoName"] = self.video_name

        if self.user_list is not UNSET:
            field_dict["userList"] = self.user_list

        if self.invitation_user_list is not UNSET:
            field_dict["invitationUserList"] = self.invitation_user_list

        if self.table_cards is not UNSET:
            field_dict["tableCards"] = self.table_cards

        if self.repeat_type is not UNSET:
            field_dict["repeatType"] = self.repeat_type

        if self.repeat_days is not UNSET:
            field_dict["repeatDays"] = self.repeat_days

        if self.skip is not UNSET:
            field_dict["skip"] = self.skip

        if self.repeat_end_date_str is not UNSET:
            field_dict["repeatEndDateStr"] = self.repeat_end_date_str

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BoardroomBookingRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        board_room_id = d["boardRoomId"]

        name = d["name"]

        grading_id = d["gradingId"]

        reserve_time_start_str = d["reserveTimeStartStr"]

        reserve_time_end_str = d["reserveTimeEndStr"]

        notice_time = check_boardroom_notice_time(d["noticeTime"])

        _reserve_type = _get("reserveType", UNSET)
        reserve_type: BoardroomReserveType | Unset
        if isinstance(_reserve_type, Unset):
            reserve_type = UNSET
        else:
            reserve_type = check_boardroom_reserve_type(_reserve_type)

        reserve_user = _get("reserveUser", UNSET)

        org_id = _get("orgId", UNSET)

        toastmaster = _get("toastmaster", UNSET)

        leader = _get("leader", UNSET)

        leader_attend = _get("leaderAttend", UNSET)

        people_number = _get("peopleNumber", UNSET)

        other_demand = _get("otherDemand", UNSET)

        is_video = _get("isVideo", UNSET)

        video_name = _get("videoName", UNSET)

        user_list: list[str] = _get("userList", UNSET)

        invitation_user_list: list[str] = _get("invitationUserList", UNSET)

        table_cards = _get("tableCards", UNSET)

        repeat_type = _get("repeatType", UNSET)

        repeat_days: list[int] = _get("repeatDays", UNSET)

        skip = _get("skip", UNSET)

        repeat_end_date_str = _get("repeatEndDateStr", UNSET)

        boardroom_booking_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                board_room_id,
                name,
                grading_id,
                reserve_time_start_str,
                reserve_time_end_str,
                notice_time,
                reserve_type,
                reserve_user,
                org_id,
                toastmaster,
                leader,
                leader_attend,
                people_number,
                other_demand,
                is_video,
                video_name,
                user_list,
                invitation_user_list,
                table_cards,
                repeat_type,
                repeat_days,
                skip,
                repeat_end_date_str,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom_booking_request.additional_properties = _extra
        return boardroom_booking_request

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
