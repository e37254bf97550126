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


T = TypeVar("T", bound="StaffSearchHit")
_FIELDS = frozenset(
    {
        "staffId",
        "name",
        "avatarId",
        "icon",
        "email",
        "mobile",
        "mobilePhone",
    }
)


@_cache
def _StaffMobilePhone_class() -> type[StaffMobilePhone]:
    """`StaffMobilePhone`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_mobile_phone import StaffMobilePhone  # noqa: PLC0415

    return StaffMobilePhone


@_attrs_define
class StaffSearchHit:
    """
    Attributes:
        staff_id (str | Unset):
        name (str | Unset):
        avatar_id (str | Unset):
        icon (str | Unset): Avatar URL.
        email (str | Unset):
        mobile (str | Unset):
        mobile_phone (StaffMobilePhone | Unset): A phone number. The 2021 spec names countryCode and number; the Python
            SDK's fixtures phoneNumber; whichever arrive are kept.
    """

    staff_id: str | Unset = UNSET
    name: str | Unset = UNSET
    avatar_id: str | Unset = UNSET
    icon: str | Unset = UNSET
    email: str | Unset = UNSET
    mobile: str | Unset = UNSET
    mobile_phone: StaffMobilePhone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if self.email is not UNSET:
            field_dict["email"] = self.email

        if self.mobile is not UNSET:
            field_dict["mobile"] = self.mobile

        if type(self.mobile_phone) is not Unset:
            field_dict["mobilePhone"] = self.mobile_phone.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StaffSearchHit is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        name = _get("name", UNSET)

        avatar_id = _get("avatarId", UNSET)

        icon = _get("icon", UNSET)

        email = _get("email", UNSET)

        mobile = _get("mobile", UNSET)

        _mobile_phone = _get("mobilePhone", UNSET)
        mobile_phone: StaffMobilePhone | Unset
        if isinstance(_mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = _StaffMobilePhone_class().from_dict(_mobile_phone)

        staff_search_hit = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            name,
            avatar_id,
            icon,
            email,
            mobile,
            mobile_phone,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        staff_search_hit.additional_properties = _extra
        return staff_search_hit

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
