# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaPath")
_FIELDS = frozenset(
    {
        "mediaPath",
        "name",
        "type",
        "size",
    }
)


@_attrs_define
class MediaPath:
    """
    Attributes:
        media_path (str | Unset): A download URL, valid for one hour; anyone holding it can download the file.
        name (str | Unset): The file name.
        type_ (str | Unset): The media kind, as the platform reports it.
        size (int | str | Unset): Size in bytes. The platform's generated SDK types it as an integer, a later one reads
            it as text, so both are accepted.
    """

    media_path: str | Unset = _attrs_field(repr=False, default=UNSET)
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    size: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.media_path is not UNSET:
            field_dict["mediaPath"] = self.media_path

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        size: int | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"MediaPath is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        media_path = _get("mediaPath", UNSET)

        name = _get("name", UNSET)

        type_ = _get("type", UNSET)

        size: int | str | Unset = _get("size", UNSET)

        media_path_ = cls(  # by position, in the order the fields are declared above: cheaper than by name
            media_path,
            name,
            type_,
            size,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        media_path_.additional_properties = _extra
        return media_path_

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
