# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_ref import DepartmentRef
    from ..models.staff_mobile_phone import StaffMobilePhone


T = TypeVar("T", bound="DepartmentStaff")
_FIELDS = frozenset(
    {
        "staffId",
        "id",
        "name",
        "orgId",
        "orgName",
        "avatarId",
        "email",
        "mobile",
        "mobilePhone",
        "externalId",
        "parentId",
        "status",
        "ancestorDepartments",
    }
)


@_cache
def _DepartmentRef_class() -> type[DepartmentRef]:
    """`DepartmentRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.department_ref import DepartmentRef  # noqa: PLC0415

    return DepartmentRef


@_cache
def _StaffMobilePhone_class() -> type[StaffMobilePhone]:
    """`StaffMobilePhone`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_mobile_phone import StaffMobilePhone  # noqa: PLC0415

    return StaffMobilePhone


@_attrs_define
class DepartmentStaff:
    """One member. The Python SDK's fixtures show staffId and name; the platform's 2021 spec names id and more contact
    fields; whichever arrive are kept.

        Attributes:
            staff_id (str | Unset):
            id (str | Unset):
            name (str | Unset):
            org_id (int | str | Unset): The 2021 spec types this one orgId as an integer; a string elsewhere.
            org_name (str | Unset):
            avatar_id (str | Unset):
            email (str | Unset):
            mobile (str | Unset):
            mobile_phone (StaffMobilePhone | Unset): A phone number. The 2021 spec names countryCode and number; the Python
                SDK's fixtures phoneNumber; whichever arrive are kept.
            external_id (str | Unset):
            parent_id (str | Unset):
            status (int | Unset): 0 not activated, 1 normal, 2 frozen, 3 deleted.
            ancestor_departments (list[DepartmentRef] | Unset):
    """

    staff_id: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    org_id: int | str | Unset = UNSET
    org_name: str | Unset = UNSET
    avatar_id: str | Unset = UNSET
    email: str | Unset = UNSET
    mobile: str | Unset = UNSET
    mobile_phone: StaffMobilePhone | Unset = UNSET
    external_id: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    status: int | Unset = UNSET
    ancestor_departments: list[DepartmentRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        org_id: int | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id
        if org_id is not UNSET:
            field_dict["orgId"] = org_id

        if self.org_name is not UNSET:
            field_dict["orgName"] = self.org_name

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        if self.email is not UNSET:
            field_dict["email"] = self.email

        if self.mobile is not UNSET:
            field_dict["mobile"] = self.mobile

        if type(self.mobile_phone) is not Unset:
            field_dict["mobilePhone"] = self.mobile_phone.to_dict()

        if self.external_id is not UNSET:
            field_dict["externalId"] = self.external_id

        if self.parent_id is not UNSET:
            field_dict["parentId"] = self.parent_id

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if type(self.ancestor_departments) is not Unset:
            field_dict["ancestorDepartments"] = [item.to_dict() for item in self.ancestor_departments]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DepartmentStaff is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        id = _get("id", UNSET)

        name = _get("name", UNSET)

        org_id: int | str | Unset = _get("orgId", UNSET)

        org_name = _get("orgName", UNSET)

        avatar_id = _get("avatarId", UNSET)

        email = _get("email", UNSET)

        mobile = _get("mobile", UNSET)

        _mobile_phone = _get("mobilePhone", UNSET)
        mobile_phone: StaffMobilePhone | Unset
        if isinstance(_mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = _StaffMobilePhone_class().from_dict(_mobile_phone)

        external_id = _get("externalId", UNSET)

        parent_id = _get("parentId", UNSET)

        status = _get("status", UNSET)

        _ancestor_departments = _get("ancestorDepartments", UNSET)
        ancestor_departments: list[DepartmentRef] | Unset = UNSET
        if _ancestor_departments is not UNSET:
            ancestor_departments = []
            for ancestor_departments_item_data in _ancestor_departments:
                ancestor_departments_item = _DepartmentRef_class().from_dict(ancestor_departments_item_data)

                ancestor_departments.append(ancestor_departments_item)

        department_staff = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            id,
            name,
            org_id,
            org_name,
            avatar_id,
            email,
            mobile,
            mobile_phone,
            external_id,
            parent_id,
            status,
            ancestor_departments,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        department_staff.additional_properties = _extra
        return department_staff

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
