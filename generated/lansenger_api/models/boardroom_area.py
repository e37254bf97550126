# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boardroom_floor import BoardroomFloor


T = TypeVar("T", bound="BoardroomArea")
_FIELDS = frozenset(
    {
        "id",
        "areaName",
        "fooler",
    }
)


@_cache
def _BoardroomFloor_class() -> type[BoardroomFloor]:
    """`BoardroomFloor`, imported on first use (the models refer to each other in cycles)."""
    from ..models.boardroom_floor import BoardroomFloor  # noqa: PLC0415

    return BoardroomFloor


@_attrs_define
class BoardroomArea:
    """
    Attributes:
        id (str | Unset): The areaOfficeId.
        area_name (str | Unset):
        fooler (list[BoardroomFloor] | Unset): The area's floors ("fooler" is the platform's spelling).
    """

    id: str | Unset = UNSET
    area_name: str | Unset = UNSET
    fooler: list[BoardroomFloor] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.area_name is not UNSET:
            field_dict["areaName"] = self.area_name

        if type(self.fooler) is not Unset:
            field_dict["fooler"] = [item.to_dict() for item in self.fooler]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BoardroomArea is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        area_name = _get("areaName", UNSET)

        _fooler = _get("fooler", UNSET)
        fooler: list[BoardroomFloor] | Unset = UNSET
        if _fooler is not UNSET:
            fooler = []
            for fooler_item_data in _fooler:
                fooler_item = _BoardroomFloor_class().from_dict(fooler_item_data)

                fooler.append(fooler_item)

        boardroom_area = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            area_name,
            fooler,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom_area.additional_properties = _extra
        return boardroom_area

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
