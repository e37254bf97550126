# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.roaming_org import RoamingOrg


T = TypeVar("T", bound="RoamingOrgsPage")


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
        org_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.org_list, Unset):
            org_list = []
            for org_list_item_data in self.org_list:
                org_list_item = org_list_item_data.to_dict()
                org_list.append(org_list_item)

        has_more = self.has_more

        latest_version = self.latest_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_list is not UNSET:
            field_dict["orgList"] = org_list
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if latest_version is not UNSET:
            field_dict["latestVersion"] = latest_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.roaming_org import RoamingOrg  # noqa: PLC0415

        d = dict(src_dict)
        _org_list = d.pop("orgList", UNSET)
        org_list: list[RoamingOrg] | Unset = UNSET
        if _org_list is not UNSET:
            org_list = []
            for org_list_item_data in _org_list:
                org_list_item = RoamingOrg.from_dict(org_list_item_data)

                org_list.append(org_list_item)

        has_more = d.pop("hasMore", UNSET)

        latest_version = d.pop("latestVersion", UNSET)

        roaming_orgs_page = cls(
            org_list=org_list,
            has_more=has_more,
            latest_version=latest_version,
        )

        roaming_orgs_page.additional_properties = d
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
