# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_search_scope import StaffSearchScope


T = TypeVar("T", bound="StaffSearchRequest")
_FIELDS = frozenset(
    {
        "keyword",
        "recursive",
        "searchScope",
    }
)


@_cache
def _StaffSearchScope_class() -> type[StaffSearchScope]:
    """`StaffSearchScope`, imported on first use (the models refer to each other in cycles)."""
    from ..models.staff_search_scope import StaffSearchScope  # noqa: PLC0415

    return StaffSearchScope


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
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["keyword"] = self.keyword

        if self.recursive is not UNSET:
            field_dict["recursive"] = self.recursive

        if type(self.search_scope) is not Unset:
            field_dict["searchScope"] = self.search_scope.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StaffSearchRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        keyword = d["keyword"]

        recursive = _get("recursive", UNSET)

        _search_scope = _get("searchScope", UNSET)
        search_scope: StaffSearchScope | Unset
        if isinstance(_search_scope, Unset):
            search_scope = UNSET
        else:
            search_scope = _StaffSearchScope_class().from_dict(_search_scope)

        staff_search_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            keyword,
            recursive,
            search_scope,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        staff_search_request.additional_properties = _extra
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
