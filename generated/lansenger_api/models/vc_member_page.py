# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vc_meeting_member import VcMeetingMember


T = TypeVar("T", bound="VcMemberPage")
_FIELDS = frozenset(
    {
        "offset",
        "total",
        "items",
        "mids",
    }
)


@_cache
def _VcMeetingMember_class() -> type[VcMeetingMember]:
    """`VcMeetingMember`, imported on first use (the models refer to each other in cycles)."""
    from ..models.vc_meeting_member import VcMeetingMember  # noqa: PLC0415

    return VcMeetingMember


@_attrs_define
class VcMemberPage:
    """
    Attributes:
        offset (int | Unset): The offset of this page.
        total (int | Unset): How many members there are in all pages.
        items (list[VcMeetingMember] | Unset):
        mids (list[Any] | Unset): Where some answers put the entries instead of `items` (the platform's SDK reads
            either).
    """

    offset: int | Unset = UNSET
    total: int | Unset = UNSET
    items: list[VcMeetingMember] | Unset = UNSET
    mids: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.offset is not UNSET:
            field_dict["offset"] = self.offset

        if self.total is not UNSET:
            field_dict["total"] = self.total

        if type(self.items) is not Unset:
            field_dict["items"] = [item.to_dict() for item in self.items]

        if self.mids is not UNSET:
            field_dict["mids"] = self.mids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcMemberPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        offset = _get("offset", UNSET)

        total = _get("total", UNSET)

        _items = _get("items", UNSET)
        items: list[VcMeetingMember] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = _VcMeetingMember_class().from_dict(items_item_data)

                items.append(items_item)

        mids: list[Any] = _get("mids", UNSET)

        vc_member_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            offset,
            total,
            items,
            mids,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_member_page.additional_properties = _extra
        return vc_member_page

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
