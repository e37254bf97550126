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
        name = self.name

        description = self.description

        avatar_id = self.avatar_id

        owner_id = self.owner_id

        assistant: list[str] | Unset = UNSET
        if not isinstance(self.assistant, Unset):
            assistant = self.assistant

        demote_assistant: list[str] | Unset = UNSET
        if not isinstance(self.demote_assistant, Unset):
            demote_assistant = self.demote_assistant

        manage_mode: int | Unset = UNSET
        if not isinstance(self.manage_mode, Unset):
            manage_mode = self.manage_mode

        location_share = self.location_share

        needs_confirm = self.needs_confirm

        is_public = self.is_public

        max_members = self.max_members

        max_history_msg_count = self.max_history_msg_count

        remind_all = self.remind_all

        send_msg_status = self.send_msg_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if avatar_id is not UNSET:
            field_dict["avatarId"] = avatar_id
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if assistant is not UNSET:
            field_dict["assistant"] = assistant
        if demote_assistant is not UNSET:
            field_dict["demoteAssistant"] = demote_assistant
        if manage_mode is not UNSET:
            field_dict["manageMode"] = manage_mode
        if location_share is not UNSET:
            field_dict["locationShare"] = location_share
        if needs_confirm is not UNSET:
            field_dict["needsConfirm"] = needs_confirm
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if max_members is not UNSET:
            field_dict["maxMembers"] = max_members
        if max_history_msg_count is not UNSET:
            field_dict["maxHistoryMsgCount"] = max_history_msg_count
        if remind_all is not UNSET:
            field_dict["remindAll"] = remind_all
        if send_msg_status is not UNSET:
            field_dict["sendMsgStatus"] = send_msg_status

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
