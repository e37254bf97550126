# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qingjia_apply_query import QingjiaApplyQuery


T = TypeVar("T", bound="QingjiaApplyListRequest")


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
        cmc_code = self.cmc_code

        query_vo = self.query_vo.to_dict()

        is_diss = self.is_diss

        staff_id = self.staff_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cmcCode": cmc_code,
                "queryVO": query_vo,
            }
        )
        if is_diss is not UNSET:
            field_dict["isDiss"] = is_diss
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.qingjia_apply_query import QingjiaApplyQuery  # noqa: PLC0415

        d = dict(src_dict)
        cmc_code = d.pop("cmcCode")

        query_vo = QingjiaApplyQuery.from_dict(d.pop("queryVO"))

        is_diss = d.pop("isDiss", UNSET)

        staff_id = d.pop("staffId", UNSET)

        qingjia_apply_list_request = cls(
            cmc_code=cmc_code,
            query_vo=query_vo,
            is_diss=is_diss,
            staff_id=staff_id,
        )

        qingjia_apply_list_request.additional_properties = d
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
