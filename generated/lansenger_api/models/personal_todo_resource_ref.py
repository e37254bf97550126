# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalTodoResourceRef")


@_attrs_define
class PersonalTodoResourceRef:
    """An uploaded resource attached to a todo. The platform answers errCode 500 when one of the four required keys is
    missing (for instance when the upload answer's mimeType/size are passed unrenamed).

        Attributes:
            file_name (str):
            resource_id (str):
            file_type (str): The MIME type (the upload answer's mimeType).
            file_size (int): Size in bytes (the upload answer's size).
            opt (int | Unset): The operation on this resource, like an executor's opt.
    """

    file_name: str
    resource_id: str
    file_type: str
    file_size: int
    opt: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        resource_id = self.resource_id

        file_type = self.file_type

        file_size = self.file_size

        opt = self.opt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileName": file_name,
                "resourceId": resource_id,
                "fileType": file_type,
                "fileSize": file_size,
            }
        )
        if opt is not UNSET:
            field_dict["opt"] = opt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("fileName")

        resource_id = d.pop("resourceId")

        file_type = d.pop("fileType")

        file_size = d.pop("fileSize")

        opt = d.pop("opt", UNSET)

        personal_todo_resource_ref = cls(
            file_name=file_name,
            resource_id=resource_id,
            file_type=file_type,
            file_size=file_size,
            opt=opt,
        )

        personal_todo_resource_ref.additional_properties = d
        return personal_todo_resource_ref

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
