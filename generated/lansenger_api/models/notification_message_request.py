# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.msg_type import MsgType, check_msg_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.msg_data import MsgData


T = TypeVar("T", bound="NotificationMessageRequest")


@_attrs_define
class NotificationMessageRequest:
    """
    Attributes:
        receiver_ids (list[str]): Staff ids, at most 1000.
        msg_type (MsgType): Every message type developers may send; msgData carries one key named like the type. Each
            channel accepts a subset (BotMsgType, GroupMsgType, AccountMsgType, ChatMsgType), checked before sending.
            i18nSystemAction and i18nSystem are platform-internal and cannot be sent.
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
        receiver_ids = self.receiver_ids

        msg_type: str = self.msg_type

        msg_data = self.msg_data.to_dict()

        sender_id = self.sender_id

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiverIds": receiver_ids,
                "msgType": msg_type,
                "msgData": msg_data,
            }
        )
        if sender_id is not UNSET:
            field_dict["senderId"] = sender_id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.msg_data import MsgData  # noqa: PLC0415

        d = dict(src_dict)
        receiver_ids = cast(list[str], d.pop("receiverIds"))

        msg_type = check_msg_type(d.pop("msgType"))

        msg_data = MsgData.from_dict(d.pop("msgData"))

        sender_id = d.pop("senderId", UNSET)

        uuid = d.pop("uuid", UNSET)

        notification_message_request = cls(
            receiver_ids=receiver_ids,
            msg_type=msg_type,
            msg_data=msg_data,
            sender_id=sender_id,
            uuid=uuid,
        )

        notification_message_request.additional_properties = d
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
