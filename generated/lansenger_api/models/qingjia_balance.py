# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qingjia_leave_balance import QingjiaLeaveBalance


T = TypeVar("T", bound="QingjiaBalance")
_FIELDS = frozenset(
    {
        "staffId",
        "name",
        "phone",
        "employeeCode",
        "staffNo",
        "depName",
        "balanceList",
    }
)


@_cache
def _QingjiaLeaveBalance_class() -> type[QingjiaLeaveBalance]:
    """`QingjiaLeaveBalance`, imported on first use (the models refer to each other in cycles)."""
    from ..models.qingjia_leave_balance import QingjiaLeaveBalance  # noqa: PLC0415

    return QingjiaLeaveBalance


@_attrs_define
class QingjiaBalance:
    """
    Attributes:
        staff_id (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        employee_code (str | Unset):
        staff_no (str | Unset):
        dep_name (str | Unset): The staff member's department.
        balance_list (list[QingjiaLeaveBalance] | Unset):
    """

    staff_id: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    employee_code: str | Unset = UNSET
    staff_no: str | Unset = UNSET
    dep_name: str | Unset = UNSET
    balance_list: list[QingjiaLeaveBalance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.phone is not UNSET:
            field_dict["phone"] = self.phone

        if self.employee_code is not UNSET:
            field_dict["employeeCode"] = self.employee_code

        if self.staff_no is not UNSET:
            field_dict["staffNo"] = self.staff_no

        if self.dep_name is not UNSET:
            field_dict["depName"] = self.dep_name

        if type(self.balance_list) is not Unset:
            field_dict["balanceList"] = [item.to_dict() for item in self.balance_list]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QingjiaBalance is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        name = _get("name", UNSET)

        phone = _get("phone", UNSET)

        employee_code = _get("employeeCode", UNSET)

        staff_no = _get("staffNo", UNSET)

        dep_name = _get("depName", UNSET)

        _balance_list = _get("balanceList", UNSET)
        balance_list: list[QingjiaLeaveBalance] | Unset = UNSET
        if _balance_list is not UNSET:
            balance_list = []
            for balance_list_item_data in _balance_list:
                balance_list_item = _QingjiaLeaveBalance_class().from_dict(balance_list_item_data)

                balance_list.append(balance_list_item)

        qingjia_balance = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            name,
            phone,
            employee_code,
            staff_no,
            dep_name,
            balance_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        qingjia_balance.additional_properties = _extra
        return qingjia_balance

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
