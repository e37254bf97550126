# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSubscriptionEvent")
_FIELDS = frozenset(
    {
        "staffId",
        "staff_id",
        "createTime",
        "start_time",
    }
)


@_attrs_define
class AccountSubscriptionEvent:
    """account_subscribe / account_unsubscribe: a user followed or unfollowed the public account. The official sample
    spells the fields in snake_case (staff_id, start_time), so both spellings are listed.

        Attributes:
            staffId (str | Unset):
            staff_id (str | Unset): The user, as the official sample spells it.
            create_time (int | str | Unset): When it happened, unix microseconds (16 digits, as text in samples).
            start_time (int | str | Unset): The official sample's field (its value there is free text, not a time).
    """

    staffId: str | Unset = UNSET
    staff_id: str | Unset = UNSET
    create_time: int | str | Unset = UNSET
    start_time: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staffId is not UNSET:
            field_dict["staffId"] = self.staffId

        if self.staff_id is not UNSET:
            field_dict["staff_id"] = self.staff_id

        create_time: int | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time
        if create_time is not UNSET:
            field_dict["createTime"] = create_time

        start_time: int | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AccountSubscriptionEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staffId = _get("staffId", UNSET)

        staff_id = _get("staff_id", UNSET)

        create_time: int | str | Unset = _get("createTime", UNSET)

        start_time: int | str | Unset = _get("start_time", UNSET)

        account_subscription_event = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                staffId,
                staff_id,
                create_time,
                start_time,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        account_subscription_event.additional_properties = _extra
        return account_subscription_event

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
