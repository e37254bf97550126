# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boardroom_booking import BoardroomBooking
    from ..models.boardroom_closure import BoardroomClosure


T = TypeVar("T", bound="BoardroomSchedule")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "peopleNum",
        "canReserveFlag",
        "reserveDtoList",
        "deactivatedInfoList",
    }
)


@_cache
def _BoardroomBooking_class() -> type[BoardroomBooking]:
    """`BoardroomBooking`, imported on first use (the models refer to each other in cycles)."""
    from ..models.boardroom_booking import BoardroomBooking  # noqa: PLC0415

    return BoardroomBooking


@_cache
def _BoardroomClosure_class() -> type[BoardroomClosure]:
    """`BoardroomClosure`, imported on first use (the models refer to each other in cycles)."""
    from ..models.boardroom_closure import BoardroomClosure  # noqa: PLC0415

    return BoardroomClosure


@_attrs_define
class BoardroomSchedule:
    """
    Attributes:
        id (str | Unset): The room's id.
        name (str | Unset):
        people_num (int | Unset):
        can_reserve_flag (str | Unset):
        reserve_dto_list (list[BoardroomBooking] | Unset): The bookings on the date.
        deactivated_info_list (list[BoardroomClosure] | Unset): The closures on the date.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    people_num: int | Unset = UNSET
    can_reserve_flag: str | Unset = UNSET
    reserve_dto_list: list[BoardroomBooking] | Unset = UNSET
    deactivated_info_list: list[BoardroomClosure] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.people_num is not UNSET:
            field_dict["peopleNum"] = self.people_num

        if self.can_reserve_flag is not UNSET:
            field_dict["canReserveFlag"] = self.can_reserve_flag

        if type(self.reserve_dto_list) is not Unset:
            field_dict["reserveDtoList"] = [item.to_dict() for item in self.reserve_dto_list]

        if type(self.deactivated_info_list) is not Unset:
            field_dict["deactivatedInfoList"] = [item.to_dict() for item in self.deactivated_info_list]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BoardroomSchedule is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        name = _get("name", UNSET)

        people_num = _get("peopleNum", UNSET)

        can_reserve_flag = _get("canReserveFlag", UNSET)

        _reserve_dto_list = _get("reserveDtoList", UNSET)
        reserve_dto_list: list[BoardroomBooking] | Unset = UNSET
        if _reserve_dto_list is not UNSET:
            reserve_dto_list = []
            for reserve_dto_list_item_data in _reserve_dto_list:
                reserve_dto_list_item = _BoardroomBooking_class().from_dict(reserve_dto_list_item_data)

                reserve_dto_list.append(reserve_dto_list_item)

        _deactivated_info_list = _get("deactivatedInfoList", UNSET)
        deactivated_info_list: list[BoardroomClosure] | Unset = UNSET
        if _deactivated_info_list is not UNSET:
            deactivated_info_list = []
            for deactivated_info_list_item_data in _deactivated_info_list:
                deactivated_info_list_item = _BoardroomClosure_class().from_dict(deactivated_info_list_item_data)

                deactivated_info_list.append(deactivated_info_list_item)

        boardroom_schedule = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            name,
            people_num,
            can_reserve_flag,
            reserve_dto_list,
            deactivated_info_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom_schedule.additional_properties = _extra
        return boardroom_schedule

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
