# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NoticeResource")
_FIELDS = frozenset(
    {
        "fileName",
        "resourceId",
        "fileType",
        "fileSize",
    }
)


@_attrs_define
class NoticeResource:
    """An attachment. The platform's documentation shows these four fields (like personal todo resources); any other field
    is sent as given.

        Attributes:
            file_name (str | Unset):
            resource_id (str | Unset):
            file_type (str | Unset): The MIME type.
            file_size (int | Unset): Bytes.
    """

    file_name: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    file_type: str | Unset = UNSET
    file_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.file_name is not UNSET:
            field_dict["fileName"] = self.file_name

        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id

        if self.file_type is not UNSET:
            field_dict["fileType"] = self.file_type

        if self.file_size is not UNSET:
            field_dict["fileSize"] = self.file_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NoticeResource is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        file_name = _get("fileName", UNSET)

        resource_id = _get("resourceId", UNSET)

        file_type = _get("fileType", UNSET)

        file_size = _get("fileSize", UNSET)

        notice_resource = cls(  # by position, in the order the fields are declared above: cheaper than by name
            file_name,
            resource_id,
            file_type,
            file_size,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notice_resource.additional_properties = _extra
        return notice_resource

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
