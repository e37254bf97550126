# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vc_meeting_status_entry import VcMeetingStatusEntry


T = TypeVar("T", bound="VcMeetingStatusList")
_FIELDS = frozenset(
    {
        "mids",
    }
)


@_cache
def _VcMeetingStatusEntry_class() -> type[VcMeetingStatusEntry]:
    """`VcMeetingStatusEntry`, imported on first use (the models refer to each other in cycles)."""
    from ..models.vc_meeting_status_entry import VcMeetingStatusEntry  # noqa: PLC0415

    return VcMeetingStatusEntry


@_attrs_define
class VcMeetingStatusList:
    """
    Attributes:
        mids (list[VcMeetingStatusEntry] | Unset):
    """

    mids: list[VcMeetingStatusEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.mids) is not Unset:
            field_dict["mids"] = [item.to_dict() for item in self.mids]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcMeetingStatusList is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _mids = _get("mids", UNSET)
        mids: list[VcMeetingStatusEntry] | Unset = UNSET
        if _mids is not UNSET:
            mids = []
            for mids_item_data in _mids:
                mids_item = _VcMeetingStatusEntry_class().from_dict(mids_item_data)

                mids.append(mids_item)

        vc_meeting_status_list = cls(  # by position, in the order the fields are declared above: cheaper than by name
            mids,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_meeting_status_list.additional_properties = _extra
        return vc_meeting_status_list

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
