# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QingjiaBalanceRequest")


@_attrs_define
class QingjiaBalanceRequest:
    """
    Attributes:
        org_id (str):
        cmc_code (str): The attendance rule configuration (from list_leave_rule_configs).
        type_code (str | Unset): Only this leave type's balance.
        staff_id (str | Unset): Whose balance; optional with a user token.
    """

    org_id: str
    cmc_code: str
    type_code: str | Unset = UNSET
    staff_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        cmc_code = self.cmc_code

        type_code = self.type_code

        staff_id = self.staff_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgId": org_id,
                "cmcCode": cmc_code,
            }
        )
        if type_code is not UNSET:
            field_dict["typeCode"] = type_code
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_id = d.pop("orgId")

        cmc_code = d.pop("cmcCode")

        type_code = d.pop("typeCode", UNSET)

        staff_id = d.pop("staffId", UNSET)

        qingjia_balance_request = cls(
            org_id=org_id,
            cmc_code=cmc_code,
            type_code=type_code,
            staff_id=staff_id,
        )

        qingjia_balance_request.additional_properties = d
        return qingjia_balance_request

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
