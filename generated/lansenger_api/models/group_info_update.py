# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_manage_mode import GroupManageMode, check_group_manage_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupInfoUpdate")
_FIELDS = frozenset(
    {
        "name",
        "description",
        "avatarId",
        "ownerId",
        "assistant",
        "demoteAssistant",
        "manageMode",
        "locationShare",
        "needsConfirm",
        "isPublic",
        "maxMembers",
        "maxHistoryMsgCount",
        "remindAll",
        "sendMsgStatus",
    }
)


@_attrs_define
class GroupInfoUpdate:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        avatar_id (str | Unset): Media id of the new avatar image.
        owner_id (str | Unset): Hand the group to this member.
        assistant (list[str] | Unset): Members to make assistants (they manage the group with the owner).
        demote_assistant (list[str] | Unset): Assistants to make ordinary members again.
        manage_mode (GroupManageMode | Unset): Who may change the group's settings and members.
        location_share (bool | Unset):
        needs_confirm (bool | Unset):
        is_public (bool | Unset):
        max_members (int | Unset):
        max_history_msg_count (int | Unset): How many earlier messages a new member can see.
        remind_all (bool | Unset):
        send_msg_status (bool | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    avatar_id: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    assistant: list[str] | Unset = UNSET
    demote_assistant: list[str] | Unset = UNSET
    manage_mode: GroupManageMode | Unset = UNSET
    location_share: bool | Unset = UNSET
    needs_confirm: bool | Unset = UNSET
    is_public: bool | Unset = UNSET
    max_members: int | Unset = UNSET
    max_history_msg_count: int | Unset = UNSET
    remind_all: bool | Unset = UNSET
    send_msg_status: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        if self.owner_id is not UNSET:
            field_dict["ownerId"] = self.owner_id

        if self.assistant is not UNSET:
            field_dict["assistant"] = self.assistant

        if self.demote_assistant is not UNSET:
            field_dict["demoteAssistant"] = self.demote_assistant

        if self.manage_mode is not UNSET:
            field_dict["manageMode"] = self.manage_mode

        if self.location_share is not UNSET:
            field_dict["locationShare"] = self.location_share

        if self.needs_confirm is not UNSET:
            field_dict["needsConfirm"] = self.needs_confirm

        if self.is_public is not UNSET:
            field_dict["isPublic"] = self.is_public

        if self.max_members is not UNSET:
            field_dict["maxMembers"] = self.max_members

        if self.max_history_msg_count is not UNSET:
            field_dict["maxHistoryMsgCount"] = self.max_history_msg_count

        if self.remind_all is not UNSET:
            field_dict["remindAll"] = self.remind_all

        if self.send_msg_status is not UNSET:
            field_dict["sendMsgStatus"] = self.send_msg_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupInfoUpdate is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        name = _get("name", UNSET)

        description = _get("description", UNSET)

        avatar_id = _get("avatarId", UNSET)

        owner_id = _get("ownerId", UNSET)

        assistant: list[str] = _get("assistant", UNSET)

        demote_assistant: list[str] = _get("demoteAssistant", UNSET)

        _manage_mode = _get("manageMode", UNSET)
        manage_mode: GroupManageMode | Unset
        if isinstance(_manage_mode, Unset):
            manage_mode = UNSET
        else:
            manage_mode = check_group_manage_mode(_manage_mode)

        location_share = _get("locationShare", UNSET)

        needs_confirm = _get("needsConfirm", UNSET)

        is_public = _get("isPublic", UNSET)

        max_members = _get("maxMembers", UNSET)

        max_history_msg_count = _get("maxHistoryMsgCount", UNSET)

        remind_all = _get("remindAll", UNSET)

        send_msg_status = _get("sendMsgStatus", UNSET)

        group_info_update = cls(  # by position, in the order the fields are declared above: cheaper than by name
            name,
            description,
            avatar_id,
            owner_id,
            assistant,
            demote_assistant,
            manage_mode,
            location_share,
            needs_confirm,
            is_public,
            max_members,
            max_history_msg_count,
            remind_all,
            send_msg_status,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        group_info_update.additional_properties = _extra
        return group_info_update

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
