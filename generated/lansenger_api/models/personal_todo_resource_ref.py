# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalTodoResourceRef")
_FIELDS = frozenset(
    {
        "fileName",
        "resourceId",
        "fileType",
        "fileSize",
        "opt",
    }
)


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
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["fileName"] = self.file_name

        field_dict["resourceId"] = self.resource_id

        field_dict["fileType"] = self.file_type

        field_dict["fileSize"] = self.file_size

        if self.opt is not UNSET:
            field_dict["opt"] = self.opt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PersonalTodoResourceRef is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        file_name = d["fileName"]

        resource_id = d["resourceId"]

        file_type = d["fileType"]

        file_size = d["fileSize"]

        opt = _get("opt", UNSET)

        personal_todo_resource_ref = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                file_name,
                resource_id,
                file_type,
                file_size,
                opt,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_todo_resource_ref.additional_properties = _extra
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
