# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_group_info import ChatGroupInfo
    from ..models.chat_staff_info import ChatStaffInfo


T = TypeVar("T", bound="ChatList")
_FIELDS = frozenset(
    {
        "staffIdInfos",
        "groupIdInfos",
    }
)


@_cache
def _ChatGroupInfo_class() -> type[ChatGroupInfo]:
    """`ChatGroupInfo`, imported on first use (the models refer to each other in cycles)."""
    from ..models.chat_group_info import ChatGroupInfo  # noqa: PLC0415

    return ChatGroupInfo


@_cache
def _ChatStaffInfo_class() -> type[ChatStaffInfo]:
    """`ChatStaffInfo`, imported on first use (the models refer to each other in cycles)."""
    from ..models.chat_staff_info import ChatStaffInfo  # noqa: PLC0415

    return ChatStaffInfo


@_attrs_define
class ChatList:
    """
    Attributes:
        staff_id_infos (list[ChatStaffInfo] | Unset):
        group_id_infos (list[ChatGroupInfo] | Unset):
    """

    staff_id_infos: list[ChatStaffInfo] | Unset = UNSET
    group_id_infos: list[ChatGroupInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.staff_id_infos) is not Unset:
            field_dict["staffIdInfos"] = [item.to_dict() for item in self.staff_id_infos]

        if type(self.group_id_infos) is not Unset:
            field_dict["groupIdInfos"] = [item.to_dict() for item in self.group_id_infos]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ChatList is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _staff_id_infos = _get("staffIdInfos", UNSET)
        staff_id_infos: list[ChatStaffInfo] | Unset = UNSET
        if _staff_id_infos is not UNSET:
            staff_id_infos = []
            for staff_id_infos_item_data in _staff_id_infos:
                staff_id_infos_item = _ChatStaffInfo_class().from_dict(staff_id_infos_item_data)

                staff_id_infos.append(staff_id_infos_item)

        _group_id_infos = _get("groupIdInfos", UNSET)
        group_id_infos: list[ChatGroupInfo] | Unset = UNSET
        if _group_id_infos is not UNSET:
            group_id_infos = []
            for group_id_infos_item_data in _group_id_infos:
                group_id_infos_item = _ChatGroupInfo_class().from_dict(group_id_infos_item_data)

                group_id_infos.append(group_id_infos_item)

        chat_list = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id_infos,
            group_id_infos,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        chat_list.additional_properties = _extra
        return chat_list

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
