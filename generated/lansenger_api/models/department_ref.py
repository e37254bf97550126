# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartmentRef")
_FIELDS = frozenset(
    {
        "departmentId",
        "departmentName",
        "id",
        "name",
        "externalId",
        "order",
    }
)


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
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.department_id is not UNSET:
            field_dict["departmentId"] = self.department_id

        if self.department_name is not UNSET:
            field_dict["departmentName"] = self.department_name

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.external_id is not UNSET:
            field_dict["externalId"] = self.external_id

        if self.order is not UNSET:
            field_dict["order"] = self.order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DepartmentRef is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        department_id = _get("departmentId", UNSET)

        department_name = _get("departmentName", UNSET)

        id = _get("id", UNSET)

        name = _get("name", UNSET)

        external_id = _get("externalId", UNSET)

        order = _get("order", UNSET)

        department_ref = cls(  # by position, in the order the fields are declared above: cheaper than by name
            department_id,
            department_name,
            id,
            name,
            external_id,
            order,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        department_ref.additional_properties = _extra
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
