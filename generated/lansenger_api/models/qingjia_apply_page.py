# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qingjia_application import QingjiaApplication


T = TypeVar("T", bound="QingjiaApplyPage")
_FIELDS = frozenset(
    {
        "pageNo",
        "pageSize",
        "pages",
        "total",
        "result",
        "hasNextPage",
        "extAttributes",
        "lastKey",
    }
)


@_cache
def _QingjiaApplication_class() -> type[QingjiaApplication]:
    """`QingjiaApplication`, imported on first use (the models refer to each other in cycles)."""
    from ..models.qingjia_application import QingjiaApplication  # noqa: PLC0415

    return QingjiaApplication


@_attrs_define
class QingjiaApplyPage:
    """One page of the V2 paging shape the attendance apps share.

    Attributes:
        page_no (int | Unset): This page, from 1.
        page_size (int | Unset):
        pages (int | Unset): How many pages there are.
        total (int | Unset): How many applications match, over all pages.
        result (list[QingjiaApplication] | Unset):
        has_next_page (bool | Unset):
        ext_attributes (Any | Unset): Extra page attributes; undocumented, kept as sent.
        last_key (Any | Unset): A continuation key; undocumented, kept as sent.
    """

    page_no: int | Unset = UNSET
    page_size: int | Unset = UNSET
    pages: int | Unset = UNSET
    total: int | Unset = UNSET
    result: list[QingjiaApplication] | Unset = UNSET
    has_next_page: bool | Unset = UNSET
    ext_attributes: Any | Unset = UNSET
    last_key: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.page_no is not UNSET:
            field_dict["pageNo"] = self.page_no

        if self.page_size is not UNSET:
            field_dict["pageSize"] = self.page_size

        if self.pages is not UNSET:
            field_dict["pages"] = self.pages

        if self.total is not UNSET:
            field_dict["total"] = self.total

        if type(self.result) is not Unset:
            field_dict["result"] = [item.to_dict() for item in self.result]

        if self.has_next_page is not UNSET:
            field_dict["hasNextPage"] = self.has_next_page

        if self.ext_attributes is not UNSET:
            field_dict["extAttributes"] = self.ext_attributes

        if self.last_key is not UNSET:
            field_dict["lastKey"] = self.last_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QingjiaApplyPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        page_no = _get("pageNo", UNSET)

        page_size = _get("pageSize", UNSET)

        pages = _get("pages", UNSET)

        total = _get("total", UNSET)

        _result = _get("result", UNSET)
        result: list[QingjiaApplication] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = _QingjiaApplication_class().from_dict(result_item_data)

                result.append(result_item)

        has_next_page = _get("hasNextPage", UNSET)

        ext_attributes = _get("extAttributes", UNSET)

        last_key = _get("lastKey", UNSET)

        qingjia_apply_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            page_no,
            page_size,
            pages,
            total,
            result,
            has_next_page,
            ext_attributes,
            last_key,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        qingjia_apply_page.additional_properties = _extra
        return qingjia_apply_page

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
