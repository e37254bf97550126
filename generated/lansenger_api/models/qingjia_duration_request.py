# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qingjia_leave_period import QingjiaLeavePeriod


T = TypeVar("T", bound="QingjiaDurationRequest")
_FIELDS = frozenset(
    {
        "cmcCode",
        "timesVO",
        "staffId",
    }
)


@_cache
def _QingjiaLeavePeriod_class() -> type[QingjiaLeavePeriod]:
    """`QingjiaLeavePeriod`, imported on first use (the models refer to each other in cycles)."""
    from ..models.qingjia_leave_period import QingjiaLeavePeriod  # noqa: PLC0415

    return QingjiaLeavePeriod


@_attrs_define
class QingjiaDurationRequest:
    """
    Attributes:
        cmc_code (str): The attendance rule configuration (from list_leave_rule_configs).
        times_vo (QingjiaLeavePeriod): The period to measure (timesVO). Its schema is undocumented: the platform's SDK
            passes it through, and its example carries beginTime. endTime and typeCode follow the naming of the neighbouring
            operations (jiaban's calculate_overtime_duration, the leave types) and are unconfirmed. Other keys are passed
            through.
        staff_id (str | Unset): Whose leave; optional with a user token.
    """

    cmc_code: str
    times_vo: QingjiaLeavePeriod
    staff_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["cmcCode"] = self.cmc_code

        field_dict["timesVO"] = self.times_vo.to_dict()

        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QingjiaDurationRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        cmc_code = d["cmcCode"]

        times_vo = _QingjiaLeavePeriod_class().from_dict(d["timesVO"])

        staff_id = _get("staffId", UNSET)

        qingjia_duration_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            cmc_code,
            times_vo,
            staff_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        qingjia_duration_request.additional_properties = _extra
        return qingjia_duration_request

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
