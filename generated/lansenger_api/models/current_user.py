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
    from ..models.mobile_phone import MobilePhone


T = TypeVar("T", bound="CurrentUser")
_FIELDS = frozenset(
    {
        "staffId",
        "name",
        "orgId",
        "orgName",
        "orgname",
        "avatarId",
        "avatar",
        "avatarUrl",
        "mobilePhone",
        "email",
        "employeeNumber",
        "loginName",
        "externalId",
        "department",
    }
)


@_cache
def _DepartmentRef_class() -> type[DepartmentRef]:
    """`DepartmentRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.department_ref import DepartmentRef  # noqa: PLC0415

    return DepartmentRef


@_cache
def _MobilePhone_class() -> type[MobilePhone]:
    """`MobilePhone`, imported on first use (the models refer to each other in cycles)."""
    from ..models.mobile_phone import MobilePhone  # noqa: PLC0415

    return MobilePhone


@_attrs_define
class CurrentUser:
    """
    Attributes:
        staff_id (str | Unset):
        name (str | Unset):
        org_id (str | Unset):
        org_name (str | Unset):
        orgname (str | Unset): Some deployments spell orgName this way; both are kept.
        avatar_id (str | Unset):
        avatar (str | Unset): Avatar URL.
        avatar_url (str | Unset): Avatar URL (older spelling).
        mobile_phone (MobilePhone | Unset):
        email (str | Unset):
        employee_number (str | Unset):
        login_name (str | Unset):
        external_id (str | Unset):
        department (list[DepartmentRef] | Unset):
    """

    staff_id: str | Unset = UNSET
    name: str | Unset = UNSET
    org_id: str | Unset = UNSET
    org_name: str | Unset = UNSET
    orgname: str | Unset = UNSET
    avatar_id: str | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    mobile_phone: MobilePhone | Unset = UNSET
    email: str | Unset = UNSET
    employee_number: str | Unset = UNSET
    login_name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    department: list[DepartmentRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.org_id is not UNSET:
            field_dict["orgId"] = self.org_id

        if self.org_name is not UNSET:
            field_dict["orgName"] = self.org_name

        if self.orgname is not UNSET:
            field_dict["orgname"] = self.orgname

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        if self.avatar is not UNSET:
            field_dict["avatar"] = self.avatar

        if self.avatar_url is not UNSET:
            field_dict["avatarUrl"] = self.avatar_url

        if type(self.mobile_phone) is not Unset:
            field_dict["mobilePhone"] = self.mobile_phone.to_dict()

        if self.email is not UNSET:
            field_dict["email"] = self.email

        if self.employee_number is not UNSET:
            field_dict["employeeNumber"] = self.employee_number

        if self.login_name is not UNSET:
            field_dict["loginName"] = self.login_name

        if self.external_id is not UNSET:
            field_dict["externalId"] = self.external_id

        if type(self.department) is not Unset:
            field_dict["department"] = [item.to_dict() for item in self.department]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CurrentUser is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        name = _get("name", UNSET)

        org_id = _get("orgId", UNSET)

        org_name = _get("orgName", UNSET)

        orgname = _get("orgname", UNSET)

        avatar_id = _get("avatarId", UNSET)

        avatar = _get("avatar", UNSET)

        avatar_url = _get("avatarUrl", UNSET)

        _mobile_phone = _get("mobilePhone", UNSET)
        mobile_phone: MobilePhone | Unset
        if isinstance(_mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = _MobilePhone_class().from_dict(_mobile_phone)

        email = _get("email", UNSET)

        employee_number = _get("employeeNumber", UNSET)

        login_name = _get("loginName", UNSET)

        external_id = _get("externalId", UNSET)

        _department = _get("department", UNSET)
        department: list[DepartmentRef] | Unset = UNSET
        if _department is not UNSET:
            department = []
            for department_item_data in _department:
                department_item = _DepartmentRef_class().from_dict(department_item_data)

                department.append(department_item)

        current_user = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            name,
            org_id,
            org_name,
            orgname,
            avatar_id,
            avatar,
            avatar_url,
            mobile_phone,
            email,
            employee_number,
            login_name,
            external_id,
            department,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        current_user.additional_properties = _extra
        return current_user

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
