# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StaffInfoEvent")
_FIELDS = frozenset(
    {
        "staffId",
        "name",
        "mobile",
        "state",
        "sex",
        "email",
        "employId",
        "employeeId",
        "avatarId",
        "timestamp",
    }
)


@_attrs_define
class StaffInfoEvent:
    """staff_info — a staff member's details.

    Attributes:
        staff_id (str | Unset):
        name (str | Unset):
        mobile (str | Unset):
        state (int | str | Unset): Account state; the platform documents no values.
        sex (int | str | Unset): Sex; the platform documents no values.
        email (str | Unset):
        employ_id (str | Unset): Employee number.
        employee_id (str | Unset): Employee number, the other spelling the platform SDKs accept.
        avatar_id (str | Unset): Media id of the avatar.
        timestamp (int | str | Unset): Unix microseconds (16 digits, as text in samples).
    """

    staff_id: str | Unset = UNSET
    name: str | Unset = UNSET
    mobile: str | Unset = UNSET
    state: int | str | Unset = UNSET
    sex: int | str | Unset = UNSET
    email: str | Unset = UNSET
    employ_id: str | Unset = UNSET
    employee_id: str | Unset = UNSET
    avatar_id: str | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.mobile is not UNSET:
            field_dict["mobile"] = self.mobile

        state: int | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state
        if state is not UNSET:
            field_dict["state"] = state

        sex: int | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        else:
            sex = self.sex
        if sex is not UNSET:
            field_dict["sex"] = sex

        if self.email is not UNSET:
            field_dict["email"] = self.email

        if self.employ_id is not UNSET:
            field_dict["employId"] = self.employ_id

        if self.employee_id is not UNSET:
            field_dict["employeeId"] = self.employee_id

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StaffInfoEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        name = _get("name", UNSET)

        mobile = _get("mobile", UNSET)

        state: int | str | Unset = _get("state", UNSET)

        sex: int | str | Unset = _get("sex", UNSET)

        email = _get("email", UNSET)

        employ_id = _get("employId", UNSET)

        employee_id = _get("employeeId", UNSET)

        avatar_id = _get("avatarId", UNSET)

        timestamp: int | str | Unset = _get("timestamp", UNSET)

        staff_info_event = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            name,
            mobile,
            state,
            sex,
            email,
            employ_id,
            employee_id,
            avatar_id,
            timestamp,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        staff_info_event.additional_properties = _extra
        return staff_info_event

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
