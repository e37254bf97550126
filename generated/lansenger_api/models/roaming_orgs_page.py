# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.roaming_org import RoamingOrg


T = TypeVar("T", bound="RoamingOrgsPage")
_FIELDS = frozenset(
    {
        "orgList",
        "hasMore",
        "latestVersion",
    }
)


@_cache
def _RoamingOrg_class() -> type[RoamingOrg]:
    """`RoamingOrg`, imported on first use (the models refer to each other in cycles)."""
    from ..models.roaming_org import RoamingOrg  # noqa: PLC0415

    return RoamingOrg


@_attrs_define
class RoamingOrgsPage:
    """
    Attributes:
        org_list (list[RoamingOrg] | Unset):
        has_more (bool | Unset): Whether another call with latestVersion would return more.
        latest_version (str | Unset): The cursor to pass as base_version next (a microsecond timestamp).
    """

    org_list: list[RoamingOrg] | Unset = UNSET
    has_more: bool | Unset = UNSET
    latest_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.org_list) is not Unset:
            field_dict["orgList"] = [item.to_dict() for item in self.org_list]

        if self.has_more is not UNSET:
            field_dict["hasMore"] = self.has_more

        if self.latest_version is not UNSET:
            field_dict["latestVersion"] = self.latest_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"RoamingOrgsPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _org_list = _get("orgList", UNSET)
        org_list: list[RoamingOrg] | Unset = UNSET
        if _org_list is not UNSET:
            org_list = []
            for org_list_item_data in _org_list:
                org_list_item = _RoamingOrg_class().from_dict(org_list_item_data)

                org_list.append(org_list_item)

        has_more = _get("hasMore", UNSET)

        latest_version = _get("latestVersion", UNSET)

        roaming_orgs_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            org_list,
            has_more,
            latest_version,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        roaming_orgs_page.additional_properties = _extra
        return roaming_orgs_page

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
