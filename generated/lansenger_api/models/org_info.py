# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgInfo")
_FIELDS = frozenset(
    {
        "orgId",
        "orgName",
        "iconUrl",
        "orgMaxMemberLimit",
        "orgOrderType",
        "orgDaysLimit",
        "orgBillingDate",
    }
)


@_attrs_define
class OrgInfo:
    """
    Attributes:
        org_id (str | Unset):
        org_name (str | Unset):
        icon_url (str | Unset):
        org_max_member_limit (int | Unset): Most members the org's plan allows.
        org_order_type (int | Unset): The org's plan kind, a platform code.
        org_days_limit (int | Unset): Days the plan runs.
        org_billing_date (int | Unset): Billing date as the platform sends it; its unit is undocumented.
    """

    org_id: str | Unset = UNSET
    org_name: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    org_max_member_limit: int | Unset = UNSET
    org_order_type: int | Unset = UNSET
    org_days_limit: int | Unset = UNSET
    org_billing_date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.org_id is not UNSET:
            field_dict["orgId"] = self.org_id

        if self.org_name is not UNSET:
            field_dict["orgName"] = self.org_name

        if self.icon_url is not UNSET:
            field_dict["iconUrl"] = self.icon_url

        if self.org_max_member_limit is not UNSET:
            field_dict["orgMaxMemberLimit"] = self.org_max_member_limit

        if self.org_order_type is not UNSET:
            field_dict["orgOrderType"] = self.org_order_type

        if self.org_days_limit is not UNSET:
            field_dict["orgDaysLimit"] = self.org_days_limit

        if self.org_billing_date is not UNSET:
            field_dict["orgBillingDate"] = self.org_billing_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OrgInfo is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = _get("orgId", UNSET)

        org_name = _get("orgName", UNSET)

        icon_url = _get("iconUrl", UNSET)

        org_max_member_limit = _get("orgMaxMemberLimit", UNSET)

        org_order_type = _get("orgOrderType", UNSET)

        org_days_limit = _get("orgDaysLimit", UNSET)

        org_billing_date = _get("orgBillingDate", UNSET)

        org_info = cls(  # by position, in the order the fields are declared above: cheaper than by name
            org_id,
            org_name,
            icon_url,
            org_max_member_limit,
            org_order_type,
            org_days_limit,
            org_billing_date,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        org_info.additional_properties = _extra
        return org_info

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
