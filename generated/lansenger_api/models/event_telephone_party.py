# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_mobile_phone import EventMobilePhone


T = TypeVar("T", bound="EventTelephoneParty")
_FIELDS = frozenset(
    {
        "staffId",
        "mobilePhone",
    }
)


@_cache
def _EventMobilePhone_class() -> type[EventMobilePhone]:
    """`EventMobilePhone`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_mobile_phone import EventMobilePhone  # noqa: PLC0415

    return EventMobilePhone


@_attrs_define
class EventTelephoneParty:
    """
    Attributes:
        staff_id (str | Unset):
        mobile_phone (EventMobilePhone | Unset):
    """

    staff_id: str | Unset = UNSET
    mobile_phone: EventMobilePhone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if type(self.mobile_phone) is not Unset:
            field_dict["mobilePhone"] = self.mobile_phone.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"EventTelephoneParty is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        _mobile_phone = _get("mobilePhone", UNSET)
        mobile_phone: EventMobilePhone | Unset
        if isinstance(_mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = _EventMobilePhone_class().from_dict(_mobile_phone)

        event_telephone_party = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            mobile_phone,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        event_telephone_party.additional_properties = _extra
        return event_telephone_party

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
