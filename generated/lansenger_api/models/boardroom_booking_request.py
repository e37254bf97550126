# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boardroom_notice_time import BoardroomNoticeTime, check_boardroom_notice_time
from ..models.boardroom_reserve_type import BoardroomReserveType, check_boardroom_reserve_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardroomBookingRequest")


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
        board_room_id = self.board_room_id

        name = self.name

        grading_id = self.grading_id

        reserve_time_start_str = self.reserve_time_start_str

        reserve_time_end_str = self.reserve_time_end_str

        notice_time: str = self.notice_time

        reserve_type: str | Unset = UNSET
        if not isinstance(self.reserve_type, Unset):
            reserve_type = self.reserve_type

        reserve_user = self.reserve_user

        org_id = self.org_id

        toastmaster = self.toastmaster

        leader = self.leader

        leader_attend = self.leader_attend

        people_number = self.people_number

        other_demand = self.other_demand

        is_video = self.is_video

        video_name = self.video_name

        user_list: list[str] | Unset = UNSET
        if not isinstance(self.user_list, Unset):
            user_list = self.user_list

        invitation_user_list: list[str] | Unset = UNSET
        if not isinstance(self.invitation_user_list, Unset):
            invitation_user_list = self.invitation_user_list

        table_cards = self.table_cards

        repeat_type = self.repeat_type

        repeat_days: list[int] | Unset = UNSET
        if not isinstance(self.repeat_days, Unset):
            repeat_days = self.repeat_days

        skip = self.skip

        repeat_end_date_str = self.repeat_end_date_str

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boardRoomId": board_room_id,
                "name": name,
                "gradingId": grading_id,
                "reserveTimeStartStr": reserve_time_start_str,
                "reserveTimeEndStr": reserve_time_end_str,
                "noticeTime": notice_time,
            }
        )
        if reserve_type is not UNSET:
            field_dict["reserveType"] = reserve_type
        if reserve_user is not UNSET:
            field_dict["reserveUser"] = reserve_user
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if toastmaster is not UNSET:
            field_dict["toastmaster"] = toastmaster
        if leader is not UNSET:
            field_dict["leader"] = leader
        if leader_attend is not UNSET:
            field_dict["leaderAttend"] = leader_attend
        if people_number is not UNSET:
            field_dict["peopleNumber"] = people_number
        if other_demand is not UNSET:
            field_dict["otherDemand"] = other_demand
        if is_video is not UNSET:
            field_dict["isVideo"] = is_video
        if video_name is not UNSET:
            field_dict["videoName"] = video_name
        if user_list is not UNSET:
            field_dict["userList"] = user_list
        if invitation_user_list is not UNSET:
            field_dict["invitationUserList"] = invitation_user_list
        if table_cards is not UNSET:
            field_dict["tableCards"] = table_cards
        if repeat_type is not UNSET:
            field_dict["repeatType"] = repeat_type
        if repeat_days is not UNSET:
            field_dict["repeatDays"] = repeat_days
        if skip is not UNSET:
            field_dict["skip"] = skip
        if repeat_end_date_str is not UNSET:
            field_dict["repeatEndDateStr"] = repeat_end_date_str

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_room_id = d.pop("boardRoomId")

        name = d.pop("name")

        grading_id = d.pop("gradingId")

        reserve_time_start_str = d.pop("reserveTimeStartStr")

        reserve_time_end_str = d.pop("reserveTimeEndStr")

        notice_time = check_boardroom_notice_time(d.pop("noticeTime"))

        _reserve_type = d.pop("reserveType", UNSET)
        reserve_type: BoardroomReserveType | Unset
        if isinstance(_reserve_type, Unset):
            reserve_type = UNSET
        else:
            reserve_type = check_boardroom_reserve_type(_reserve_type)

        reserve_user = d.pop("reserveUser", UNSET)

        org_id = d.pop("orgId", UNSET)

        toastmaster = d.pop("toastmaster", UNSET)

        leader = d.pop("leader", UNSET)

        leader_attend = d.pop("leaderAttend", UNSET)

        people_number = d.pop("peopleNumber", UNSET)

        other_demand = d.pop("otherDemand", UNSET)

        is_video = d.pop("isVideo", UNSET)

        video_name = d.pop("videoName", UNSET)

        user_list = cast(list[str], d.pop("userList", UNSET))

        invitation_user_list = cast(list[str], d.pop("invitationUserList", UNSET))

        table_cards = d.pop("tableCards", UNSET)

        repeat_type = d.pop("repeatType", UNSET)

        repeat_days = cast(list[int], d.pop("repeatDays", UNSET))

        skip = d.pop("skip", UNSET)

        repeat_end_date_str = d.pop("repeatEndDateStr", UNSET)

        boardroom_booking_request = cls(
            board_room_id=board_room_id,
            name=name,
            grading_id=grading_id,
            reserve_time_start_str=reserve_time_start_str,
            reserve_time_end_str=reserve_time_end_str,
            notice_time=notice_time,
            reserve_type=reserve_type,
            reserve_user=reserve_user,
            org_id=org_id,
            toastmaster=toastmaster,
            leader=leader,
            leader_attend=leader_attend,
            people_number=people_number,
            other_demand=other_demand,
            is_video=is_video,
            video_name=video_name,
            user_list=user_list,
            invitation_user_list=invitation_user_list,
            table_cards=table_cards,
            repeat_type=repeat_type,
            repeat_days=repeat_days,
            skip=skip,
            repeat_end_date_str=repeat_end_date_str,
        )

        boardroom_booking_request.additional_properties = d
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
