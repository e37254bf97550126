# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Boardroom")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "status",
        "peopleNum",
        "canReserveFlag",
        "address",
        "areaName",
        "gradingId",
    }
)


@_attrs_define
class Boardroom:
    """A meeting room. The platform documents these fields; the details (equipment, service staff, ...) and any other field
    are kept as answered.

        Attributes:
            id (str | Unset):
            name (str | Unset):
            status (str | Unset): The room's own status (not a booking's).
            people_num (int | Unset): Seats.
            can_reserve_flag (str | Unset): Whether the user may book the room.
            address (str | Unset):
            area_name (str | Unset): The office area's name.
            grading_id (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    people_num: int | Unset = UNSET
    can_reserve_flag: str | Unset = UNSET
    address: str | Unset = UNSET
    area_name: str | Unset = UNSET
    grading_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.people_num is not UNSET:
            field_dict["peopleNum"] = self.people_num

        if self.can_reserve_flag is not UNSET:
            field_dict["canReserveFlag"] = self.can_reserve_flag

        if self.address is not UNSET:
            field_dict["address"] = self.address

        if self.area_name is not UNSET:
            field_dict["areaName"] = self.area_name

        if self.grading_id is not UNSET:
            field_dict["gradingId"] = self.grading_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Boardroom is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        name = _get("name", UNSET)

        status = _get("status", UNSET)

        people_num = _get("peopleNum", UNSET)

        can_reserve_flag = _get("canReserveFlag", UNSET)

        address = _get("address", UNSET)

        area_name = _get("areaName", UNSET)

        grading_id = _get("gradingId", UNSET)

        boardroom = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            name,
            status,
            people_num,
            can_reserve_flag,
            address,
            area_name,
            grading_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom.additional_properties = _extra
        return boardroom

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
