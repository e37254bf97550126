# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personal_todo_resource_image_thumbnail_list import PersonalTodoResourceImageThumbnailList


T = TypeVar("T", bound="PersonalTodoResource")
_FIELDS = frozenset(
    {
        "fileName",
        "mimeType",
        "suffix",
        "size",
        "md5",
        "extensionInfo",
        "resourceId",
        "downloadUrl",
        "imageThumbnailList",
    }
)


@_cache
def _PersonalTodoResourceImageThumbnailList_class() -> type[PersonalTodoResourceImageThumbnailList]:
    """`PersonalTodoResourceImageThumbnailList`, imported on first use (the models refer to each other in cycles)."""
    from ..models.personal_todo_resource_image_thumbnail_list import PersonalTodoResourceImageThumbnailList  # noqa: PLC0415

    return PersonalTodoResourceImageThumbnailList


@_attrs_define
class PersonalTodoResource:
    """
    Attributes:
        file_name (str | Unset):
        mime_type (str | Unset):
        suffix (str | Unset): The file name's extension.
        size (int | Unset): Bytes.
        md5 (str | Unset):
        extension_info (str | Unset):
        resource_id (str | Unset):
        download_url (str | Unset):
        image_thumbnail_list (PersonalTodoResourceImageThumbnailList | Unset): Thumbnails of an image, as the platform
            describes them.
    """

    file_name: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    suffix: str | Unset = UNSET
    size: int | Unset = UNSET
    md5: str | Unset = UNSET
    extension_info: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    download_url: str | Unset = _attrs_field(repr=False, default=UNSET)
    image_thumbnail_list: PersonalTodoResourceImageThumbnailList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.file_name is not UNSET:
            field_dict["fileName"] = self.file_name

        if self.mime_type is not UNSET:
            field_dict["mimeType"] = self.mime_type

        if self.suffix is not UNSET:
            field_dict["suffix"] = self.suffix

        if self.size is not UNSET:
            field_dict["size"] = self.size

        if self.md5 is not UNSET:
            field_dict["md5"] = self.md5

        if self.extension_info is not UNSET:
            field_dict["extensionInfo"] = self.extension_info

        if self.resource_id is not UNSET:
            field_dict["resourceId"] = self.resource_id

        if self.download_url is not UNSET:
            field_dict["downloadUrl"] = self.download_url

        if type(self.image_thumbnail_list) is not Unset:
            field_dict["imageThumbnailList"] = self.image_thumbnail_list.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PersonalTodoResource is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        file_name = _get("fileName", UNSET)

        mime_type = _get("mimeType", UNSET)

        suffix = _get("suffix", UNSET)

        size = _get("size", UNSET)

        md5 = _get("md5", UNSET)

        extension_info = _get("extensionInfo", UNSET)

        resource_id = _get("resourceId", UNSET)

        download_url = _get("downloadUrl", UNSET)

        _image_thumbnail_list = _get("imageThumbnailList", UNSET)
        image_thumbnail_list: PersonalTodoResourceImageThumbnailList | Unset
        if isinstance(_image_thumbnail_list, Unset):
            image_thumbnail_list = UNSET
        else:
            image_thumbnail_list = _PersonalTodoResourceImageThumbnailList_class().from_dict(_image_thumbnail_list)

        personal_todo_resource = cls(  # by position, in the order the fields are declared above: cheaper than by name
            file_name,
            mime_type,
            suffix,
            size,
            md5,
            extension_info,
            resource_id,
            download_url,
            image_thumbnail_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_todo_resource.additional_properties = _extra
        return personal_todo_resource

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
