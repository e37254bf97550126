# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NoticePhoneRange")
_FIELDS = frozenset(
    {
        "releaseRangeList",
        "ccRangeList",
    }
)


@_attrs_define
class NoticePhoneRange:
    """Recipients and copies by mobile number (userType 1).

    Attributes:
        release_range_list (list[str]): Recipients' mobile numbers, 1 to 10.
        cc_range_list (list[str]): Mobile numbers the notice is copied to, at most 10. Required even when empty ([]).
    """

    release_range_list: list[str]
    cc_range_list: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["releaseRangeList"] = self.release_range_list

        field_dict["ccRangeList"] = self.cc_range_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NoticePhoneRange is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        release_range_list: list[str] = d["releaseRangeList"]

        cc_range_list: list[str] = d["ccRangeList"]

        notice_phone_range = cls(  # by position, in the order the fields are declared above: cheaper than by name
            release_range_list,
            cc_range_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notice_phone_range.additional_properties = _extra
        return notice_phone_range

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
