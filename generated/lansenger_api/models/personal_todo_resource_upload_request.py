# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalTodoResourceUploadRequest")
_FIELDS = frozenset(
    {
        "appId",
        "size",
        "fileName",
        "contentType",
        "fileData",
        "orgId",
        "thumb",
        "extensionInfo",
    }
)


@_attrs_define
class PersonalTodoResourceUploadRequest:
    """
    Attributes:
        app_id (str): The app's id (spelt `appId` here).
        size (int): The file's size in bytes, at most 9 MiB (9437184).
        file_name (str):
        content_type (str): The file's MIME type.
        file_data (str): The file's bytes, base64-encoded.
        org_id (str):
        thumb (bool | Unset): Whether to make image thumbnails; always sent. Default: False.
        extension_info (str | Unset):
    """

    app_id: str
    size: int
    file_name: str
    content_type: str
    file_data: str
    org_id: str
    thumb: bool | Unset = False
    extension_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["appId"] = self.app_id

        field_dict["size"] = self.size

        field_dict["fileName"] = self.file_name

        field_dict["contentType"] = self.content_type

        field_dict["fileData"] = self.file_data

        field_dict["orgId"] = self.org_id

        if self.thumb is not UNSET:
            field_dict["thumb"] = self.thumb

        if self.extension_info is not UNSET:
            field_dict["extensionInfo"] = self.extension_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PersonalTodoResourceUploadRequest is built from a JSON object, not {type(src_dict).__name__}"
            )
        d = src_dict
        _get = d.get
        app_id = d["appId"]

        size = d["size"]

        file_name = d["fileName"]

        content_type = d["contentType"]

        file_data = d["fileData"]

        org_id = d["orgId"]

        thumb = _get("thumb", UNSET)

        extension_info = _get("extensionInfo", UNSET)

        personal_todo_resource_upload_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                app_id,
                size,
                file_name,
                content_type,
                file_data,
                org_id,
                thumb,
                extension_info,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_todo_resource_upload_request.additional_properties = _extra
        return personal_todo_resource_upload_request

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
