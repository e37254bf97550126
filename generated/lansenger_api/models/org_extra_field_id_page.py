# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_extra_field import OrgExtraField


T = TypeVar("T", bound="OrgExtraFieldIdPage")
_FIELDS = frozenset(
    {
        "extraFieldIds",
        "total",
        "hasMore",
        "latestVersion",
    }
)


@_cache
def _OrgExtraField_class() -> type[OrgExtraField]:
    """`OrgExtraField`, imported on first use (the models refer to each other in cycles)."""
    from ..models.org_extra_field import OrgExtraField  # noqa: PLC0415

    return OrgExtraField


@_attrs_define
class OrgExtraFieldIdPage:
    """
    Attributes:
        extra_field_ids (list[OrgExtraField] | Unset):
        total (int | Unset): Extension fields in all pages.
        has_more (bool | Unset): Whether later pages exist; `total` is the reliable stop condition.
        latest_version (str | Unset): Microsecond timestamp of the field list's latest change.
    """

    extra_field_ids: list[OrgExtraField] | Unset = UNSET
    total: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    latest_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.extra_field_ids) is not Unset:
            field_dict["extraFieldIds"] = [item.to_dict() for item in self.extra_field_ids]

        if self.total is not UNSET:
            field_dict["total"] = self.total

        if self.has_more is not UNSET:
            field_dict["hasMore"] = self.has_more

        if self.latest_version is not UNSET:
            field_dict["latestVersion"] = self.latest_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OrgExtraFieldIdPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _extra_field_ids = _get("extraFieldIds", UNSET)
        extra_field_ids: list[OrgExtraField] | Unset = UNSET
        if _extra_field_ids is not UNSET:
            extra_field_ids = []
            for extra_field_ids_item_data in _extra_field_ids:
                extra_field_ids_item = _OrgExtraField_class().from_dict(extra_field_ids_item_data)

                extra_field_ids.append(extra_field_ids_item)

        total = _get("total", UNSET)

        has_more = _get("hasMore", UNSET)

        latest_version = _get("latestVersion", UNSET)

        org_extra_field_id_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            extra_field_ids,
            total,
            has_more,
            latest_version,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        org_extra_field_id_page.additional_properties = _extra
        return org_extra_field_id_page

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
