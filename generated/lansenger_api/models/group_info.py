# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_staff_ref import GroupStaffRef


T = TypeVar("T", bound="GroupInfo")
_FIELDS = frozenset(
    {
        "name",
        "description",
        "avatarId",
        "avatarUrl",
        "owner",
        "creator",
        "state",
        "manageMode",
        "locationShare",
        "needsConfirm",
        "isPublic",
        "maxMembers",
        "maxHistoryMsgCount",
        "totalMembers",
        "remindAll",
        "sendMsgStatus",
    }
)


@_cache
def _GroupStaffRef_class() -> type[GroupStaffRef]:
    """`GroupStaffRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.group_staff_ref import GroupStaffRef  # noqa: PLC0415

    return GroupStaffRef


@_attrs_define
class GroupInfo:
    """Flags are typed integer-or-boolean: the platform's own fixtures answer 0/1 where the update body takes true/false,
    so both are accepted as they come.

        Attributes:
            name (str | Unset):
            description (str | Unset):
            avatar_id (str | Unset):
            avatar_url (str | Unset):
            owner (GroupStaffRef | Unset): A person as group answers name them (owner, creator); the platform may add more
                fields.
            creator (GroupStaffRef | Unset): A person as group answers name them (owner, creator); the platform may add more
                fields.
            state (int | Unset): The group's state as the platform reports it (values undocumented).
            manage_mode (int | Unset): 0 every member may manage the group, 1 only the owner (and assistants).
            location_share (bool | int | Unset): Members may share their location.
            needs_confirm (bool | int | Unset): Joining needs the owner's confirmation.
            is_public (bool | int | Unset): The group can be found and joined by search.
            max_members (int | Unset):
            max_history_msg_count (int | Unset): How many earlier messages a new member can see.
            total_members (int | Unset):
            remind_all (bool | int | Unset): Members may @mention everyone.
            send_msg_status (bool | int | Unset): Members may send messages (false means the group is muted).
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    avatar_id: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    owner: GroupStaffRef | Unset = UNSET
    creator: GroupStaffRef | Unset = UNSET
    state: int | Unset = UNSET
    manage_mode: int | Unset = UNSET
    location_share: bool | int | Unset = UNSET
    needs_confirm: bool | int | Unset = UNSET
    is_public: bool | int | Unset = UNSET
    max_members: int | Unset = UNSET
    max_history_msg_count: int | Unset = UNSET
    total_members: int | Unset = UNSET
    remind_all: bool | int | Unset = UNSET
    send_msg_status: bool | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        if self.avatar_url is not UNSET:
            field_dict["avatarUrl"] = self.avatar_url

        if type(self.owner) is not Unset:
            field_dict["owner"] = self.owner.to_dict()

        if type(self.creator) is not Unset:
            field_dict["creator"] = self.creator.to_dict()

        if self.state is not UNSET:
            field_dict["state"] = self.state

        if self.manage_mode is not UNSET:
            field_dict["manageMode"] = self.manage_mode

        location_share: bool | int | Unset
        if isinstance(self.location_share, Unset):
            location_share = UNSET
        else:
            location_share = self.location_share
        if location_share is not UNSET:
            field_dict["locationShare"] = location_share

        needs_confirm: bool | int | Unset
        if isinstance(self.needs_confirm, Unset):
            needs_confirm = UNSET
        else:
            needs_confirm = self.needs_confirm
        if needs_confirm is not UNSET:
            field_dict["needsConfirm"] = needs_confirm

        is_public: bool | int | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public

        if self.max_members is not UNSET:
            field_dict["maxMembers"] = self.max_members

        if self.max_history_msg_count is not UNSET:
            field_dict["maxHistoryMsgCount"] = self.max_history_msg_count

        if self.total_members is not UNSET:
            field_dict["totalMembers"] = self.total_members

        remind_all: bool | int | Unset
        if isinstance(self.remind_all, Unset):
            remind_all = UNSET
        else:
            remind_all = self.remind_all
        if remind_all is not UNSET:
            field_dict["remindAll"] = remind_all

        send_msg_status: bool | int | Unset
        if isinstance(self.send_msg_status, Unset):
            send_msg_status = UNSET
        else:
            send_msg_status = self.send_msg_status
        if send_msg_status is not UNSET:
            field_dict["sendMsgStatus"] = send_msg_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupInfo is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        name = _get("name", UNSET)

        description = _get("description", UNSET)

        avatar_id = _get("avatarId", UNSET)

        avatar_url = _get("avatarUrl", UNSET)

        _owner = _get("owner", UNSET)
        owner: GroupStaffRef | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = _GroupStaffRef_class().from_dict(_owner)

        _creator = _get("creator", UNSET)
        creator: GroupStaffRef | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = _GroupStaffRef_class().from_dict(_creator)

        state = _get("state", UNSET)

        manage_mode = _get("manageMode", UNSET)

        location_share: bool | int | Unset = _get("locationShare", UNSET)

        needs_confirm: bool | int | Unset = _get("needsConfirm", UNSET)

        is_public: bool | int | Unset = _get("isPublic", UNSET)

        max_members = _get("maxMembers", UNSET)

        max_history_msg_count = _get("maxHistoryMsgCount", UNSET)

        total_members = _get("totalMembers", UNSET)

        remind_all: bool | int | Unset = _get("remindAll", UNSET)

        send_msg_status: bool | int | Unset = _get("sendMsgStatus", UNSET)

        group_info = cls(  # by position, in the order the fields are declared above: cheaper than by name
            name,
            description,
            avatar_id,
            avatar_url,
            owner,
            creator,
            state,
            manage_mode,
            location_share,
            needs_confirm,
            is_public,
            max_members,
            max_history_msg_count,
            total_members,
            remind_all,
            send_msg_status,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        group_info.additional_properties = _extra
        return group_info

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
