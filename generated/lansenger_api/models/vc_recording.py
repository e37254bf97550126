# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VcRecording")
_FIELDS = frozenset(
    {
        "vodId",
        "playUrl",
    }
)


@_attrs_define
class VcRecording:
    """One recording of a meeting. Fields not listed here are kept.

    Attributes:
        vod_id (int | str | Unset): The recording's id, for fetch_recording_download_urls.
        play_url (str | Unset): Where to play it.
    """

    vod_id: int | str | Unset = UNSET
    play_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        vod_id: int | str | Unset
        if isinstance(self.vod_id, Unset):
            vod_id = UNSET
        else:
            vod_id = self.vod_id
        if vod_id is not UNSET:
            field_dict["vodId"] = vod_id

        if self.play_url is not UNSET:
            field_dict["playUrl"] = self.play_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcRecording is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        vod_id: int | str | Unset = _get("vodId", UNSET)

        play_url = _get("playUrl", UNSET)

        vc_recording = cls(  # by position, in the order the fields are declared above: cheaper than by name
            vod_id,
            play_url,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_recording.additional_properties = _extra
        return vc_recording

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
