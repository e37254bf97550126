# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadedMedia")
_FIELDS = frozenset(
    {
        "mediaId",
        "createdTime",
    }
)


@_attrs_define
class UploadedMedia:
    """
    Attributes:
        media_id (str):
        created_time (str | Unset): Microsecond timestamp, core upload only.
    """

    media_id: str
    created_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["mediaId"] = self.media_id

        if self.created_time is not UNSET:
            field_dict["createdTime"] = self.created_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"UploadedMedia is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        media_id = d["mediaId"]

        created_time = _get("createdTime", UNSET)

        uploaded_media = cls(  # by position, in the order the fields are declared above: cheaper than by name
            media_id,
            created_time,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        uploaded_media.additional_properties = _extra
        return uploaded_media

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
