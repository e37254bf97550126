# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_member import GroupMember


T = TypeVar("T", bound="GroupMembersPage")
_FIELDS = frozenset(
    {
        "totalMembers",
        "members",
    }
)


@_cache
def _GroupMember_class() -> type[GroupMember]:
    """`GroupMember`, imported on first use (the models refer to each other in cycles)."""
    from ..models.group_member import GroupMember  # noqa: PLC0415

    return GroupMember


@_attrs_define
class GroupMembersPage:
    """
    Attributes:
        total_members (int | Unset): Members of the whole group, not of this page.
        members (list[GroupMember] | Unset):
    """

    total_members: int | Unset = UNSET
    members: list[GroupMember] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.total_members is not UNSET:
            field_dict["totalMembers"] = self.total_members

        if type(self.members) is not Unset:
            field_dict["members"] = [item.to_dict() for item in self.members]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupMembersPage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        total_members = _get("totalMembers", UNSET)

        _members = _get("members", UNSET)
        members: list[GroupMember] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = _GroupMember_class().from_dict(members_item_data)

                members.append(members_item)

        group_members_page = cls(  # by position, in the order the fields are declared above: cheaper than by name
            total_members,
            members,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        group_members_page.additional_properties = _extra
        return group_members_page

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
