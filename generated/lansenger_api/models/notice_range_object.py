# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notice_range_obj_type import NoticeRangeObjType, check_notice_range_obj_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoticeRangeObject")
_FIELDS = frozenset(
    {
        "objId",
        "objType",
        "objName",
    }
)


@_attrs_define
class NoticeRangeObject:
    """A staff member or a department that receives the notice.

    Attributes:
        obj_id (str): The staff id or department id.
        obj_type (NoticeRangeObjType): 1 a staff member, 2 a department.
        obj_name (str | Unset): The staff member's or department's name, as shown on the notice.
    """

    obj_id: str
    obj_type: NoticeRangeObjType
    obj_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["objId"] = self.obj_id

        field_dict["objType"] = self.obj_type

        if self.obj_name is not UNSET:
            field_dict["objName"] = self.obj_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NoticeRangeObject is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        obj_id = d["objId"]

        obj_type = check_notice_range_obj_type(d["objType"])

        obj_name = _get("objName", UNSET)

        notice_range_object = cls(  # by position, in the order the fields are declared above: cheaper than by name
            obj_id,
            obj_type,
            obj_name,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notice_range_object.additional_properties = _extra
        return notice_range_object

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
