# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardroomScheduleRequest")
_FIELDS = frozenset(
    {
        "roomId",
        "queryDate",
        "gradingId",
        "reserveUserId",
        "orgId",
    }
)


@_attrs_define
class BoardroomScheduleRequest:
    """
    Attributes:
        room_id (str):
        query_date (str): "yyyy-MM-dd".
        grading_id (str):
        reserve_user_id (str | Unset): Only bookings of this staff member.
        org_id (str | Unset): Ignored with a user token.
    """

    room_id: str
    query_date: str
    grading_id: str
    reserve_user_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["roomId"] = self.room_id

        field_dict["queryDate"] = self.query_date

        field_dict["gradingId"] = self.grading_id

        if self.reserve_user_id is not UNSET:
            field_dict["reserveUserId"] = self.reserve_user_id

        if self.org_id is not UNSET:
            field_dict["orgId"] = self.org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BoardroomScheduleRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        room_id = d["roomId"]

        query_date = d["queryDate"]

        grading_id = d["gradingId"]

        reserve_user_id = _get("reserveUserId", UNSET)

        org_id = _get("orgId", UNSET)

        boardroom_schedule_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                room_id,
                query_date,
                grading_id,
                reserve_user_id,
                org_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom_schedule_request.additional_properties = _extra
        return boardroom_schedule_request

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
