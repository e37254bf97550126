# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_mobile_phone import StaffMobilePhone


T = TypeVar("T", bound="TagStaff")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "mobilePhone",
    }
)


@_cache
def _StaffMobilePhone_class() -> type[StaffMobilePhone]:
    """`StaffMobilePhone`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_mobile_phone import StaffMobilePhone  # noqa: PLC0415

    return StaffMobilePhone


@_attrs_define
class TagStaff:
    """
    Attributes:
        id (str | Unset): The staff id.
        name (str | Unset):
        mobile_phone (StaffMobilePhone | Unset): A phone number. The 2021 spec names countryCode and number; the Python
            SDK's fixtures phoneNumber; whichever arrive are kept.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    mobile_phone: StaffMobilePhone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if type(self.mobile_phone) is not Unset:
            field_dict["mobilePhone"] = self.mobile_phone.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TagStaff is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        name = _get("name", UNSET)

        _mobile_phone = _get("mobilePhone", UNSET)
        mobile_phone: StaffMobilePhone | Unset
        if isinstance(_mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = _StaffMobilePhone_class().from_dict(_mobile_phone)

        tag_staff = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            name,
            mobile_phone,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        tag_staff.additional_properties = _extra
        return tag_staff

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
