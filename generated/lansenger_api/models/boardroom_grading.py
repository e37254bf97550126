# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardroomGrading")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "type",
    }
)


@_attrs_define
class BoardroomGrading:
    """
    Attributes:
        id (str | Unset): The gradingId.
        name (str | Unset):
        type_ (str | Unset): The user's role in it, e.g. "GRADING_ADMIN".
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BoardroomGrading is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        name = _get("name", UNSET)

        type_ = _get("type", UNSET)

        boardroom_grading = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            name,
            type_,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom_grading.additional_properties = _extra
        return boardroom_grading

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
