# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QingjiaApplyQuery")
_FIELDS = frozenset(
    {
        "pageNo",
        "pageSize",
    }
)


@_attrs_define
class QingjiaApplyQuery:
    """The query (queryVO), which carries the paging. Only pageNo is documented; pageSize follows the V2 page shape. Other
    filter keys are passed through.

        Attributes:
            page_no (int | Unset): The page, from 1; sent as 1 when not given so the query always names a page. Default: 1.
            page_size (int | Unset): Applications per page (the sandbox answers 10 when not given).
    """

    page_no: int | Unset = 1
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.page_no is not UNSET:
            field_dict["pageNo"] = self.page_no

        if self.page_size is not UNSET:
            field_dict["pageSize"] = self.page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QingjiaApplyQuery is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        page_no = _get("pageNo", UNSET)

        page_size = _get("pageSize", UNSET)

        qingjia_apply_query = cls(  # by position, in the order the fields are declared above: cheaper than by name
            page_no,
            page_size,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        qingjia_apply_query.additional_properties = _extra
        return qingjia_apply_query

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
