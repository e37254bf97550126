# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_search_scope import StaffSearchScope


T = TypeVar("T", bound="StaffSearchRequest")


@_attrs_define
class StaffSearchRequest:
    """
    Attributes:
        keyword (str): Text to look for in staff names.
        recursive (bool | Unset): Whether searchScope's departments include their sub-departments. Default: True.
        search_scope (StaffSearchScope | Unset): Where to search; the whole org when absent.
    """

    keyword: str
    recursive: bool | Unset = True
    search_scope: StaffSearchScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        recursive = self.recursive

        search_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_scope, Unset):
            search_scope = self.search_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyword": keyword,
            }
        )
        if recursive is not UNSET:
            field_dict["recursive"] = recursive
        if search_scope is not UNSET:
            field_dict["searchScope"] = search_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_search_scope import StaffSearchScope  # noqa: PLC0415

        d = dict(src_dict)
        keyword = d.pop("keyword")

        recursive = d.pop("recursive", UNSET)

        _search_scope = d.pop("searchScope", UNSET)
        search_scope: StaffSearchScope | Unset
        if isinstance(_search_scope, Unset):
            search_scope = UNSET
        else:
            search_scope = StaffSearchScope.from_dict(_search_scope)

        staff_search_request = cls(
            keyword=keyword,
            recursive=recursive,
            search_scope=search_scope,
        )

        staff_search_request.additional_properties = d
        return staff_search_request

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
