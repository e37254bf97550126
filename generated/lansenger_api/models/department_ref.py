# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartmentRef")


@_attrs_define
class DepartmentRef:
    """A department as other answers mention it. The platform's sources disagree on the keys (departmentId/departmentName,
    or id/name/externalId); whichever arrive are kept.

        Attributes:
            department_id (str | Unset):
            department_name (str | Unset):
            id (str | Unset):
            name (str | Unset):
            external_id (str | Unset):
            order (float | Unset): Sort key among siblings; smaller first.
    """

    department_id: str | Unset = UNSET
    department_name: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    order: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department_id = self.department_id

        department_name = self.department_name

        id = self.id

        name = self.name

        external_id = self.external_id

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if department_name is not UNSET:
            field_dict["departmentName"] = department_name
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department_id = d.pop("departmentId", UNSET)

        department_name = d.pop("departmentName", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        external_id = d.pop("externalId", UNSET)

        order = d.pop("order", UNSET)

        department_ref = cls(
            department_id=department_id,
            department_name=department_name,
            id=id,
            name=name,
            external_id=external_id,
            order=order,
        )

        department_ref.additional_properties = d
        return department_ref

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
