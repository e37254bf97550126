# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qingjia_apply_query import QingjiaApplyQuery


T = TypeVar("T", bound="QingjiaApplyListRequest")
_FIELDS = frozenset(
    {
        "cmcCode",
        "queryVO",
        "isDiss",
        "staffId",
    }
)


@_cache
def _QingjiaApplyQuery_class() -> type[QingjiaApplyQuery]:
    """`QingjiaApplyQuery`, imported on first use (the models refer to each other in cycles)."""
    from ..models.qingjia_apply_query import QingjiaApplyQuery  # noqa: PLC0415

    return QingjiaApplyQuery


@_attrs_define
class QingjiaApplyListRequest:
    """
    Attributes:
        cmc_code (str): The attendance rule configuration (from list_leave_rule_configs).
        query_vo (QingjiaApplyQuery): The query (queryVO), which carries the paging. Only pageNo is documented; pageSize
            follows the V2 page shape. Other filter keys are passed through.
        is_diss (bool | Unset): A filter the platform does not document. The sandbox reads true as "leave-back (销假)
            applications only" and false as "leave applications only"; left out, both are listed.
        staff_id (str | Unset): Whose applications; optional with a user token.
    """

    cmc_code: str
    query_vo: QingjiaApplyQuery
    is_diss: bool | Unset = UNSET
    staff_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["cmcCode"] = self.cmc_code

        field_dict["queryVO"] = self.query_vo.to_dict()

        if self.is_diss is not UNSET:
            field_dict["isDiss"] = self.is_diss

        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QingjiaApplyListRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        cmc_code = d["cmcCode"]

        query_vo = _QingjiaApplyQuery_class().from_dict(d["queryVO"])

        is_diss = _get("isDiss", UNSET)

        staff_id = _get("staffId", UNSET)

        qingjia_apply_list_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                cmc_code,
                query_vo,
                is_diss,
                staff_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        qingjia_apply_list_request.additional_properties = _extra
        return qingjia_apply_list_request

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
