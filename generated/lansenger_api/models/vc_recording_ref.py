# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VcRecordingRef")
_FIELDS = frozenset(
    {
        "vodId",
    }
)


@_attrs_define
class VcRecordingRef:
    """
    Attributes:
        vod_id (int | str): A recording's id, as list_meeting_recordings answers it.
    """

    vod_id: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        vod_id: int | str
        vod_id = self.vod_id
        field_dict["vodId"] = vod_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcRecordingRef is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        vod_id: int | str = d["vodId"]

        vc_recording_ref = cls(  # by position, in the order the fields are declared above: cheaper than by name
            vod_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_recording_ref.additional_properties = _extra
        return vc_recording_ref

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
