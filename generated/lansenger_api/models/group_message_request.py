# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_msg_type import GroupMsgType, check_group_msg_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.msg_data import MsgData


T = TypeVar("T", bound="GroupMessageRequest")
_FIELDS = frozenset(
    {
        "groupId",
        "msgType",
        "msgData",
        "senderId",
        "outlines",
        "uuid",
        "entryId",
        "refMsgId",
    }
)


@_cache
def _MsgData_class() -> type[MsgData]:
    """`MsgData`, imported on first use (the models refer to each other in cycles)."""
    from ..models.msg_data import MsgData  # noqa: PLC0415

    return MsgData


@_attrs_define
class GroupMessageRequest:
    """
    Attributes:
        group_id (str):
        msg_type (GroupMsgType): What a group chat accepts (every developer type but authorizationReq, a bot-to-staff
            type).
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
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["groupId"] = self.group_id

        field_dict["msgType"] = self.msg_type

        field_dict["msgData"] = self.msg_data.to_dict()

        if self.sender_id is not UNSET:
            field_dict["senderId"] = self.sender_id

        if self.outlines is not UNSET:
            field_dict["outlines"] = self.outlines

        if self.uuid is not UNSET:
            field_dict["uuid"] = self.uuid

        if self.entry_id is not UNSET:
            field_dict["entryId"] = self.entry_id

        if self.ref_msg_id is not UNSET:
            field_dict["refMsgId"] = self.ref_msg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupMessageRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        group_id = d["groupId"]

        msg_type = check_group_msg_type(d["msgType"])

        msg_data = _MsgData_class().from_dict(d["msgData"])

        sender_id = _get("senderId", UNSET)

        outlines = _get("outlines", UNSET)

        uuid = _get("uuid", UNSET)

        entry_id = _get("entryId", UNSET)

        ref_msg_id = _get("refMsgId", UNSET)

        group_message_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            group_id,
            msg_type,
            msg_data,
            sender_id,
            outlines,
            uuid,
            entry_id,
            ref_msg_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        group_message_request.additional_properties = _extra
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
