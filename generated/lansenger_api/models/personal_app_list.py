# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personal_app_summary import PersonalAppSummary


T = TypeVar("T", bound="PersonalAppList")
_FIELDS = frozenset(
    {
        "appList",
    }
)


@_cache
def _PersonalAppSummary_class() -> type[PersonalAppSummary]:
    """`PersonalAppSummary`, imported on first use (the models refer to each other in cycles)."""
    from ..models.personal_app_summary import PersonalAppSummary  # noqa: PLC0415

    return PersonalAppSummary


@_attrs_define
class PersonalAppList:
    """
    Attributes:
        app_list (list[PersonalAppSummary] | Unset):
    """

    app_list: list[PersonalAppSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.app_list) is not Unset:
            field_dict["appList"] = [item.to_dict() for item in self.app_list]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PersonalAppList is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _app_list = _get("appList", UNSET)
        app_list: list[PersonalAppSummary] | Unset = UNSET
        if _app_list is not UNSET:
            app_list = []
            for app_list_item_data in _app_list:
                app_list_item = _PersonalAppSummary_class().from_dict(app_list_item_data)

                app_list.append(app_list_item)

        personal_app_list = cls(  # by position, in the order the fields are declared above: cheaper than by name
            app_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_app_list.additional_properties = _extra
        return personal_app_list

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
