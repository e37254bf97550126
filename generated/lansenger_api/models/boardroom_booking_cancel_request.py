# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boardroom_cancel_type import BoardroomCancelType, check_boardroom_cancel_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardroomBookingCancelRequest")
_FIELDS = frozenset(
    {
        "id",
        "cancelUserId",
        "orgId",
        "cancelReason",
        "isSend",
        "userList",
        "cancelVideo",
        "cancelType",
    }
)


@_attrs_define
class BoardroomBookingCancelRequest:
    """
    Attributes:
        id (str): The booking's id.
        cancel_user_id (str | Unset): Who cancels; ignored with a user token.
        org_id (str | Unset): Ignored with a user token.
        cancel_reason (str | Unset):
        is_send (bool | Unset): Whether to notify the attendees; the platform's default is false.
        user_list (list[str] | Unset): Staff ids to notify.
        cancel_video (str | Unset): Whether to cancel the booking's video meeting too.
        cancel_type (BoardroomCancelType | Unset): "1" this booking only, "2" this one and the following ones of its
            series, "3" every unfinished booking of its series.
    """

    id: str
    cancel_user_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    cancel_reason: str | Unset = UNSET
    is_send: bool | Unset = UNSET
    user_list: list[str] | Unset = UNSET
    cancel_video: str | Unset = UNSET
    cancel_type: BoardroomCancelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["id"] = self.id

        if self.cancel_user_id is not UNSET:
            field_dict["cancelUserId"] = self.cancel_user_id

        if self.org_id is not UNSET:
            field_dict["orgId"] = self.org_id

        if self.cancel_reason is not UNSET:
            field_dict["cancelReason"] = self.cancel_reason

        if self.is_send is not UNSET:
            field_dict["isSend"] = self.is_send

        if self.user_list is not UNSET:
            field_dict["userList"] = self.user_list

        if self.cancel_video is not UNSET:
            field_dict["cancelVideo"] = self.cancel_video

        if self.cancel_type is not UNSET:
            field_dict["cancelType"] = self.cancel_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BoardroomBookingCancelRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = d["id"]

        cancel_user_id = _get("cancelUserId", UNSET)

        org_id = _get("orgId", UNSET)

        cancel_reason = _get("cancelReason", UNSET)

        is_send = _get("isSend", UNSET)

        user_list: list[str] = _get("userList", UNSET)

        cancel_video = _get("cancelVideo", UNSET)

        _cancel_type = _get("cancelType", UNSET)
        cancel_type: BoardroomCancelType | Unset
        if isinstance(_cancel_type, Unset):
            cancel_type = UNSET
        else:
            cancel_type = check_boardroom_cancel_type(_cancel_type)

        boardroom_booking_cancel_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                id,
                cancel_user_id,
                org_id,
                cancel_reason,
                is_send,
                user_list,
                cancel_video,
                cancel_type,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom_booking_cancel_request.additional_properties = _extra
        return boardroom_booking_cancel_request

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
