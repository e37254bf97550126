# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personal_todo_item import PersonalTodoItem


T = TypeVar("T", bound="PersonalTodoPage")
_FIELDS = frozenset(
    {
        "pageNo",
        "pageSize",
        "pages",
        "total",
        "hasNextPage",
        "result",
    }
)


@_cache
def _PersonalTodoItem_class() -> type[PersonalTodoItem]:
    """`PersonalTodoItem`, imported on first use (the models refer to each other in cycles)."""
    from ..models.personal_todo_item import PersonalTodoItem  # noqa: PLC0415

    return PersonalTodoItem


@_attrs_define
class PersonalTodoPage:
    """
    Attributes:
        page_no (int | Unset):
        page_size (int | Unset):
        pages (int | Unset): How many pages there are at this page size.
        total (int | Unset): How many todos match.
        has_next_page (bool | Unset):
        result (list[PersonalTodoItem] | Unset):
    """

    page_no: int | Unset = UNSET
    page_size: int | Unset = UNSET
    pages: int | Unset = UNSET
    total: int | Unset = UNSET
    has_next_page: bool | Unset = UNSET
    result: list[PersonalTodoItem] | Unset = UNSET
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

        if self.has_next_page is not UNSET:
            field_dict["hasNextPage"] = self.has_next_page

        if type(self.result) is not Unset:
            field_dict["result"] = [item.to_dict() for item in self.result]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PersonalTodoPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        page_no = _get("pageNo", UNSET)

        page_size = _get("pageSize", UNSET)

        pages = _get("pages", UNSET)

        total = _get("total", UNSET)

        has_next_page = _get("hasNextPage", UNSET)

        _result = _get("result", UNSET)
        result: list[PersonalTodoItem] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = _PersonalTodoItem_class().from_dict(result_item_data)

                result.append(result_item)

        personal_todo_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            page_no,
            page_size,
            pages,
            total,
            has_next_page,
            result,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_todo_page.additional_properties = _extra
        return personal_todo_page

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
