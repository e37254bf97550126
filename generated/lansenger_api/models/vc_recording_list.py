# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vc_recording import VcRecording


T = TypeVar("T", bound="VcRecordingList")
_FIELDS = frozenset(
    {
        "items",
    }
)


@_cache
def _VcRecording_class() -> type[VcRecording]:
    """`VcRecording`, imported on first use (the models refer to each other in cycles)."""
    from ..models.vc_recording import VcRecording  # noqa: PLC0415

    return VcRecording


@_attrs_define
class VcRecordingList:
    """
    Attributes:
        items (list[VcRecording] | Unset):
    """

    items: list[VcRecording] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.items) is not Unset:
            field_dict["items"] = [item.to_dict() for item in self.items]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcRecordingList is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _items = _get("items", UNSET)
        items: list[VcRecording] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = _VcRecording_class().from_dict(items_item_data)

                items.append(items_item)

        vc_recording_list = cls(  # by position, in the order the fields are declared above: cheaper than by name
            items,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_recording_list.additional_properties = _extra
        return vc_recording_list

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
