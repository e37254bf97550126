# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_msg_type import GroupMsgType, check_group_msg_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.msg_data import MsgData


T = TypeVar("T", bound="GroupMessageRequest")


@_attrs_define
class GroupMessageRequest:
    """
    Attributes:
        group_id (str):
        msg_type (GroupMsgType): What a group chat accepts (every developer type).
        msg_data (MsgData): Exactly one key, named like msgType, holding that type's body; the user-impersonation
            channel also takes `common`. Keys the spec does not know are passed through.
        sender_id (str | Unset): Who appears as sender when no user_token is given.
        outlines (str | Unset): Digest text shown in the group notification.
        uuid (str | Unset): Deduplication key.
        entry_id (str | Unset):
        ref_msg_id (str | Unset):
    """

    group_id: str
    msg_type: GroupMsgType
    msg_data: MsgData
    sender_id: str | Unset = UNSET
    outlines: str | Unset = UNSET
    uuid: str | Unset = UNSET
    entry_id: str | Unset = UNSET
    ref_msg_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        msg_type: str = self.msg_type

        msg_data = self.msg_data.to_dict()

        sender_id = self.sender_id

        outlines = self.outlines

        uuid = self.uuid

        entry_id = self.entry_id

        ref_msg_id = self.ref_msg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupId": group_id,
                "msgType": msg_type,
                "msgData": msg_data,
            }
        )
        if sender_id is not UNSET:
            field_dict["senderId"] = sender_id
        if outlines is not UNSET:
            field_dict["outlines"] = outlines
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if entry_id is not UNSET:
            field_dict["entryId"] = entry_id
        if ref_msg_id is not UNSET:
            field_dict["refMsgId"] = ref_msg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.msg_data import MsgData  # noqa: PLC0415

        d = dict(src_dict)
        group_id = d.pop("groupId")

        msg_type = check_group_msg_type(d.pop("msgType"))

        msg_data = MsgData.from_dict(d.pop("msgData"))

        sender_id = d.pop("senderId", UNSET)

        outlines = d.pop("outlines", UNSET)

        uuid = d.pop("uuid", UNSET)

        entry_id = d.pop("entryId", UNSET)

        ref_msg_id = d.pop("refMsgId", UNSET)

        group_message_request = cls(
            group_id=group_id,
            msg_type=msg_type,
            msg_data=msg_data,
            sender_id=sender_id,
            outlines=outlines,
            uuid=uuid,
            entry_id=entry_id,
            ref_msg_id=ref_msg_id,
        )

        group_message_request.additional_properties = d
        return group_message_request

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
