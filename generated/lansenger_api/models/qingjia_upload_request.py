# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QingjiaUploadRequest")
_FIELDS = frozenset(
    {
        "fileName",
        "md5",
        "size",
        "orgId",
        "staffId",
    }
)


@_attrs_define
class QingjiaUploadRequest:
    """
    Attributes:
        file_name (str): The attachment's file name, with its extension.
        md5 (str): MD5 of the file (hex digits in the platform's examples). The upload sends the same value as its
            Content-MD5 header.
        size (int): The file's size in bytes.
        org_id (str | Unset):
        staff_id (str | Unset):
    """

    file_name: str
    md5: str
    size: int
    org_id: str | Unset = UNSET
    staff_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["fileName"] = self.file_name

        field_dict["md5"] = self.md5

        field_dict["size"] = self.size

        if self.org_id is not UNSET:
            field_dict["orgId"] = self.org_id

        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QingjiaUploadRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        file_name = d["fileName"]

        md5 = d["md5"]

        size = d["size"]

        org_id = _get("orgId", UNSET)

        staff_id = _get("staffId", UNSET)

        qingjia_upload_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            file_name,
            md5,
            size,
            org_id,
            staff_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        qingjia_upload_request.additional_properties = _extra
        return qingjia_upload_request

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
