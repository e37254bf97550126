# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boardroom_status import BoardroomStatus, check_boardroom_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardroomBooking")
_FIELDS = frozenset(
    {
        "id",
        "reserveCode",
        "boardRoomName",
        "name",
        "status",
        "reserveTimeStart",
        "reserveTimeEnd",
        "reserveTime",
        "reserveUserName",
        "peopleNumber",
    }
)


@_attrs_define
class BoardroomBooking:
    """A booking. The platform documents these fields; the attendee and approval lists and any other field are kept as
    answered.

        Attributes:
            id (str | Unset): The booking's id.
            reserve_code (str | Unset): The booking's number, e.g. "BR001".
            board_room_name (str | Unset):
            name (str | Unset): The meeting's name.
            status (BoardroomStatus | Unset): A booking's status, as a string. 0 waiting for approval (审批中), 1 waiting for
                scan-code sign-in (待扫码确认), 2 sign-in timed out (扫码超时), 3 rejected (驳回), 4 cancelled (撤销), 5 booked (预定成功), 6
                finished (完成).
            reserve_time_start (str | Unset): "yyyy-MM-dd HH:mm:ss".
            reserve_time_end (str | Unset): "yyyy-MM-dd HH:mm:ss".
            reserve_time (str | Unset): The duration as text, e.g. "1小时".
            reserve_user_name (str | Unset):
            people_number (str | Unset): Expected attendance, a number as text.
    """

    id: str | Unset = UNSET
    reserve_code: str | Unset = UNSET
    board_room_name: str | Unset = UNSET
    name: str | Unset = UNSET
    status: BoardroomStatus | Unset = UNSET
    reserve_time_start: str | Unset = UNSET
    reserve_time_end: str | Unset = UNSET
    reserve_time: str | Unset = UNSET
    reserve_user_name: str | Unset = UNSET
    people_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.reserve_code is not UNSET:
            field_dict["reserveCode"] = self.reserve_code

        if self.board_room_name is not UNSET:
            field_dict["boardRoomName"] = self.board_room_name

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.reserve_time_start is not UNSET:
            field_dict["reserveTimeStart"] = self.reserve_time_start

        if self.reserve_time_end is not UNSET:
            field_dict["reserveTimeEnd"] = self.reserve_time_end

        if self.reserve_time is not UNSET:
            field_dict["reserveTime"] = self.reserve_time

        if self.reserve_user_name is not UNSET:
            field_dict["reserveUserName"] = self.reserve_user_name

        if self.people_number is not UNSET:
            field_dict["peopleNumber"] = self.people_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BoardroomBooking is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        reserve_code = _get("reserveCode", UNSET)

        board_room_name = _get("boardRoomName", UNSET)

        name = _get("name", UNSET)

        _status = _get("status", UNSET)
        status: BoardroomStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_boardroom_status(_status)

        reserve_time_start = _get("reserveTimeStart", UNSET)

        reserve_time_end = _get("reserveTimeEnd", UNSET)

        reserve_time = _get("reserveTime", UNSET)

        reserve_user_name = _get("reserveUserName", UNSET)

        people_number = _get("peopleNumber", UNSET)

        boardroom_booking = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            reserve_code,
            board_room_name,
            name,
            status,
            reserve_time_start,
            reserve_time_end,
            reserve_time,
            reserve_user_name,
            people_number,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom_booking.additional_properties = _extra
        return boardroom_booking

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
