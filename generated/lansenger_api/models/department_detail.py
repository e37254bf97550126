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


T = TypeVar("T", bound="DepartmentDetail")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "externalId",
        "parentId",
        "order",
        "hasChildren",
        "normalMembers",
        "inactiveMembers",
        "frozenMembers",
        "deletedMembers",
        "tags",
        "ancestorDepartments",
        "leaders",
        "emails",
        "phones",
        "addresses",
        "introductions",
        "deptType",
    }
)


@_cache
def _DepartmentRef_class() -> type[DepartmentRef]:
    """`DepartmentRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.department_ref import DepartmentRef  # noqa: PLC0415

    return DepartmentRef


@_attrs_define
class DepartmentDetail:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        external_id (str | Unset): The org's own id for the department; unique in the org and immutable.
        parent_id (str | Unset): The parent department; absent or empty for the root.
        order (float | Unset): Sort key among siblings; smaller first.
        has_children (bool | Unset):
        normal_members (int | Unset): Members whose account is active.
        inactive_members (int | Unset): Members who never activated their account.
        frozen_members (int | Unset):
        deleted_members (int | Unset):
        tags (list[str] | Unset):
        ancestor_departments (list[DepartmentRef] | Unset): The departments above this one.
        leaders (list[str] | Unset): Staff ids of the department's leaders.
        emails (list[str] | Unset):
        phones (list[str] | Unset):
        addresses (list[str] | Unset):
        introductions (list[str] | Unset):
        dept_type (int | Unset): Kind of department, a platform code.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    order: float | Unset = UNSET
    has_children: bool | Unset = UNSET
    normal_members: int | Unset = UNSET
    inactive_members: int | Unset = UNSET
    frozen_members: int | Unset = UNSET
    deleted_members: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    ancestor_departments: list[DepartmentRef] | Unset = UNSET
    leaders: list[str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    phones: list[str] | Unset = UNSET
    addresses: list[str] | Unset = UNSET
    introductions: list[str] | Unset = UNSET
    dept_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.external_id is not UNSET:
            field_dict["externalId"] = self.external_id

        if self.parent_id is not UNSET:
            field_dict["parentId"] = self.parent_id

        if self.order is not UNSET:
            field_dict["order"] = self.order

        if self.has_children is not UNSET:
            field_dict["hasChildren"] = self.has_children

        if self.normal_members is not UNSET:
            field_dict["normalMembers"] = self.normal_members

        if self.inactive_members is not UNSET:
            field_dict["inactiveMembers"] = self.inactive_members

        if self.frozen_members is not UNSET:
            field_dict["frozenMembers"] = self.frozen_members

        if self.deleted_members is not UNSET:
            field_dict["deletedMembers"] = self.deleted_members

        if self.tags is not UNSET:
            field_dict["tags"] = self.tags

        if type(self.ancestor_departments) is not Unset:
            field_dict["ancestorDepartments"] = [item.to_dict() for item in self.ancestor_departments]

        if self.leaders is not UNSET:
            field_dict["leaders"] = self.leaders

        if self.emails is not UNSET:
            field_dict["emails"] = self.emails

        if self.phones is not UNSET:
            field_dict["phones"] = self.phones

        if self.addresses is not UNSET:
            field_dict["addresses"] = self.addresses

        if self.introductions is not UNSET:
            field_dict["introductions"] = self.introductions

        if self.dept_type is not UNSET:
            field_dict["deptType"] = self.dept_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DepartmentDetail is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        name = _get("name", UNSET)

        external_id = _get("externalId", UNSET)

        parent_id = _get("parentId", UNSET)

        order = _get("order", UNSET)

        has_children = _get("hasChildren", UNSET)

        normal_members = _get("normalMembers", UNSET)

        inactive_members = _get("inactiveMembers", UNSET)

        frozen_members = _get("frozenMembers", UNSET)

        deleted_members = _get("deletedMembers", UNSET)

        tags: list[str] = _get("tags", UNSET)

        _ancestor_departments = _get("ancestorDepartments", UNSET)
        ancestor_departments: list[DepartmentRef] | Unset = UNSET
        if _ancestor_departments is not UNSET:
            ancestor_departments = []
            for ancestor_departments_item_data in _ancestor_departments:
                ancestor_departments_item = _DepartmentRef_class().from_dict(ancestor_departments_item_data)

                ancestor_departments.append(ancestor_departments_item)

        leaders: list[str] = _get("leaders", UNSET)

        emails: list[str] = _get("emails", UNSET)

        phones: list[str] = _get("phones", UNSET)

        addresses: list[str] = _get("addresses", UNSET)

        introductions: list[str] = _get("introductions", UNSET)

        dept_type = _get("deptType", UNSET)

        department_detail = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            name,
            external_id,
            parent_id,
            order,
            has_children,
            normal_members,
            inactive_members,
            frozen_members,
            deleted_members,
            tags,
            ancestor_departments,
            leaders,
            emails,
            phones,
            addresses,
            introductions,
            dept_type,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        department_detail.additional_properties = _extra
        return department_detail

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
