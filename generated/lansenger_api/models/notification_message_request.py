# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.msg_type import MsgType, check_msg_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.msg_data import MsgData


T = TypeVar("T", bound="NotificationMessageRequest")
_FIELDS = frozenset(
    {
        "receiverIds",
        "msgType",
        "msgData",
        "senderId",
        "uuid",
    }
)


@_cache
def _MsgData_class() -> type[MsgData]:
    """`MsgData`, imported on first use (the models refer to each other in cycles)."""
    from ..models.msg_data import MsgData  # noqa: PLC0415

    return MsgData


@_attrs_define
class NotificationMessageRequest:
    """
    Attributes:
        receiver_ids (list[str]): Staff ids, at most 1000.
        msg_type (MsgType): Every message type developers may send; msgData carries one key named like the type. Each
            channel accepts a subset (BotMsgType, GroupMsgType, AccountMsgType, ChatMsgType), checked before sending.
            i18nSystemAction and i18nSystem are platform-internal and cannot be sent. authorizationReq is the one type whose
            msgData is not keyed by its name: msgData is `{"authorizationType": 1}` itself.
        msg_data (MsgData): Exactly one key, named like msgType, holding that type's body; the user-impersonation
            channel also takes `common`. Keys the spec does not know are passed through.
        sender_id (str | Unset): Who the message comes from; required by the platform when no user_token is given.
        uuid (str | Unset): Deduplication key.
    """

    receiver_ids: list[str]
    msg_type: MsgType
    msg_data: MsgData
    sender_id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["receiverIds"] = self.receiver_ids

        field_dict["msgType"] = self.msg_type

        field_dict["msgData"] = self.msg_data.to_dict()

        if self.sender_id is not UNSET:
            field_dict["senderId"] = self.sender_id

        if self.uuid is not UNSET:
            field_dict["uuid"] = self.uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NotificationMessageRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        receiver_ids: list[str] = d["receiverIds"]

        msg_type = check_msg_type(d["msgType"])

        msg_data = _MsgData_class().from_dict(d["msgData"])

        sender_id = _get("senderId", UNSET)

        uuid = _get("uuid", UNSET)

        notification_message_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                receiver_ids,
                msg_type,
                msg_data,
                sender_id,
                uuid,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notification_message_request.additional_properties = _extra
        return notification_message_request

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
