# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jiaban_application import JiabanApplication


T = TypeVar("T", bound="JiabanApplyPage")


@_attrs_define
class JiabanApplyPage:
    """One page of the V2 paging shape the attendance apps share.

    Attributes:
        page_no (int | Unset): This page, from 1.
        page_size (int | Unset):
        pages (int | Unset): How many pages there are.
        total (int | Unset): How many applications match, over all pages.
        result (list[JiabanApplication] | Unset):
        has_next_page (bool | Unset):
        ext_attributes (Any | Unset): Extra page attributes; undocumented, kept as sent.
        last_key (Any | Unset): A continuation key; undocumented, kept as sent.
    """

    page_no: int | Unset = UNSET
    page_size: int | Unset = UNSET
    pages: int | Unset = UNSET
    total: int | Unset = UNSET
    result: list[JiabanApplication] | Unset = UNSET
    has_next_page: bool | Unset = UNSET
    ext_attributes: Any | Unset = UNSET
    last_key: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_no = self.page_no

        page_size = self.page_size

        pages = self.pages

        total = self.total

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        has_next_page = self.has_next_page

        ext_attributes = self.ext_attributes

        last_key = self.last_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if pages is not UNSET:
            field_dict["pages"] = pages
        if total is not UNSET:
            field_dict["total"] = total
        if result is not UNSET:
            field_dict["result"] = result
        if has_next_page is not UNSET:
            field_dict["hasNextPage"] = has_next_page
        if ext_attributes is not UNSET:
            field_dict["extAttributes"] = ext_attributes
        if last_key is not UNSET:
            field_dict["lastKey"] = last_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jiaban_application import JiabanApplication  # noqa: PLC0415

        d = dict(src_dict)
        page_no = d.pop("pageNo", UNSET)

        page_size = d.pop("pageSize", UNSET)

        pages = d.pop("pages", UNSET)

        total = d.pop("total", UNSET)

        _result = d.pop("result", UNSET)
        result: list[JiabanApplication] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = JiabanApplication.from_dict(result_item_data)

                result.append(result_item)

        has_next_page = d.pop("hasNextPage", UNSET)

        ext_attributes = d.pop("extAttributes", UNSET)

        last_key = d.pop("lastKey", UNSET)

        jiaban_apply_page = cls(
            page_no=page_no,
            page_size=page_size,
            pages=pages,
            total=total,
            result=result,
            has_next_page=has_next_page,
            ext_attributes=ext_attributes,
            last_key=last_key,
        )

        jiaban_apply_page.additional_properties = d
        return jiaban_apply_page

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
