# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boardroom import Boardroom


T = TypeVar("T", bound="BoardroomPage")
_FIELDS = frozenset(
    {
        "count",
        "data",
        "code",
        "msg",
    }
)


@_cache
def _Boardroom_class() -> type[Boardroom]:
    """`Boardroom`, imported on first use (the models refer to each other in cycles)."""
    from ..models.boardroom import Boardroom  # noqa: PLC0415

    return Boardroom


@_attrs_define
class BoardroomPage:
    """
    Attributes:
        count (int | Unset): How many rooms match.
        data (list[Boardroom] | Unset):
        code (int | Unset):
        msg (str | Unset):
    """

    count: int | Unset = UNSET
    data: list[Boardroom] | Unset = UNSET
    code: int | Unset = UNSET
    msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.count is not UNSET:
            field_dict["count"] = self.count

        if type(self.data) is not Unset:
            field_dict["data"] = [item.to_dict() for item in self.data]

        if self.code is not UNSET:
            field_dict["code"] = self.code

        if self.msg is not UNSET:
            field_dict["msg"] = self.msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BoardroomPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        count = _get("count", UNSET)

        _data = _get("data", UNSET)
        data: list[Boardroom] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = _Boardroom_class().from_dict(data_item_data)

                data.append(data_item)

        code = _get("code", UNSET)

        msg = _get("msg", UNSET)

        boardroom_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            count,
            data,
            code,
            msg,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom_page.additional_properties = _extra
        return boardroom_page

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
