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


T = TypeVar("T", bound="StaffInfo")
_FIELDS = frozenset(
    {
        "staffId",
        "name",
        "orgId",
        "orgName",
        "gender",
        "signature",
        "avatar",
        "avatarUrl",
        "avatarId",
        "status",
        "departments",
    }
)


@_cache
def _DepartmentRef_class() -> type[DepartmentRef]:
    """`DepartmentRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.department_ref import DepartmentRef  # noqa: PLC0415

    return DepartmentRef


@_attrs_define
class StaffInfo:
    """
    Attributes:
        staff_id (str | Unset):
        name (str | Unset):
        org_id (str | Unset):
        org_name (str | Unset):
        gender (int | Unset): 0 undisclosed, 1 male, 2 female.
        signature (str | Unset):
        avatar (str | Unset): Avatar URL (older platform versions sent it as avatarUrl).
        avatar_url (str | Unset):
        avatar_id (str | Unset):
        status (int | Unset): 0 not activated, 1 normal, 2 frozen, 3 deleted.
        departments (list[DepartmentRef] | Unset):
    """

    staff_id: str | Unset = UNSET
    name: str | Unset = UNSET
    org_id: str | Unset = UNSET
    org_name: str | Unset = UNSET
    gender: int | Unset = UNSET
    signature: str | Unset = UNSET
    avatar: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    avatar_id: str | Unset = UNSET
    status: int | Unset = UNSET
    departments: list[DepartmentRef] | Unset = UNSET
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

        if self.gender is not UNSET:
            field_dict["gender"] = self.gender

        if self.signature is not UNSET:
            field_dict["signature"] = self.signature

        if self.avatar is not UNSET:
            field_dict["avatar"] = self.avatar

        if self.avatar_url is not UNSET:
            field_dict["avatarUrl"] = self.avatar_url

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if type(self.departments) is not Unset:
            field_dict["departments"] = [item.to_dict() for item in self.departments]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StaffInfo is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        name = _get("name", UNSET)

        org_id = _get("orgId", UNSET)

        org_name = _get("orgName", UNSET)

        gender = _get("gender", UNSET)

        signature = _get("signature", UNSET)

        avatar = _get("avatar", UNSET)

        avatar_url = _get("avatarUrl", UNSET)

        avatar_id = _get("avatarId", UNSET)

        status = _get("status", UNSET)

        _departments = _get("departments", UNSET)
        departments: list[DepartmentRef] | Unset = UNSET
        if _departments is not UNSET:
            departments = []
            for departments_item_data in _departments:
                departments_item = _DepartmentRef_class().from_dict(departments_item_data)

                departments.append(departments_item)

        staff_info = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            name,
            org_id,
            org_name,
            gender,
            signature,
            avatar,
            avatar_url,
            avatar_id,
            status,
            departments,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        staff_info.additional_properties = _extra
        return staff_info

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
